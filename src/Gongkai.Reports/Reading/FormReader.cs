using Gongkai.Reports.Model;

namespace Gongkai.Reports.Reading;

/// <summary>
/// Interprets a <see cref="SourceDocument"/> as an annual report by anchoring on the form's own
/// labels rather than on layout: section headings, the 第二十条 tables and their column headers,
/// the row labels of section 三, the header of section 四. A table that cannot be read with
/// certainty gets a <see cref="ReadingNote"/>; nothing is guessed silently.
/// </summary>
public static class FormReader
{
    /// <summary>A cell, analysed only when a rule looks at it: most of a report is prose nobody parses.</summary>
    private sealed class Cell(string raw)
    {
        public readonly string Raw = raw;
        private string? _norm, _core, _enumerators;
        private bool? _isValue;
        private CellValue _value;

        public string Norm => _norm ??= Labels.Normalize(Raw);
        public string Core => _core ??= Labels.Core(Norm, out _enumerators);
        public string Enumerators { get { _ = Core; return _enumerators!; } }
        public bool IsValue => _isValue ??= Labels.TryParseValue(Raw, out _value);
        public CellValue Value { get { _ = IsValue; return _value; } }
    }

    private sealed class Line
    {
        public required SourceBlock Block;
        public required Cell[] Cells;
        public bool IsRow => Block is SourceRow;
        public bool Consumed;
        public string Text => Block is SourceParagraph p ? p.Text : string.Join(" ", Cells.Select(c => c.Raw));
    }

    public static ReadResult Read(SourceDocument document)
    {
        var lines = MergeValueRuns(document.Blocks.Select(ToLine).ToList());
        var notes = new List<ReadingNote>();
        var headings = FindHeadings(lines);
        var (agency, year) = ReadTitle(lines, headings, out int titleEnd);
        var (publishedOn, closingAgency) = ReadClosing(lines);
        agency ??= closingAgency;
        year ??= YearInPreface(lines, titleEnd) ?? publishedOn?.Year - 1;

        var requests = new RequestTable();
        var (requestsStart, requestsEnd, requestsLayout) = ReadRequests(lines, headings, requests, notes);
        var remedies = ReadReviewAndLitigation(lines, headings, requestsEnd, notes);
        var active = ReadActive(lines, requestsStart, year, notes);
        var sections = ReadSections(lines, headings);

        bool recognized = year is not null || agency is not null || headings.Count > 0 || !requests.IsEmpty || !active.IsEmpty || remedies is not null;
        if (!recognized)
            return ReadResult.Fail("not-a-report", "文件中找不到年度报告的标题、章节或表格：可能不是政府信息公开工作年度报告，或文件编码无法识别",
                "No title, section heading or table of an annual report was found.");

        var report = new AnnualReport
        {
            Agency = agency, Year = year, PublishedOn = publishedOn,
            Active = active, Requests = requests, RequestsLayout = requestsLayout,
            ReviewAndLitigation = remedies, Sections = sections,
            Preface = [.. lines.Take(headings.Count > 0 ? headings[0].Index : 0).Skip(titleEnd)
                .Where(l => !l.Consumed && l.Block is SourceParagraph).Select(l => l.Text.Trim())],
        };
        if (requests.IsEmpty && report.HasSection(SectionNumber.三))
            notes.Add(new("requests", "第三部分找不到“本年新收政府信息公开申请数量”等表格行，申请情况表未能读出"));
        if (remedies is null && report.HasSection(SectionNumber.四))
            notes.Add(new("reviewAndLitigation", "第四部分找不到行政复议、行政诉讼情况表"));
        return new ReadResult { Report = report with { Format = MajorityFormat(report) }, Notes = notes };
    }

