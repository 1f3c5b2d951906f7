using Gongkai.Reports.Model;

namespace Gongkai.Reports.Rules;

/// <summary>
/// Runs every consistency rule of the report-json spec over a report. Blank cells count as 0 in
/// sums and are reported once by cell.blank; a rule whose checked total is blank is not evaluated,
/// except requests.balance, which then uses the sum of the outcome rows. One finding per rule and
/// place.
/// </summary>
public static class ReportChecker
{
    /// <summary>Checks a report; with <paramref name="previous"/> (last year's report) the cross-year rules run too.</summary>
    public static IReadOnlyList<Finding> Check(AnnualReport report, AnnualReport? previous = null)
    {
        var findings = new List<Finding>();
        var unread = report.UnreadCells;
        CheckRanges(report, findings);
        CheckRequests(report.Requests, unread, findings);
        if (report.ReviewAndLitigation is { } appeals) CheckAppeals(appeals, unread, findings);
        CheckBlanks(report, findings);
        CheckFormat(report, findings);
        CheckSections(report, findings);
        CheckLateness(report, findings);
        if (previous is not null) CheckContinuity(report, previous, findings);
        return findings;
    }

    /// <summary>
    /// True when every cell a rule needs was read; otherwise records the rule as not assessable,
    /// naming the unread cells, so that no finding rests on a cell the reader did not see.
    /// </summary>
    private static bool Assessable(IReadOnlySet<string> unread, IEnumerable<string> cells, string rule, string? where, List<Finding> findings)
    {
        if (unread.Count == 0) return true;
        var missing = cells.Where(unread.Contains).ToList();
        if (missing.Count == 0) return true;
        findings.Add(new Finding(rule, Severity.NotAssessable, where,
            $"无法核对：{string.Join("、", missing.Take(4).Select(CellName))}{(missing.Count > 4 ? $"等{missing.Count}个单元格" : "")}未能读出")
        { Cells = missing });
        return false;
    }

    /// <summary>A cell path in words: "requests.rows.New[0]" → "“本年新收”行自然人列".</summary>
    private static string CellName(string path)
    {
        if (path.StartsWith("requests.rows.", StringComparison.Ordinal))
        {
            int open = path.IndexOf('[');
            if (open > 0 && RequestRows.TryParseKey(path[14..open], out var row) && int.TryParse(path[(open + 1)..^1], out int c) && c is >= 0 and < 7)
                return $"“{row.ShortChineseName()}”行{ApplicantColumns.All[c].ChineseLabel()}列";
        }
        return path;
    }

