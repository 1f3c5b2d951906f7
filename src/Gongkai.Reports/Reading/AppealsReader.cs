using Gongkai.Reports.Model;

namespace Gongkai.Reports.Reading;

/// <summary>Section 四: the fifteen cells of the review and litigation table, after its header.</summary>
internal static class AppealsReader
{
    public static ReviewAndLitigation? Read(List<Line> lines, List<SectionHeadings.Heading> headings, int requestsEnd, List<ReadingNote> notes)
    {
        int from = requestsEnd >= 0 ? requestsEnd : headings.FirstOrDefault(h => h.Number == SectionNumber.四) is { Index: > 0 } h4 ? h4.Index : 0;
        int header = -1;
        for (int i = Math.Max(from, 0); i < lines.Count && header < 0; i++)
            if ((lines[i].IsRow || SectionHeadings.NumberOf(lines[i].Text) is null) && lines[i].Cells.Any(c => !c.IsValue && c.Raw.Length <= 40 && (c.Core.Contains("行政复议") || c.Core.Contains("结果维持"))))
                header = i;
        if (header < 0) return null;
        static string Path(int k) => $"reviewAndLitigation.{AppealGroups.Key((AppealGroup)(k / 5))}.{AppealCounts.Keys[k % 5]}";
        var cells = new List<Cell>();
        int line = 0;
        for (int i = header + 1; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.Block is SourceParagraph p && SectionHeadings.NumberOf(p.Text) is not null) break;
            bool allValues = l.IsRow && l.Cells.All(c => c.IsValue || Labels.LooksNumeric(c.Raw)) && l.Cells.Any(c => c.IsValue);
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
            notes.Add(new("reviewAndLitigation", "第四部分表格找不到数字行", lines[header].Block.Line) { Cells = [.. Enumerable.Range(0, 15).Select(Path)] });
            return ReviewAndLitigation.Blank;
        }
        var fitted = TableCells.Fit(cells.ToArray(), 15, "reviewAndLitigation", "行政复议、行政诉讼情况表", line, notes, Path);
        var ints = fitted.Select((v, k) => TableCells.ToCount(v, "reviewAndLitigation", "行政复议、行政诉讼情况表", line, notes, Path(k))).ToArray();
        return new ReviewAndLitigation(AppealCounts.FromCells(ints[0..5]), AppealCounts.FromCells(ints[5..10]), AppealCounts.FromCells(ints[10..15]));
    }
}
