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
        CheckRequests(report.Requests, findings);
        if (report.ReviewAndLitigation is { } remedies) CheckReviewAndLitigation(remedies, findings);
        CheckBlanks(report, findings);
        CheckFormat(report, findings);
        CheckSections(report, findings);
        CheckLateness(report, findings);
        if (previous is not null) CheckContinuity(report, previous, findings);
        return findings;
    }

    private static string Cell(RequestRow row, ApplicantColumn column) => $"requests.rows.{row.Key()}[{(int)column}]";

    private static void CheckRequests(RequestTable t, List<Finding> findings)
    {
        if (t.IsEmpty) return;
        foreach (var c in ApplicantColumns.All)
        {
            string col = c.ChineseLabel();
            int @new = t[RequestRow.New, c] ?? 0, carriedOver = t[RequestRow.CarriedOver, c] ?? 0;
            int? handledCell = t[RequestRow.Handled, c];
            int outcomes = t.OutcomeSum(c);
            int handled = handledCell ?? outcomes;
            int forward = t[RequestRow.CarriedForward, c] ?? 0;
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
            int outcomes = t.OutcomeSum(c);
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
            if (t[row, ApplicantColumn.Total] is not int total) continue;
            int sum = ApplicantColumns.Applicants.Sum(c => t[row, c] ?? 0);
            if (sum != total)
                findings.Add(new Finding(RuleIds.RequestsRowTotal, Severity.Error, row.Key(),
                    $"“{row.ShortChineseName()}”行：总计列填报{total}，但六类申请人之和为{sum}")
                {
                    Expected = sum, Actual = total,
                    Cells = [.. ApplicantColumns.All.Select(c => Cell(row, c))],
                });
        }
    }

    private static void CheckReviewAndLitigation(ReviewAndLitigation remedies, List<Finding> findings)
    {
        foreach (var (group, counts) in remedies.Groups)
        {
            if (counts.Total is not int total) continue;
            int sum = (counts.Upheld ?? 0) + (counts.Corrected ?? 0) + (counts.OtherResult ?? 0) + (counts.Pending ?? 0);
            if (sum != total)
                findings.Add(new Finding(RuleIds.GroupTotal(group), Severity.Error, null,
                    $"{group.ChineseLabel()}：总计填报{total}，但结果维持、结果纠正、其他结果、尚未审结之和为{sum}")
                {
                    Expected = sum, Actual = total,
                    Cells = [.. RemedyCounts.Keys.Select(k => $"reviewAndLitigation.{group.Key()}.{k}")],
                });
        }
    }

    private static void CheckBlanks(AnnualReport report, List<Finding> findings)
    {
        var t = report.Requests;
        foreach (var row in t.Rows)
        {
            var blank = ApplicantColumns.All.Where(c => t[row, c] is null).ToList();
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
            var blank = Enumerable.Range(0, 5).Where(i => counts.Cells[i] is null).ToList();
            findings.Add(new Finding(RuleIds.CellBlank, Severity.Warning, group.Key(),
                $"{group.ChineseLabel()}：{string.Join("、", blank.Select(i => RemedyCounts.ChineseLabels[i]))}为空白；表格要求没有数量的填0")
            { Cells = [.. blank.Select(i => $"reviewAndLitigation.{group.Key()}.{RemedyCounts.Keys[i]}")] });
        }
    }

    private static void CheckFormat(AnnualReport report, List<Finding> findings)
    {
        if (report.Year is int year && year >= 2019 && ReportFormats.ForYear(year) != report.Format)
            findings.Add(new Finding(RuleIds.FormatVersion, Severity.Warning, null,
                $"{year}年度报告应使用{ReportFormats.ForYear(year).ChineseName()}，但本报告使用的是{report.Format.ChineseName()}"));

        var minority = TableLayouts(report).Where(t => t.Layout != report.Format).Select(t => t.Name).ToList();
        if (minority.Count > 0)
            findings.Add(new Finding(RuleIds.FormatMixed, Severity.Warning, string.Join(",", minority),
                $"本报告主要使用{report.Format.ChineseName()}，但{string.Join("、", minority.Select(TableChineseName))}使用了另一种格式的栏目"));
    }

    /// <summary>Each table of sections 二 and 三 whose layout can be told, named by its JSON keys.</summary>
    public static IEnumerable<(string Name, ReportFormat Layout)> TableLayouts(AnnualReport report)
    {
        var a = report.Active;
        var item1 = a.Regulations?.Layout ?? a.NormativeDocuments?.Layout;
        if (item1 is ReportFormat l1) yield return (Keys(("regulations", a.Regulations), ("normativeDocuments", a.NormativeDocuments)), l1);
        var item5 = a.OtherServices is not null ? ReportFormat.V2019 : a.Licensing?.Layout;
        if (item5 is ReportFormat l5) yield return (Keys(("licensing", a.Licensing), ("otherServices", a.OtherServices)), l5);
        var item6 = a.Penalty?.Layout ?? a.Coercion?.Layout;
        if (item6 is ReportFormat l6) yield return (Keys(("penalty", a.Penalty), ("coercion", a.Coercion)), l6);
        if (a.Fees is not null) yield return ("fees", a.Fees.Layout);
        if (a.Procurement is not null) yield return ("procurement", ReportFormat.V2019);
        if (report.RequestsLayout is ReportFormat lr) yield return ("requests", lr);
    }

    private static string Keys(params (string Key, object? Value)[] rows) =>
        string.Join(",", rows.Where(r => r.Value is not null).Select(r => r.Key));

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
                    $"缺少第{number}部分“{ReportSection.StandardHeading(number)[2..]}”"));
    }

    private static void CheckLateness(AnnualReport report, List<Finding> findings)
    {
        if (report.Year is not int year || report.PublishedOn is not DateOnly published) return;
        var due = PublicationDeadline(report.Agency, year);
        if (published > due)
            findings.Add(new Finding(RuleIds.ReportLate, Severity.Warning, null,
                $"条例第四十九条：{year}年度报告应于{due.Year}年{due.Month}月{due.Day}日前公布，本报告落款日期为{published.Year}年{published.Month}月{published.Day}日，晚了{published.DayNumber - due.DayNumber}天")
            { Expected = null, Actual = null });
    }

    /// <summary>
    /// 条例 第四十九条: a department publishes by 31 January of the next year; a people's government
    /// publishes its own report by 31 March.
    /// </summary>
    public static DateOnly PublicationDeadline(string? agency, int year) =>
        AgencyNames.IsPeoplesGovernment(agency) ? new DateOnly(year + 1, 3, 31) : new DateOnly(year + 1, 1, 31);

    private static void CheckContinuity(AnnualReport report, AnnualReport previous, List<Finding> findings)
    {
        var t = report.Requests; var p = previous.Requests;
        if (t.Has(RequestRow.CarriedOver) && p.Has(RequestRow.CarriedForward))
            foreach (var c in ApplicantColumns.All)
            {
                int now = t[RequestRow.CarriedOver, c] ?? 0, before = p[RequestRow.CarriedForward, c] ?? 0;
                if (now != before)
                    findings.Add(new Finding(RuleIds.ContinuityCarry, Severity.Error, c.ToString(),
                        $"{c.ChineseLabel()}列：本年“上年结转”为{now}，但上一年度报告“结转下年度继续办理”为{before}")
                    { Expected = before, Actual = now, Cells = [Cell(RequestRow.CarriedOver, c)] });
            }
        InForce("regulations", "规章", report.Active.Regulations, previous.Active.Regulations, findings);
        InForce("normativeDocuments", "规范性文件", report.Active.NormativeDocuments, previous.Active.NormativeDocuments, findings);
    }

    private static void InForce(string key, string label, DocumentCounts? now, DocumentCounts? before, List<Finding> findings)
    {
        if (now is not { Layout: ReportFormat.V2021, InForce: int inForce } || before is not { Layout: ReportFormat.V2021, InForce: int previous }) return;
        int expected = previous + (now.Issued ?? 0) - (now.Repealed ?? 0);
        if (expected != inForce)
            findings.Add(new Finding(RuleIds.ContinuityInForce, Severity.Warning, key,
                $"{label}：上年现行有效{previous}件+本年制发{now.Issued ?? 0}件−本年废止{now.Repealed ?? 0}件={expected}件，但本年现行有效填报{inForce}件")
            { Expected = expected, Actual = inForce, Cells = [$"active.{key}.inForce"] });
    }
}