    /// <summary>
    /// cell.range: a count that is negative or above <see cref="Counts.Max"/> (a signed 本年增/减 beyond
    /// it either way), an amount below 0 or above <see cref="Counts.MaxAmountTenThousandYuan"/>. Such a
    /// cell still takes part in the sums (in long), so a table that balances on −5 is still reported.
    /// </summary>
    private static void CheckRanges(AnnualReport report, List<Finding> findings)
    {
        void Count(int? value, string cell, string what, bool signed = false)
        {
            if (value is not int v || (signed ? Counts.IsChange(v) : Counts.IsCount(v))) return;
            string range = signed ? $"−{Counts.Max:N0} 至 {Counts.Max:N0}" : $"0 至 {Counts.Max:N0}";
            findings.Add(new Finding(RuleIds.CellRange, Severity.Error, cell, $"{what}填报{v}，不是合理的件数（应为 {range} 之间的整数）")
            { Actual = v, Cells = [cell] });
        }
        void Amount(decimal? value, string cell, string what)
        {
            if (value is not decimal v || Counts.IsAmount(v)) return;
            findings.Add(new Finding(RuleIds.CellRange, Severity.Error, cell,
                $"{what}填报{(v == decimal.MaxValue ? "的金额超出可计算的范围" : $"{v}万元")}，不是合理的金额（应为 0 至 {Counts.MaxAmountTenThousandYuan:N0} 万元）")
            { Actual = v, Cells = [cell] });
        }
        var t = report.Requests;
        foreach (var row in t.Rows)
            foreach (var c in ApplicantColumns.All)
                Count(t[row, c], Cell(row, c), $"“{row.ShortChineseName()}”行{c.ChineseLabel()}列");
        if (report.ReviewAndLitigation is { } appeals)
            foreach (var (group, counts) in appeals.Groups)
                for (int i = 0; i < 5; i++)
                    Count(counts.Cells[i], $"reviewAndLitigation.{group.Key()}.{AppealCounts.Keys[i]}", $"{group.ChineseLabel()}{AppealCounts.ChineseLabels[i]}");
        var a = report.Active;
        foreach (var (key, label, d) in new[] { ("regulations", "规章", a.Regulations), ("normativeDocuments", "规范性文件", a.NormativeDocuments) })
        {
            if (d is null) continue;
            Count(d.Issued, $"active.{key}.issued", $"{label}本年制发件数");
            Count(d.Repealed, $"active.{key}.repealed", $"{label}本年废止件数");
            Count(d.InForce, $"active.{key}.inForce", $"{label}现行有效件数");
            Count(d.Made, $"active.{key}.made", $"{label}本年新制作数量");
            Count(d.Published, $"active.{key}.published", $"{label}本年新公开数量");
            Count(d.TotalPublished, $"active.{key}.totalPublished", $"{label}对外公开总数量");
        }
        foreach (var (key, label, d) in new[] { ("licensing", "行政许可", a.Licensing), ("otherServices", "其他对外管理服务事项", a.OtherServices),
            ("penalty", "行政处罚", a.Penalty), ("coercion", "行政强制", a.Coercion) })
        {
            if (d is null) continue;
            Count(d.PreviousItems, $"active.{key}.previousItems", $"{label}上一年项目数量");
            Count(d.Change, $"active.{key}.change", $"{label}本年增/减", signed: true);
            Count(d.Decisions, $"active.{key}.decisions", $"{label}处理决定数量");
        }
        if (a.Fees is { } f)
        {
            Amount(f.AmountTenThousandYuan, "active.fees.amountTenThousandYuan", "行政事业性收费本年收费金额");
            Count(f.PreviousItems, "active.fees.previousItems", "行政事业性收费上一年项目数量");
            Count(f.Change, "active.fees.change", "行政事业性收费本年增/减", signed: true);
        }
        if (a.Procurement is { } p)
        {
            Count(p.Projects, "active.procurement.projects", "政府集中采购项目数量");
            Amount(p.AmountTenThousandYuan, "active.procurement.amountTenThousandYuan", "政府集中采购总金额");
        }
    }

    private static string Cell(RequestRow row, ApplicantColumn column) => $"requests.rows.{row.Key()}[{(int)column}]";

