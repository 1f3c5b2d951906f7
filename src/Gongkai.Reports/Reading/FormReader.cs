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
    public static ReadResult Read(SourceDocument document)
    {
        var lines = MergeValueRuns(SplitRunInHeadings(document.Blocks).Select(ToLine).ToList());
        var notes = new List<ReadingNote>();
        var headings = SectionHeadings.FindHeadings(lines);
        var (agency, year) = TitleAndClosing.ReadTitle(lines, headings, out int titleEnd);
        var (publishedOn, closingAgency) = TitleAndClosing.ReadClosing(lines);
        agency ??= closingAgency;
        publishedOn ??= TitleAndClosing.DateInTitleBlock(lines, titleEnd, headings);
        year ??= TitleAndClosing.YearInPreface(lines, titleEnd) ?? publishedOn?.Year - 1;

        var requests = new RequestTable();
        var (requestsStart, requestsEnd, requestsLayout) = RequestsReader.Read(lines, headings, requests, notes);
        var appeals = AppealsReader.Read(lines, headings, requestsEnd, notes);
        var active = ActiveReader.Read(lines, requestsStart, year, notes);
        var sections = SectionHeadings.ReadSections(lines, headings);

        bool recognized = year is not null || agency is not null || headings.Count > 0 || !requests.IsEmpty || !active.IsEmpty || appeals is not null;
        if (!recognized)
            return ReadResult.Fail("not-a-report", "文件中找不到年度报告的标题、章节或表格：可能不是政府信息公开工作年度报告，或文件编码无法识别",
                "No title, section heading or table of an annual report was found.");

        var report = new AnnualReport
        {
            Agency = agency, Year = year, PublishedOn = publishedOn,
            Active = active, Requests = requests, RequestsLayout = requestsLayout,
            ReviewAndLitigation = appeals, Sections = sections,
            UnreadCells = notes.SelectMany(n => n.Cells).ToHashSet(),
            Preface = [.. lines.Take(headings.Count > 0 ? headings[0].Index : 0).Skip(titleEnd)
                .Where(l => !l.Consumed && l.Block is SourceParagraph).Select(l => l.Text.Trim())],
        };
        if (requests.IsEmpty && report.HasSection(SectionNumber.三))
            notes.Add(new("requests", "第三部分找不到“本年新收政府信息公开申请数量”等表格行，申请情况表未能读出"));
        if (appeals is null && report.HasSection(SectionNumber.四))
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
            if (line.Block is SourceParagraph p && p.Text.Length <= 80 && !line.Cells[0].IsValue && SectionHeadings.NumberOf(p.Text) is null)
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

    /// <summary>Page text that lost its line breaks: a heading running into its paragraph becomes a paragraph of its own.</summary>
    private static List<SourceBlock> SplitRunInHeadings(IReadOnlyList<SourceBlock> blocks)
    {
        var split = new List<SourceBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (block is SourceParagraph p && SectionHeadings.SplitRunIn(p.Text) is { } parts)
                foreach (var part in parts) split.Add(new SourceParagraph(part, p.Line));
            else split.Add(block);
        }
        // The 落款 run into the last sentence: "…无其他需要报告的事项。互助县自然资源局2022年1月6日".
        int last = split.FindLastIndex(b => b is not SourceParagraph { Text.Length: 0 });
        if (last >= 0 && split[last] is SourceParagraph end && TitleAndClosing.ClosingRunIn(end.Text) is int cut)
        {
            split[last] = new SourceParagraph(end.Text[..cut].Trim(), end.Line);
            split.Insert(last + 1, new SourceParagraph(end.Text[cut..].Trim(), end.Line));
        }
        return split;
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
        foreach (var (_, layout) in report.TableLayouts())
            if (layout == ReportFormat.V2019) v2019++; else v2021++;
        if (v2019 != v2021) return v2019 > v2021 ? ReportFormat.V2019 : ReportFormat.V2021;
        return report.Year is int y ? ReportFormats.ForYear(y) : ReportFormat.V2021;
    }
}
