using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Reports.Model;
using Gongkai.Reports.Rollup;
using Gongkai.Reports.Rules;
using Grid = Gongkai.Reports.Formats.Xlsx.XlsxWriter.Grid;
using Styles = Gongkai.Reports.Formats.Xlsx.XlsxWriter.Styles;

namespace Gongkai.Reports.Formats.Xlsx;

/// <summary>A sheet of a plain table: a header row, then one row per item. A cell is text, a number, or null (empty).</summary>
public sealed record TableSheet(string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows)
{
    /// <summary>Column widths in characters; the default is 16 for each column.</summary>
    public IReadOnlyList<double>? Widths { get; init; }
}

/// <summary>
/// Workbooks of plain tables (a folder check's summary, a supervising office's list of reports)
/// and of a roll-up (the summed report's sheets and the list of reports it covers), with the
/// styles of <see cref="XlsxWriter"/>.
/// </summary>
public static class TableWorkbook
{
    /// <summary>Writes the sheets as one workbook to <paramref name="output"/>, which is left open.</summary>
    public static void Write(IEnumerable<TableSheet> sheets, Stream output)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(output);
        Save([.. sheets.Select(s => (s.Name, ToGrid(s)))], output);
    }

    /// <summary>The summed report's sheets, then 汇总范围: each report included or excluded, with the reason.</summary>
    public static void WriteRollup(RollupResult rollup, Stream output)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        var sheets = XlsxWriter.Sheets(rollup.Sum, rollup.Findings);
        sheets.Insert(1, ("汇总范围", ToGrid(new TableSheet("汇总范围", ["报告", "是否纳入汇总", "原因"],
            [.. rollup.Included.Select(f => (IReadOnlyList<object?>)[f, "纳入", null]),
             .. rollup.Excluded.Select(e => (IReadOnlyList<object?>)[e.Source, "未纳入", e.Reason])])
        { Widths = [50, 14, 60] })));
        Save(sheets, output);
    }

    private static Grid ToGrid(TableSheet sheet)
    {
        var grid = new Grid([.. sheet.Widths ?? Enumerable.Repeat(16.0, sheet.Headers.Count)]);
        for (int c = 0; c < sheet.Headers.Count; c++) grid.Text(1, c + 1, sheet.Headers[c], Styles.Header);
        int r = 2;
        foreach (var row in sheet.Rows)
        {
            for (int c = 0; c < row.Count; c++)
            {
                switch (row[c])
                {
                    case null: grid.Empty(r, c + 1, Styles.Label); break;
                    case int i: grid.Number(r, c + 1, i, Styles.Count); break;
                    case long l: grid.Number(r, c + 1, l, Styles.Count); break;
                    case decimal d: grid.Number(r, c + 1, d, Styles.Amount); break;
                    case bool b: grid.Text(r, c + 1, b ? "是" : "否", Styles.Label); break;
                    case var other: grid.Text(r, c + 1, Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? "", Styles.Label); break;
                }
            }
            r++;
        }
        return grid;
    }

    /// <summary>Writes named sheets as a workbook; the package needs a seekable stream, the caller's may not be one.</summary>
    internal static void Save(IReadOnlyList<(string Name, Grid Content)> sheets, Stream output)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = Styles.Create();
            var list = workbookPart.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, content) in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = content.ToWorksheet();
                list.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = SheetName(name) });
            }
            workbookPart.Workbook.Save();
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>Excel's limits on a sheet name: 31 characters, none of []:*?/\.</summary>
    private static string SheetName(string name)
    {
        var cleaned = new string([.. name.Select(c => "[]:*?/\\".Contains(c) ? '_' : c)]);
        return cleaned.Length > 31 ? cleaned[..31] : cleaned;
    }

    /// <summary>One row per finding, for a sheet listing the findings of many reports.</summary>
    public static IReadOnlyList<object?> FindingRow(string file, AnnualReport? report, Finding f) =>
        [file, report?.Agency, report?.Year, f.Rule, f.Severity == Severity.Error ? "错误" : "警告", f.Where,
         string.Join(" ", f.Cells), f.Sentence, f.Line, f.Message];

    /// <summary>The headers of <see cref="FindingRow"/>.</summary>
    public static readonly IReadOnlyList<string> FindingHeaders = ["文件", "机关", "年度", "规则", "级别", "位置", "单元格", "正文语句", "行号", "说明"];
}
