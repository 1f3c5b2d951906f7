using Gongkai.Reports.Model;

namespace Gongkai.Reports.Reading;

/// <summary>Fits a row's cells to a table's columns and reads counts, with a note for whatever is unsure.</summary>
internal static class TableCells
{
    /// <summary>
    /// Fits a row's cells to the form's column count. Extra blank cells at either end are merged
    /// label cells; extra numbers beyond the form's columns are dropped with a note.
    /// </summary>
    public static CellValue?[] Fit(ReadOnlySpan<Cell> values, int count, string table, string what, int line, List<ReadingNote> notes)
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

    public static int? ToCount(CellValue? value, string table, string what, int line, List<ReadingNote> notes)
    {
        if (value is not { IsBlank: false } v) return null;
        if (v.Number != decimal.Truncate(v.Number) || v.Number < 0 && !v.Signed || Math.Abs(v.Number) > int.MaxValue)
        {
            notes.Add(new(table, $"{what}中的“{v.Number}”不是件数，按空白处理", line));
            return null;
        }
        return (int)v.Number;
    }
}
