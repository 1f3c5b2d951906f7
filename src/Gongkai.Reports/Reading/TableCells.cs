using Gongkai.Reports.Model;

namespace Gongkai.Reports.Reading;

/// <summary>
/// Fits a row's cells to a table's columns and reads counts. Whatever is unsure — a cell that is
/// not a number, a row with fewer cells than columns — becomes a <see cref="ReadingNote"/> naming
/// the cells it leaves unread (<see cref="ReadingNote.Cells"/>); such a cell is null in the report
/// but is not a blank, and no rule is judged on it.
/// </summary>
internal static class TableCells
{
    /// <summary>The largest count believed: more than any agency decides in a year; anything bigger is a misread.</summary>
    public const int MaxCount = 99_999_999;

    /// <summary>
    /// Fits a row's cells to the form's column count. Extra blank cells at either end are merged
    /// label cells; extra numbers beyond the form's columns are dropped with a note. A row with
    /// fewer cells than columns cannot be placed (which column was blank?): all its cells are
    /// unread. <paramref name="path"/> names the JSON path of column k. Null in the result: unread.
    /// </summary>
    public static CellValue?[] Fit(ReadOnlySpan<Cell> values, int count, string table, string what, int line, List<ReadingNote> notes, Func<int, string> path)
    {
        int from = 0, to = values.Length;
        while (to - from > count && values[from].IsValue && values[from].Value.IsBlank) from++;
        while (to - from > count && values[to - 1].IsValue && values[to - 1].Value.IsBlank) to--;
        var result = new CellValue?[count];
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
        {
            bool allBlank = true;
            foreach (var v in values[from..to]) allBlank &= v.IsValue && v.Value.IsBlank;
            if (allBlank)
            {
                // A label with a few empty cells after it: the whole row is blank, whatever its width.
                for (int k = 0; k < count; k++) result[k] = CellValue.Blank;
                return result;
            }
            notes.Add(new(table, $"{what}只读到{to - from}个单元格（“{string.Join("、", values[from..to].ToArray().Select(d => d.Raw))}”），表格有{count}栏，"
                + "无法确定哪些栏空白，整行未读入", line) { Cells = [.. Enumerable.Range(0, count).Select(path)] });
            return result;
        }
        for (int k = 0; k < to - from; k++)
            result[k] = values[from + k].IsValue ? values[from + k].Value : null;
        for (int k = to - from; k < count; k++) result[k] = CellValue.Blank;
        for (int k = 0; k < to - from; k++)
            if (result[k] is null)
                notes.Add(new(table, $"{what}第{k + 1}栏“{values[from + k].Raw}”不是数字，未读入", line) { Cells = [path(k)] });
        return result;
    }

    /// <summary>
    /// A count: a whole number from 0 to <see cref="MaxCount"/>; signed only where the column is a
    /// change (V2019 本年增/减). Anything else is noted as unread, never taken silently.
    /// </summary>
    public static int? ToCount(CellValue? value, string table, string what, int line, List<ReadingNote> notes, string path, bool signed = false)
    {
        if (value is not { IsBlank: false } v) return null;
        bool negative = v.Number < 0 || v.Signed && v.Number != 0 && !signed;
        if (v.Number != decimal.Truncate(v.Number) || negative && !signed || Math.Abs(v.Number) > MaxCount)
        {
            string why = v.Number != decimal.Truncate(v.Number) ? "不是整数" : Math.Abs(v.Number) > MaxCount ? "大得不合常理" : "件数不能为负或带增减";
            notes.Add(new(table, $"{what}中的“{v.Number}”{why}，未读入", line) { Cells = [path] });
            return null;
        }
        return (int)v.Number;
    }
}