    private static void CheckRequests(RequestTable t, IReadOnlySet<string> unread, List<Finding> findings)
    {
        if (t.IsEmpty) return;
        foreach (var c in ApplicantColumns.All)
        {
            string col = c.ChineseLabel();
            // Sums in long: a cell near the int limit must give a finding, not an overflow.
            long @new = t[RequestRow.New, c] ?? 0, carriedOver = t[RequestRow.CarriedOver, c] ?? 0;
            int? handledCell = t[RequestRow.Handled, c];
            string[] operands = handledCell is null && !unread.Contains(Cell(RequestRow.Handled, c))
                ? [Cell(RequestRow.New, c), Cell(RequestRow.CarriedOver, c), Cell(RequestRow.CarriedForward, c), .. t.Rows.Where(r => r.IsOutcome()).Select(r => Cell(r, c))]
                : [Cell(RequestRow.New, c), Cell(RequestRow.CarriedOver, c), Cell(RequestRow.Handled, c), Cell(RequestRow.CarriedForward, c)];
            if (!Assessable(unread, operands, RuleIds.RequestsBalance, c.ToString(), findings)) continue;
            long outcomes = t.OutcomeSum(c);
            long handled = handledCell ?? outcomes;
            long forward = t[RequestRow.CarriedForward, c] ?? 0;
            if (@new + carriedOver != handled + forward)
            {
                string handledText = handledCell is null ? $"各项办理结果之和({handled})" : $"办理结果总计({handled})";
                findings.Add(new Finding(RuleIds.RequestsBalance, Severity.Error, c.ToString(),
                    $"{col}列：本年新收({@new})+上年结转({carriedOver})={@new + carriedOver}，不等于{handledText}+结转下年度({forward})={handled + forward}")
                {
                    Expected = handled + forward, Actual = @new + carriedOver,
                    Cells = [Cell(RequestRow.New, c), Cell(RequestRow.CarriedOver, c), Cell(RequestRow.Handled, c), Cell(RequestRow.CarriedForward, c)],
                });
            }
        }
        foreach (var c in ApplicantColumns.All)
        {
            if (t[RequestRow.Handled, c] is not int handled) continue;
            if (!Assessable(unread, t.Rows.Where(r => r.IsOutcome()).Select(r => Cell(r, c)), RuleIds.RequestsHandledSum, c.ToString(), findings)) continue;
            long outcomes = t.OutcomeSum(c);
            if (handled != outcomes)
                findings.Add(new Finding(RuleIds.RequestsHandledSum, Severity.Error, c.ToString(),
                    $"{c.ChineseLabel()}列：（七）总计填报{handled}，但（一）至（六）各项办理结果之和为{outcomes}")
                {
                    Expected = outcomes, Actual = handled,
                    Cells = [Cell(RequestRow.Handled, c), .. t.Rows.Where(r => r.IsOutcome()).Select(r => Cell(r, c))],
                });
        }
        foreach (var row in t.Rows)
        {
            if (t[row, ApplicantColumn.Total] is not int total)
            {
                Assessable(unread, [Cell(row, ApplicantColumn.Total)], RuleIds.RequestsRowTotal, row.Key(), findings);
                continue;
            }
            if (!Assessable(unread, ApplicantColumns.Applicants.Select(c => Cell(row, c)), RuleIds.RequestsRowTotal, row.Key(), findings)) continue;
            long sum = ApplicantColumns.Applicants.Sum(c => (long)(t[row, c] ?? 0));
            if (sum != total)
                findings.Add(new Finding(RuleIds.RequestsRowTotal, Severity.Error, row.Key(),
                    $"“{row.ShortChineseName()}”行：总计列填报{total}，但六类申请人之和为{sum}")
                {
                    Expected = sum, Actual = total,
                    Cells = [.. ApplicantColumns.All.Select(c => Cell(row, c))],
                });
        }
    }

    private static void CheckAppeals(ReviewAndLitigation appeals, IReadOnlySet<string> unread, List<Finding> findings)
    {
        foreach (var (group, counts) in appeals.Groups)
        {
            if (counts.Total is not int total)
            {
                Assessable(unread, [$"reviewAndLitigation.{group.Key()}.Total"], RuleIds.GroupTotal(group), null, findings);
                continue;
            }
            if (!Assessable(unread, AppealCounts.Keys.Select(k => $"reviewAndLitigation.{group.Key()}.{k}"), RuleIds.GroupTotal(group), null, findings)) continue;
            long sum = (long)(counts.Upheld ?? 0) + (counts.Corrected ?? 0) + (counts.OtherResult ?? 0) + (counts.Pending ?? 0);
            if (sum != total)
                findings.Add(new Finding(RuleIds.GroupTotal(group), Severity.Error, null,
                    $"{group.ChineseLabel()}：总计填报{total}，但结果维持、结果纠正、其他结果、尚未审结之和为{sum}")
                {
                    Expected = sum, Actual = total,
                    Cells = [.. AppealCounts.Keys.Select(k => $"reviewAndLitigation.{group.Key()}.{k}")],
                });
        }
    }

