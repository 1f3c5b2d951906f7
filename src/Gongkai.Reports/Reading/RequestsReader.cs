using Gongkai.Reports.Model;

namespace Gongkai.Reports.Reading;

/// <summary>Section 三: the request table, row by row, by the words of its labels.</summary>
internal static class RequestsReader
{
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
        [.. RequestRows.V2021.Concat([RequestRow.Other]).Select(r => (Labels.Core(r.ChineseLabel()), r))
            .Concat(Labels.RequestRowWordings.Select(w => (Labels.Core(w.Wording), w.Row))).Where(x => x.Item1.Length >= 4)];

    private static readonly (string Pattern, OutcomeGroup Group)[] GroupPatterns =
        [("不予公开", OutcomeGroup.Withheld), ("无法提供", OutcomeGroup.Unavailable), ("不予处理", OutcomeGroup.NotProcessed), ("其他处理", OutcomeGroup.Other)];

    private readonly record struct LabelMatch(RequestRow? Row, OutcomeGroup? Group, bool OtherHeading);

    private static LabelMatch MatchRequestLabel(Cell cell, OutcomeGroup context, bool outcomesStarted)
    {
        var match = MatchRequestLabel(cell.Core, cell.Enumerators, context, outcomesStarted);
        if (match.Row is not null || match.Group is not null) return match;
        // A group cell broken by the page run into the row's own label: "（四）无 2.没有现成信息需要另".
        int at = Labels.LastEnumerator(cell.Norm);
        return at > 0 ? MatchRequestLabel(Labels.Core(cell.Norm[at..], out string enumerators), enumerators, context, outcomesStarted) : match;
    }

    private static LabelMatch MatchRequestLabel(string core, string enumerators, OutcomeGroup context, bool outcomesStarted)
    {
        if (core.Length == 0) return default;
        foreach (var (pattern, group) in GroupPatterns)
            if (core.Contains(pattern, StringComparison.Ordinal) && core.Length <= pattern.Length + 2)
                return new LabelMatch(null, group, group == OutcomeGroup.Other);
        foreach (var (pattern, row) in RequestPatterns)
            if (core.Contains(pattern, StringComparison.Ordinal)) return new LabelMatch(row, row.Group(), false);
        if (core == "总计" && (enumerators.Contains("(七)") || outcomesStarted)) return new LabelMatch(RequestRow.Handled, OutcomeGroup.Handled, false);
        if (core == "其他" && context == OutcomeGroup.Other) return new LabelMatch(RequestRow.OtherOther, OutcomeGroup.Other, false);
        if (core.Contains("本年度办理结果") || core.Contains("办理结果")) return new LabelMatch(null, OutcomeGroup.None, false);
        if (core.Length >= 5)
            foreach (var (full, row) in FullLabelCores)
                if (full.StartsWith(core, StringComparison.Ordinal)) return new LabelMatch(row, row.Group(), false);
        return default;
    }

    private static bool IsStop(Line line) =>
        line.Block is SourceParagraph p ? SectionHeadings.NumberOf(p.Text) is SectionNumber.四 or SectionNumber.五 or SectionNumber.六
        : line.Cells.Any(c => !c.IsValue && (c.Core.Contains("行政复议") || c.Core.Contains("结果维持")));

    public static (int Start, int End, ReportFormat? Layout) Read(List<Line> lines, List<SectionHeadings.Heading> headings, RequestTable table, List<ReadingNote> notes)
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
                // "十", "1e3" after the label hold a column's place: the cells after them must not shift left.
                if (cell.IsValue || lastText >= 0 && Labels.LooksNumeric(cell.Raw)) continue;
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
        string Path(int c) => $"requests.rows.{row.Key()}[{c}]";
        var cells = TableCells.Fit(values, ApplicantColumns.Count, "requests", $"“{row.ShortChineseName()}”行", line, notes, Path);
        var ints = new int?[ApplicantColumns.Count];
        for (int c = 0; c < ints.Length; c++) ints[c] = TableCells.ToCount(cells[c], "requests", $"“{row.ShortChineseName()}”行", line, notes, Path(c));
        table.SetRow(row, ints);
    }
}