    /// <summary>
    /// Text exported one cell per line without tabs (pdftotext, copy from a browser) has a label
    /// line followed by one line per number; such a run is one table row.
    /// </summary>
    private static List<Line> MergeValueRuns(List<Line> lines)
    {
        var merged = new List<Line>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            int j = i + 1;
            if (line.Block is SourceParagraph p && p.Text.Length <= 80 && !line.Cells[0].IsValue && SectionOf(p.Text) is null)
                while (j < lines.Count && lines[j].Block is SourceParagraph && lines[j].Cells[0].IsValue) j++;
            bool anyNumber = false;
            for (int k = i + 1; k < j; k++) anyNumber |= !lines[k].Cells[0].Value.IsBlank;
            if (!anyNumber) { merged.Add(line); continue; }
            var cells = lines.Skip(i).Take(j - i).Select(l => l.Cells[0]).ToArray();
            merged.Add(new Line { Block = new SourceRow([.. cells.Select(c => c.Raw)], line.Block.Line), Cells = cells });
            i = j - 1;
        }
        return merged;
    }

    private static Line ToLine(SourceBlock block)
    {
        IReadOnlyList<string> raw = block is SourceRow r ? r.Cells : [((SourceParagraph)block).Text];
        var cells = new Cell[raw.Count];
        for (int i = 0; i < raw.Count; i++) cells[i] = new Cell(raw[i]);
        return new Line { Block = block, Cells = cells };
    }

    /// <summary>The layout most tables use; a tie goes to the layout the year prescribes.</summary>
    private static ReportFormat MajorityFormat(AnnualReport report)
    {
        int v2019 = 0, v2021 = 0;
        foreach (var (_, layout) in Rules.ReportChecker.TableLayouts(report))
            if (layout == ReportFormat.V2019) v2019++; else v2021++;
        if (v2019 != v2021) return v2019 > v2021 ? ReportFormat.V2019 : ReportFormat.V2021;
        return report.Year is int y ? ReportFormats.ForYear(y) : ReportFormat.V2021;
    }

    // ---- headings and prose -------------------------------------------------------------

    private readonly record struct Heading(SectionNumber Number, int Index);

    private static List<Heading> FindHeadings(List<Line> lines)
    {
        var found = new List<Heading>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Block is not SourceParagraph p) continue;
            if (SectionOf(p.Text) is SectionNumber n && !found.Any(h => h.Number == n))
                found.Add(new Heading(n, i));
        }
        return found;
    }

    /// <summary>A top-level heading: "一、总体情况", "5、 存在的主要问题及改进情况", "六、其他需说明事项".</summary>
    internal static SectionNumber? SectionOf(string text)
    {
        if (text.Length > 96) return null;
        string norm = Labels.Normalize(text);
        if (norm.Length == 0 || norm.Length > 32) return null;
        int i = 0;
        while (i < norm.Length && ("一二三四五六".Contains(norm[i]) || char.IsAsciiDigit(norm[i]))) i++;
        bool numbered = i is 1 && i < norm.Length && norm[i] is '、' or '.' or ',' or ':' or '．';
        string rest = numbered ? norm[(i + 1)..] : norm;
        // "第一部分 总体情况" and "第一章" number sections too.
        if (!numbered && norm.Length > 4 && norm[0] == '第' && "一二三四五六".Contains(norm[1]) && (norm[2..].StartsWith("部分") || norm[2] == '章'))
        {
            numbered = true;
            i = 0;
            rest = norm[(norm[2] == '章' ? 3 : 4)..].TrimStart(':', '、', '.');
        }
        if (!numbered && (norm.StartsWith('(') || i > 0)) return null;
        SectionNumber? n =
            rest.Contains("总体情况") || rest == "概述" ? SectionNumber.一
            : rest.Contains("主动公开") ? SectionNumber.二
            : rest.Contains("收到和处理") || rest.Contains("依申请公开") || rest.Contains("公开申请情况") ? SectionNumber.三
            : rest.Contains("行政复议") || rest.Contains("行政诉讼") ? SectionNumber.四
            : rest.Contains("问题") && (rest.Contains("改进") || rest.Contains("措施") || rest.Contains("整改") || rest.Contains("不足")) ? SectionNumber.五
            : rest.Contains("其他需要报告") || rest.Contains("其他需说明") || rest.Contains("其他需要说明") || rest.Contains("其他事项") || rest.Contains("需要报告的事项") ? SectionNumber.六
            : null;
        if (n is null) return null;
        // Without a number, only the form's own wording counts as a heading.
        if (!numbered && rest != ReportSection.StandardHeading(n.Value)[2..]) return null;
        return n;
    }

    private static List<ReportSection> ReadSections(List<Line> lines, List<Heading> headings)
    {
        var ordered = headings.OrderBy(h => h.Index).ToList();
        var sections = new List<ReportSection>();
        for (int k = 0; k < ordered.Count; k++)
        {
            int from = ordered[k].Index + 1, to = k + 1 < ordered.Count ? ordered[k + 1].Index : lines.Count;
            var paragraphs = new List<string>();
            for (int i = from; i < to; i++)
                if (lines[i].Block is SourceParagraph p && !lines[i].Consumed && p.Text.Trim().Length > 0)
                    paragraphs.Add(p.Text.Trim());
            sections.Add(new ReportSection(ordered[k].Number, ((SourceParagraph)lines[ordered[k].Index].Block).Text.Trim(), paragraphs));
        }
        return [.. sections.OrderBy(s => s.Number)];
    }

    // ---- title and 落款 -------------------------------------------------------------------

    private static (string? Agency, int? Year) ReadTitle(List<Line> lines, List<Heading> headings, out int titleEnd)
    {
        int limit = headings.Count > 0 ? headings.Min(h => h.Index) : lines.Count;
        var parts = new List<string>();
        titleEnd = 0;
        for (int i = 0; i < Math.Min(limit, lines.Count) && parts.Count < 4; i++)
        {
            if (lines[i].Block is not SourceParagraph p) break;
            string norm = Labels.Normalize(p.Text);
            if (norm.Length == 0) continue;
            if (norm.Length > 60) break;
            parts.Add(norm);
            lines[i].Consumed = true;
            titleEnd = i + 1;
            if (norm.Contains("报告")) break;
        }
        if (parts.Count == 0 || !parts[^1].Contains("报告"))
        {
            foreach (var l in lines.Take(titleEnd)) l.Consumed = false;
            titleEnd = 0;
            return (null, null);
        }
        string title = string.Concat(parts);
        var m = Dates.YearRegex().Match(title);
        if (!m.Success) return (AgencyFrom(title.Replace("政府信息公开工作年度报告", "").Replace("政府信息公开年度工作报告", "")), null);
        int year = Dates.ParseYear(m.Groups["y"].Value);
        string before = title[..m.Index];
        string after = title[(m.Index + m.Length)..];
        if (after.StartsWith('度')) after = after[1..];
        string? agency = AgencyFrom(before);
        if (agency is null)
        {
            int end = after.IndexOf("政府信息公开", StringComparison.Ordinal);
            agency = AgencyFrom(end > 0 ? after[..end] : null);
        }
        return (agency, year);
    }

    /// <summary>A title without a year: the first "YYYY年" of the opening paragraphs ("2021年，我局…").</summary>
    private static int? YearInPreface(List<Line> lines, int from)
    {
        int seen = 0;
        for (int i = from; i < lines.Count && seen < 3; i++)
        {
            if (lines[i].Block is not SourceParagraph p) continue;
            seen++;
            var m = Dates.YearRegex().Match(Labels.Normalize(p.Text));
            if (m.Success) return Dates.ParseYear(m.Groups["y"].Value);
        }
        return null;
    }

    private static string? AgencyFrom(string? text)
    {
        if (text is null) return null;
        string s = text.Trim();
        if (s.StartsWith("关于", StringComparison.Ordinal)) s = s[2..];
        if (s.EndsWith("关于", StringComparison.Ordinal)) s = s[..^2];   // "某某局关于2021年…的报告"
        s = s.TrimEnd('的', '_', '-', ':', '(', '《');
        return s.Length >= 2 ? s : null;
    }

    private static readonly string[] DisclosureMarkers = ["主动公开", "此件公开发布", "此件主动公开", "依申请公开", "公开方式", "此页无正文"];

    private static (DateOnly? Date, string? Agency) ReadClosing(List<Line> lines)
    {
        int seen = 0;
        for (int i = lines.Count - 1; i >= 0 && seen < 6; i--)
        {
            if (lines[i].Block is not SourceParagraph p) break;
            string norm = Labels.Normalize(p.Text);
            if (norm.Length == 0) continue;
            seen++;
            if (norm.Length <= 16 && DisclosureMarkers.Any(norm.Contains)) { lines[i].Consumed = true; continue; }
            if (Dates.Whole(p.Text) is DateOnly date)
            {
                lines[i].Consumed = true;
                string? agency = null;
                for (int j = i - 1; j >= 0 && j >= i - 2; j--)
                {
                    if (lines[j].Block is not SourceParagraph q) break;
                    string qn = Labels.Normalize(q.Text);
                    if (qn.Length == 0) continue;
                    if (qn.Length <= 30 && !qn.Contains('，') && !qn.Contains('。') && !qn.Contains(',') && SectionOf(q.Text) is null)
                    { lines[j].Consumed = true; agency = qn; }
                    break;
                }
                return (date, agency);
            }
            if (Dates.Find(p.Text, out int at, out int len) is DateOnly tail && at + len == norm.Length && at > 0 && at <= 30
                && !norm.Contains('，') && !norm.Contains('。'))
            {
                lines[i].Consumed = true;
                return (tail, norm[..at]);
            }
            break;
        }
        foreach (var line in lines)
        {
            if (line.Block is not SourceParagraph p || !p.Text.Contains('发')) continue;
            string norm = Labels.Normalize(p.Text);
            int k = norm.IndexOf("发布日期", StringComparison.Ordinal);
            if (k < 0) k = norm.IndexOf("发布时间", StringComparison.Ordinal);
            if (k >= 0 && Dates.Find(norm[k..], out int at, out _) is DateOnly d && at <= 6) return (d, null);
        }
        return (null, null);
    }

    // ---- section 三 --------------------------------------------------------------------------

    private static readonly (string Pattern, RequestRow Row)[] RequestPatterns =
    [
        ("本年新收", RequestRow.New), ("上年结转", RequestRow.CarriedOver), ("结转下年度", RequestRow.CarriedForward),
        ("国家秘密", RequestRow.WithheldStateSecret), ("禁止公开", RequestRow.WithheldProhibitedByLaw),
        ("三安全一稳定", RequestRow.WithheldSecurityAndStability), ("第三方合法权益", RequestRow.WithheldThirdPartyRights),
        ("内部事务", RequestRow.WithheldInternalAffairs), ("过程性信息", RequestRow.WithheldProcessInformation),
        ("行政执法案卷", RequestRow.WithheldEnforcementFile), ("行政查询", RequestRow.WithheldAdministrativeQuery),
        ("不掌握", RequestRow.UnavailableNotHeld), ("另行制作", RequestRow.UnavailableRequiresCreation),
        ("仍不明确", RequestRow.UnavailableUnclearAfterCorrection),
        ("信访举报投诉", RequestRow.NotProcessedPetitionOrComplaint), ("重复申请", RequestRow.NotProcessedDuplicate),
        ("公开出版物", RequestRow.NotProcessedPublishedMaterial), ("大量反复", RequestRow.NotProcessedExcessiveRepeated),
        ("确认或重新出具", RequestRow.NotProcessedConfirmOrReissue),
        ("逾期不补正", RequestRow.OtherCorrectionOverdue), ("缴纳费用", RequestRow.OtherFeeUnpaid), ("收费通知", RequestRow.OtherFeeUnpaid),
        ("部分公开", RequestRow.PartiallyDisclosed), ("予以公开", RequestRow.Disclosed),
    ];

    private static readonly (string Core, RequestRow Row)[] FullLabelCores =
        [.. RequestRows.V2021.Concat([RequestRow.Other]).Select(r => (Labels.Core(r.ChineseLabel()), r)).Where(x => x.Item1.Length >= 4)];

    private static readonly (string Pattern, OutcomeGroup Group)[] GroupPatterns =
        [("不予公开", OutcomeGroup.Withheld), ("无法提供", OutcomeGroup.Unavailable), ("不予处理", OutcomeGroup.NotProcessed), ("其他处理", OutcomeGroup.Other)];

    private readonly record struct LabelMatch(RequestRow? Row, OutcomeGroup? Group, bool OtherHeading);

    private static LabelMatch MatchRequestLabel(Cell cell, OutcomeGroup context, bool outcomesStarted)
    {
        string core = cell.Core;
        if (core.Length == 0) return default;
        foreach (var (pattern, group) in GroupPatterns)
            if (core.Contains(pattern, StringComparison.Ordinal) && core.Length <= pattern.Length + 2)
                return new LabelMatch(null, group, group == OutcomeGroup.Other);
        foreach (var (pattern, row) in RequestPatterns)
            if (core.Contains(pattern, StringComparison.Ordinal)) return new LabelMatch(row, row.Group(), false);
        if (core == "总计" && (cell.Enumerators.Contains("(七)") || outcomesStarted)) return new LabelMatch(RequestRow.Handled, OutcomeGroup.Handled, false);
        if (core == "其他" && context == OutcomeGroup.Other) return new LabelMatch(RequestRow.OtherOther, OutcomeGroup.Other, false);
        if (core.Contains("本年度办理结果") || core.Contains("办理结果")) return new LabelMatch(null, OutcomeGroup.None, false);
        if (core.Length >= 5)
            foreach (var (full, row) in FullLabelCores)
                if (full.StartsWith(core, StringComparison.Ordinal)) return new LabelMatch(row, row.Group(), false);
        return default;
    }

    private static bool IsStop(Line line) =>
        line.Block is SourceParagraph p ? SectionOf(p.Text) is SectionNumber.四 or SectionNumber.五 or SectionNumber.六
        : line.Cells.Any(c => !c.IsValue && (c.Core.Contains("行政复议") || c.Core.Contains("结果维持")));

    private static (int Start, int End, ReportFormat? Layout) ReadRequests(List<Line> lines, List<Heading> headings, RequestTable table, List<ReadingNote> notes)
    {
        int start = -1;
        for (int i = 0; i < lines.Count && start < 0; i++)
        {
            var line = lines[i];
            if (!line.IsRow) continue;
            foreach (var c in line.Cells)
                if (!c.IsValue && (c.Core.Contains("本年新收") || c.Core.Contains("上年结转") || c.Core.Contains("勾稽关系")))
                { start = i; break; }
        }
        if (start < 0) return (-1, -1, null);

        var context = OutcomeGroup.None;
        bool outcomesStarted = false, otherHeadingRow = false, sawOtherSubRows = false;
        RequestRow? awaiting = null;
        int end = lines.Count;
        for (int i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (IsStop(line)) { end = i; break; }
            RequestRow? matched = null; bool otherHeadingLast = false, anyLabel = false; int lastText = -1;
            for (int j = 0; j < line.Cells.Length; j++)
            {
                var cell = line.Cells[j];
                if (cell.IsValue) continue;
                lastText = j;
                var m = MatchRequestLabel(cell, context, outcomesStarted);
                anyLabel |= m.Group is not null || m.Row is not null;
                if (m.Group is OutcomeGroup g) context = g;
                if (m.Row is RequestRow r) { matched = r; otherHeadingLast = false; if (r.IsOutcome()) outcomesStarted = true; }
                else if (m.OtherHeading) { otherHeadingLast = true; matched = null; outcomesStarted = true; }
            }
            var values = line.Cells.AsSpan(lastText + 1);
            if (line.Block is SourceParagraph) line.Consumed = true;
            int lineNo = line.Block.Line;

            if (otherHeadingLast)
            {
                // （六）其他处理 with cells of its own is the single V2019 row; alone it heads the V2021 sub-rows.
                if (values.Length > 0) { Store(table, RequestRow.Other, values, lineNo, notes); awaiting = null; }
                else { otherHeadingRow = true; awaiting = null; }
                continue;
            }
            if (matched is RequestRow row)
            {
                if (row is RequestRow.OtherCorrectionOverdue or RequestRow.OtherFeeUnpaid or RequestRow.OtherOther) sawOtherSubRows = true;
                // A label seen first without cells (a wrapped PDF line) is filled by its later occurrence.
                bool placeholder = table.Has(row) && table.Row(row)!.All(c => c is null) && values.Length > 0;
                if (table.Has(row) && awaiting != row && !placeholder)
                {
                    notes.Add(new("requests", $"“{row.ShortChineseName()}”行出现了两次，只取第一次的数字", lineNo));
                    continue;
                }
                if (values.Length == 0) { table.SetRow(row, new int?[ApplicantColumns.Count]); awaiting = row; }
                else { Store(table, row, values, lineNo, notes); awaiting = null; }
                continue;
            }
            if (awaiting is RequestRow waiting && !anyLabel && values.Length > 0 && line.IsRow)
            {
                // The rest of a label split over two lines, with the row's cells ("已获" / "取信息 … ").
                Store(table, waiting, values, lineNo, notes);
                awaiting = null;
            }
        }
        if (otherHeadingRow && !sawOtherSubRows && !table.Has(RequestRow.Other))
            table.SetRow(RequestRow.Other, new int?[ApplicantColumns.Count]);
        if (sawOtherSubRows && table.Has(RequestRow.Other) && table.Row(RequestRow.Other)!.All(c => c is null))
            table.SetRow(RequestRow.Other, null);
        ReportFormat? layout = sawOtherSubRows ? ReportFormat.V2021 : table.Has(RequestRow.Other) ? ReportFormat.V2019 : null;
        return (start, end, layout);
    }

    private static void Store(RequestTable table, RequestRow row, ReadOnlySpan<Cell> values, int line, List<ReadingNote> notes)
    {
        var cells = Fit(values, ApplicantColumns.Count, "requests", $"“{row.ShortChineseName()}”行", line, notes);
        var ints = new int?[ApplicantColumns.Count];
        for (int c = 0; c < ints.Length; c++) ints[c] = ToCount(cells[c], "requests", $"“{row.ShortChineseName()}”行", line, notes);
        table.SetRow(row, ints);
    }

    /// <summary>
    /// Fits a row's cells to the form's column count. Extra blank cells at either end are merged
    /// label cells; extra numbers beyond the form's columns are dropped with a note.
    /// </summary>
    private static CellValue?[] Fit(ReadOnlySpan<Cell> values, int count, string table, string what, int line, List<ReadingNote> notes)
    {
        int from = 0, to = values.Length;
        while (to - from > count && values[from].IsValue && values[from].Value.IsBlank) from++;
        while (to - from > count && values[to - 1].IsValue && values[to - 1].Value.IsBlank) to--;
        if (to - from > count)
        {
            var dropped = values[(from + count)..to];
            bool meaningful = false;
            foreach (var d in dropped) if (!d.IsValue || !d.Value.IsBlank && d.Value.Number != 0) meaningful = true;
            if (meaningful)
                notes.Add(new(table, $"{what}有{to - from}个单元格，表格只有{count}栏，多出的“{string.Join("、", dropped.ToArray().Select(d => d.Raw))}”未计入", line));
            to = from + count;
        }
        else if (to - from < count && to - from > 0)
            notes.Add(new(table, $"{what}只读到{to - from}个单元格，表格有{count}栏，缺少的栏按空白处理", line));
        var result = new CellValue?[count];
        for (int k = 0; k < to - from; k++)
            result[k] = values[from + k].IsValue ? values[from + k].Value : null;
        for (int k = to - from; k < count; k++) result[k] = CellValue.Blank;
        for (int k = 0; k < to - from; k++)
            if (result[k] is null)
                notes.Add(new(table, $"{what}第{k + 1}栏“{values[from + k].Raw}”不是数字，按空白处理", line));
        return result;
    }

    private static int? ToCount(CellValue? value, string table, string what, int line, List<ReadingNote> notes)
    {
        if (value is not { IsBlank: false } v) return null;
        if (v.Number != decimal.Truncate(v.Number) || v.Number < 0 && !v.Signed || Math.Abs(v.Number) > int.MaxValue)
        {
            notes.Add(new(table, $"{what}中的“{v.Number}”不是件数，按空白处理", line));
            return null;
        }
        return (int)v.Number;
    }

    // ---- section 四 --------------------------------------------------------------------------

    private static ReviewAndLitigation? ReadReviewAndLitigation(List<Line> lines, List<Heading> headings, int requestsEnd, List<ReadingNote> notes)
    {
        int from = requestsEnd >= 0 ? requestsEnd : headings.FirstOrDefault(h => h.Number == SectionNumber.四) is { Index: > 0 } h4 ? h4.Index : 0;
        int header = -1;
        for (int i = Math.Max(from, 0); i < lines.Count && header < 0; i++)
            if ((lines[i].IsRow || SectionOf(lines[i].Text) is null) && lines[i].Cells.Any(c => !c.IsValue && c.Raw.Length <= 40 && (c.Core.Contains("行政复议") || c.Core.Contains("结果维持"))))
                header = i;
        if (header < 0) return null;
        var cells = new List<Cell>();
        int line = 0;
        for (int i = header + 1; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.Block is SourceParagraph p && SectionOf(p.Text) is not null) break;
            bool allValues = l.IsRow && l.Cells.All(c => c.IsValue);
            if (!allValues)
            {
                if (cells.Count > 0) break;
                // A header label with the numbers run on after it (one cell per line, no tabs).
                int lastText = Array.FindLastIndex(l.Cells, c => !c.IsValue);
                var trailing = l.Cells.Skip(lastText + 1).ToList();
                if (trailing.Any(c => !c.Value.IsBlank)) { cells.AddRange(trailing); line = l.Block.Line; }
                if (cells.Count >= 15) break;
                continue;
            }
            if (!l.Cells.Any(c => !c.Value.IsBlank) && cells.Count == 0 && l.Cells.Length < 15) continue;
            if (line == 0) line = l.Block.Line;
            cells.AddRange(l.Cells);
            if (cells.Count >= 15) break;
        }
        if (cells.Count == 0)
        {
            notes.Add(new("reviewAndLitigation", "第四部分表格找不到数字行", lines[header].Block.Line));
            return ReviewAndLitigation.Blank;
        }
        if (cells.Count < 15)
        {
            notes.Add(new("reviewAndLitigation", $"行政复议、行政诉讼情况表只读到{cells.Count}个单元格，无法确定各数字对应的栏目，未读入", line));
            return ReviewAndLitigation.Blank;
        }
        var fitted = Fit(cells.ToArray(), 15, "reviewAndLitigation", "行政复议、行政诉讼情况表", line, notes);
        var ints = fitted.Select(v => ToCount(v, "reviewAndLitigation", "行政复议、行政诉讼情况表", line, notes)).ToArray();
        return new ReviewAndLitigation(RemedyCounts.FromCells(ints[0..5]), RemedyCounts.FromCells(ints[5..10]), RemedyCounts.FromCells(ints[10..15]));
    }

    // ---- section 二 --------------------------------------------------------------------------

    private enum Field { Issued, Repealed, InForce, Made, Published, TotalPublished, PreviousItems, Change, Decisions, FeeAmount, Projects, ProcurementAmount }

    private enum ActiveRow { Regulations, NormativeDocuments, Licensing, OtherServices, Penalty, Coercion, Fees, Procurement }

    private static readonly (string Pattern, Field Field)[] HeaderPatterns =
    [
        ("制作数量", Field.Made), ("新公开数量", Field.Published), ("公开总数量", Field.TotalPublished),
        ("制发件数", Field.Issued), ("废止件数", Field.Repealed), ("有效件数", Field.InForce),
        ("上一年项目", Field.PreviousItems), ("上年项目", Field.PreviousItems), ("增减", Field.Change),
        ("处理决定", Field.Decisions), ("收费金额", Field.FeeAmount), ("采购项目数", Field.Projects), ("采购总金额", Field.ProcurementAmount),
        ("采购金额", Field.ProcurementAmount),
    ];

    private static readonly (string Label, ActiveRow Row)[] ActiveLabels =
    [
        ("规章", ActiveRow.Regulations), ("行政规范性文件", ActiveRow.NormativeDocuments), ("规范性文件", ActiveRow.NormativeDocuments),
        ("行政许可", ActiveRow.Licensing), ("其他对外管理服务事项", ActiveRow.OtherServices), ("行政处罚", ActiveRow.Penalty),
        ("行政强制", ActiveRow.Coercion), ("行政事业性收费", ActiveRow.Fees), ("政府集中采购", ActiveRow.Procurement),
    ];

    private sealed record Header(Field[] Fields, string? Unit, int Line);

    private static Field[] AllowedFields(ActiveRow row) => row switch
    {
        ActiveRow.Regulations or ActiveRow.NormativeDocuments => [Field.Issued, Field.Repealed, Field.InForce, Field.Made, Field.Published, Field.TotalPublished],
        ActiveRow.Fees => [Field.FeeAmount, Field.PreviousItems, Field.Change],
        ActiveRow.Procurement => [Field.Projects, Field.ProcurementAmount],
        _ => [Field.PreviousItems, Field.Change, Field.Decisions],
    };

    private static ActiveDisclosure ReadActive(List<Line> lines, int requestsStart, int? year, List<ReadingNote> notes)
    {
        var active = new ActiveDisclosure();
        Header? header = null;
        int end = requestsStart >= 0 ? requestsStart : lines.Count;
        var seen = new HashSet<ActiveRow>();
        bool previousWasHeader = false;
        for (int i = 0; i < end; i++)
        {
            var line = lines[i];
            if (!line.IsRow && line.Text.Length > 24) continue;
            if (line.Cells.Any(c => c.Norm.Contains("第二十条第", StringComparison.Ordinal))) { header = null; previousWasHeader = false; }
            var fields = new List<Field>();
            bool sawInfo = false;
            string? unit = null;
            foreach (var c in line.Cells)
            {
                if (c.IsValue) continue;
                if (c.Core == "信息内容") { sawInfo = true; continue; }
                foreach (var (pattern, field) in HeaderPatterns)
                    if (c.Core.Contains(pattern, StringComparison.Ordinal))
                    {
                        fields.Add(field);
                        unit ??= field is Field.FeeAmount or Field.ProcurementAmount ? Labels.UnitInHeader(c.Norm) : null;
                        break;
                    }
            }
            if (fields.Count > 0 && !ActiveLabelOf(line, out _, out _))
            {
                // One column title per line (no tabs) accumulates into one header.
                header = header is not null && previousWasHeader && !sawInfo
                    ? new Header([.. header.Fields, .. fields], header.Unit ?? unit, header.Line)
                    : new Header([.. fields], unit, line.Block.Line);
                previousWasHeader = true;
                continue;
            }
            previousWasHeader = sawInfo;
            if (!ActiveLabelOf(line, out var row, out int labelIndex) || seen.Contains(row)) continue;
            seen.Add(row);
            var values = line.Cells.AsSpan(labelIndex + 1);
            var allowed = AllowedFields(row);
            Field[] columns;
            string? columnUnit = null;
            if (header is not null && header.Fields.All(allowed.Contains))
            {
                columns = header.Fields;
                columnUnit = header.Unit;
            }
            else
            {
                columns = GuessColumns(row, values, year);
                notes.Add(new($"active.{ActiveKey(row)}", $"“{line.Cells[labelIndex].Raw}”行找不到对应的表头，按{columns.Length}栏推断", line.Block.Line));
            }
            var fitted = Fit(values, columns.Length, $"active.{ActiveKey(row)}", $"“{line.Cells[labelIndex].Raw}”行", line.Block.Line, notes);
            active = Apply(active, row, columns, fitted, columnUnit, line.Block.Line, notes);
        }
        return active;
    }

    private static bool ActiveLabelOf(Line line, out ActiveRow row, out int index)
    {
        for (int j = 0; j < line.Cells.Length; j++)
        {
            var c = line.Cells[j];
            if (c.IsValue) continue;
            foreach (var (label, r) in ActiveLabels)
                if (c.Core.StartsWith(label, StringComparison.Ordinal) && c.Core.Length <= label.Length + 4)
                { row = r; index = j; return true; }
        }
        row = default; index = -1;
        return false;
    }

    private static Field[] GuessColumns(ActiveRow row, ReadOnlySpan<Cell> values, int? year)
    {
        int n = 0;
        foreach (var v in values) if (!v.IsValue || !v.Value.IsBlank) n++;
        bool v2019 = year is int y ? y < 2021 : false;
        return row switch
        {
            ActiveRow.Regulations or ActiveRow.NormativeDocuments => v2019 ? [Field.Made, Field.Published, Field.TotalPublished] : [Field.Issued, Field.Repealed, Field.InForce],
            ActiveRow.Fees => n >= 2 || v2019 && n != 1 ? [Field.PreviousItems, Field.Change] : [Field.FeeAmount],
            ActiveRow.Procurement => [Field.Projects, Field.ProcurementAmount],
            ActiveRow.OtherServices => [Field.PreviousItems, Field.Change, Field.Decisions],
            _ => n >= 2 || v2019 && n != 1 ? [Field.PreviousItems, Field.Change, Field.Decisions] : [Field.Decisions],
        };
    }

    private static string ActiveKey(ActiveRow row) => row switch
    {
        ActiveRow.Regulations => "regulations", ActiveRow.NormativeDocuments => "normativeDocuments",
        ActiveRow.Licensing => "licensing", ActiveRow.OtherServices => "otherServices", ActiveRow.Penalty => "penalty",
        ActiveRow.Coercion => "coercion", ActiveRow.Fees => "fees", _ => "procurement",
    };

    private static ActiveDisclosure Apply(ActiveDisclosure a, ActiveRow row, Field[] columns, CellValue?[] cells, string? unit, int line, List<ReadingNote> notes)
    {
        string table = $"active.{ActiveKey(row)}";
        int? Count(Field f)
        {
            int k = Array.IndexOf(columns, f);
            return k < 0 ? null : ToCount(cells[k], table, ActiveKey(row), line, notes);
        }
        decimal? Amount(Field f)
        {
            int k = Array.IndexOf(columns, f);
            return k < 0 || cells[k] is not { IsBlank: false } v ? null : Labels.ToTenThousandYuan(v, unit);
        }
        bool v2019 = columns.Any(f => f is Field.Made or Field.Published or Field.TotalPublished or Field.PreviousItems or Field.Change or Field.Projects or Field.ProcurementAmount);
        var layout = v2019 ? ReportFormat.V2019 : ReportFormat.V2021;
        switch (row)
        {
            case ActiveRow.Regulations or ActiveRow.NormativeDocuments:
                var docs = new DocumentCounts(layout)
                {
                    Issued = Count(Field.Issued), Repealed = Count(Field.Repealed), InForce = Count(Field.InForce),
                    Made = Count(Field.Made), Published = Count(Field.Published), TotalPublished = Count(Field.TotalPublished),
                };
                return row == ActiveRow.Regulations ? a with { Regulations = docs } : a with { NormativeDocuments = docs };
            case ActiveRow.Fees:
                return a with { Fees = new FeeFigures(layout) { AmountTenThousandYuan = Amount(Field.FeeAmount), PreviousItems = Count(Field.PreviousItems), Change = Count(Field.Change) } };
            case ActiveRow.Procurement:
                return a with { Procurement = new ProcurementFigures { Projects = Count(Field.Projects), AmountTenThousandYuan = Amount(Field.ProcurementAmount) } };
            default:
                var d = new DecisionCounts(layout) { PreviousItems = Count(Field.PreviousItems), Change = Count(Field.Change), Decisions = Count(Field.Decisions) };
                return row switch
                {
                    ActiveRow.Licensing => a with { Licensing = d },
                    ActiveRow.OtherServices => a with { OtherServices = d },
                    ActiveRow.Penalty => a with { Penalty = d },
                    _ => a with { Coercion = d },
                };
        }
    }
}