    private static void CheckBlanks(AnnualReport report, List<Finding> findings)
    {
        var t = report.Requests;
        foreach (var row in t.Rows)
        {
            var blank = ApplicantColumns.All.Where(c => t[row, c] is null && !report.UnreadCells.Contains(Cell(row, c))).ToList();
            if (blank.Count == 0) continue;
            string which = blank.Count == ApplicantColumns.Count ? "整行" : string.Join("、", blank.Select(c => c.ChineseLabel())) + "列";
            findings.Add(new Finding(RuleIds.CellBlank, Severity.Warning, row.Key(),
                $"“{row.ShortChineseName()}”行{which}为空白；表格要求没有数量的填0")
            { Cells = [.. blank.Select(c => Cell(row, c))] });
        }
        if (report.ReviewAndLitigation is null) return;
        foreach (var (group, counts) in report.ReviewAndLitigation.Groups)
        {
            if (!counts.HasBlank) continue;
            var blank = Enumerable.Range(0, 5).Where(i => counts.Cells[i] is null && !report.UnreadCells.Contains($"reviewAndLitigation.{group.Key()}.{AppealCounts.Keys[i]}")).ToList();
            if (blank.Count == 0) continue;
            findings.Add(new Finding(RuleIds.CellBlank, Severity.Warning, group.Key(),
                $"{group.ChineseLabel()}：{string.Join("、", blank.Select(i => AppealCounts.ChineseLabels[i]))}为空白；表格要求没有数量的填0")
            { Cells = [.. blank.Select(i => $"reviewAndLitigation.{group.Key()}.{AppealCounts.Keys[i]}")] });
        }
    }

    private static void CheckFormat(AnnualReport report, List<Finding> findings)
    {
        if (report.Year is int year && year >= 2019 && ReportFormats.ForYear(year) != report.Format)
            findings.Add(new Finding(RuleIds.FormatVersion, Severity.Warning, null,
                $"{year}年度报告应使用{ReportFormats.ForYear(year).ChineseName()}，但本报告使用的是{report.Format.ChineseName()}"));

        var minority = report.TableLayouts().Where(t => t.Layout != report.Format).Select(t => t.Name).ToList();
        if (minority.Count > 0)
            findings.Add(new Finding(RuleIds.FormatMixed, Severity.Warning, string.Join(",", minority),
                $"本报告主要使用{report.Format.ChineseName()}，但{string.Join("、", minority.Select(TableChineseName))}使用了另一种格式的栏目"));
    }

    private static string TableChineseName(string name) => name.Split(',')[0] switch
    {
        "regulations" or "normativeDocuments" => "第二十条第（一）项表格",
        "licensing" or "otherServices" => "第二十条第（五）项表格",
        "penalty" or "coercion" => "第二十条第（六）项表格",
        "fees" => "第二十条第（八）项表格",
        "procurement" => "第二十条第（九）项表格",
        _ => "第三部分申请情况表",
    };

    private static void CheckSections(AnnualReport report, List<Finding> findings)
    {
        foreach (var number in Enum.GetValues<SectionNumber>())
            if (!report.HasSection(number))
                findings.Add(new Finding(RuleIds.SectionMissing, Severity.Error, number.ToString(),
                    $"缺少第{number}部分“{ReportSection.StandardHeading(number)[2..]}”：未找到{SectionWordings.SearchedFor(number)}"));
    }

    private static void CheckLateness(AnnualReport report, List<Finding> findings)
    {
        if (report.Year is not int year || !Counts.IsYear(year) || report.PublishedOn is not DateOnly published) return;
        var due = PublicationDeadline(report.Agency, year);
        if (published > due)
            findings.Add(new Finding(RuleIds.ReportLate, Severity.Warning, null,
                $"条例第四十九条：{year}年度报告应于{due.Year}年{due.Month}月{due.Day}日前公布，本报告落款日期为{published.Year}年{published.Month}月{published.Day}日，晚了{published.DayNumber - due.DayNumber}天")
            { Expected = null, Actual = null });
    }

    /// <summary>
    /// 条例 第四十九条: a department publishes by 31 January of the next year; a people's government
    /// publishes its own report by 31 March. A year outside <see cref="Counts.FirstYear"/>–<see cref="Counts.LastYear"/>
    /// (9999, −5: no report's) is taken as the nearest of the two, so no year makes this throw.
    /// </summary>
    public static DateOnly PublicationDeadline(string? agency, int year)
    {
        int next = Math.Clamp(year, Counts.FirstYear, Counts.LastYear) + 1;
        return AgencyNames.IsPeoplesGovernment(agency) ? new DateOnly(next, 3, 31) : new DateOnly(next, 1, 31);
    }

    private static void CheckContinuity(AnnualReport report, AnnualReport previous, List<Finding> findings)
    {
        var t = report.Requests; var p = previous.Requests;
        if (t.Has(RequestRow.CarriedOver) && p.Has(RequestRow.CarriedForward))
            foreach (var c in ApplicantColumns.All)
            {
                if (!Assessable(report.UnreadCells, [Cell(RequestRow.CarriedOver, c)], RuleIds.ContinuityCarry, c.ToString(), findings)
                    || !Assessable(previous.UnreadCells, [Cell(RequestRow.CarriedForward, c)], RuleIds.ContinuityCarry, c.ToString(), findings)) continue;
                int now = t[RequestRow.CarriedOver, c] ?? 0, before = p[RequestRow.CarriedForward, c] ?? 0;
                if (now != before)
                    findings.Add(new Finding(RuleIds.ContinuityCarry, Severity.Error, c.ToString(),
                        $"{c.ChineseLabel()}列：本年“上年结转”为{now}，但上一年度报告“结转下年度继续办理”为{before}")
                    { Expected = before, Actual = now, Cells = [Cell(RequestRow.CarriedOver, c)] });
            }
        InForce("regulations", "规章", report.Active.Regulations, previous.Active.Regulations, findings);
        InForce("normativeDocuments", "规范性文件", report.Active.NormativeDocuments, previous.Active.NormativeDocuments, findings);
        if (report.ReviewAndLitigation is { } appeals && previous.ReviewAndLitigation is { } earlier) Pending(appeals, earlier, findings);
    }

    // A case pending at the end of last year is counted again this year: under its result when decided, else as pending.
    private static void Pending(ReviewAndLitigation now, ReviewAndLitigation before, List<Finding> findings)
    {
        foreach (var ((group, counts), (_, previous)) in now.Groups.Zip(before.Groups))
        {
            if (counts.Total is not int total || previous.Pending is not int pending || total >= pending) continue;
            findings.Add(new Finding(RuleIds.ContinuityPending, Severity.Warning, group.Key(),
                $"{group.ChineseLabel()}：上一年度报告尚未审结{pending}件，应在本年按结果或仍按尚未审结计入，但本年总计只有{total}件")
            { Expected = pending, Actual = total, Cells = [$"reviewAndLitigation.{group.Key()}.Total"] });
        }
    }

    private static void InForce(string key, string label, DocumentCounts? now, DocumentCounts? before, List<Finding> findings)
    {
        if (now is not { Layout: ReportFormat.V2021, InForce: int inForce } || before is not { Layout: ReportFormat.V2021, InForce: int previous }) return;
        long expected = (long)previous + (now.Issued ?? 0) - (now.Repealed ?? 0);
        if (expected != inForce)
            findings.Add(new Finding(RuleIds.ContinuityInForce, Severity.Warning, key,
                $"{label}：上年现行有效{previous}件+本年制发{now.Issued ?? 0}件−本年废止{now.Repealed ?? 0}件={expected}件，但本年现行有效填报{inForce}件")
            { Expected = expected, Actual = inForce, Cells = [$"active.{key}.inForce"] });
    }
}
