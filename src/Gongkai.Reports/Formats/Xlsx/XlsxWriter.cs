using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Reports.Model;
using Gongkai.Reports.Rules;
using static Gongkai.Reports.Formats.FormLayout;

namespace Gongkai.Reports.Formats.Xlsx;

/// <summary>
/// Writes a report as a workbook: a sheet naming the report, one sheet per table of section 二,
/// "申请情况" (section 三) and "复议诉讼" (section 四) with header cells merged like the form, and
/// "发现的问题" listing the findings. Totals are live formulas, each stored with its computed value
/// so that readers which do not calculate still see the numbers; blank cells stay empty.
/// </summary>
public static class XlsxWriter
{
    /// <summary>Sheet names of the fixed sheets.</summary>
    public const string ReportSheet = "报告", RequestsSheet = "申请情况", ReviewAndLitigationSheet = "复议诉讼", FindingsSheet = "发现的问题";

    /// <summary>Writes the workbook to <paramref name="output"/>, which is left open.</summary>
    public static void Write(AnnualReport report, IReadOnlyList<Finding> findings, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(output);
        // The package needs a seekable stream; the caller's may be a network or response stream.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
            stylesPart.Stylesheet = Styles.Create();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());

            var all = new List<(string Name, Grid Content)> { (ReportSheet, ReportInfo(report)) };
            foreach (var table in ActiveTables(report.Active)) all.Add((table.Item, ActiveSheet(table)));
            if (!report.Requests.IsEmpty) all.Add((RequestsSheet, RequestsSheetOf(report.Requests)));
            if (report.ReviewAndLitigation is { } remedies) all.Add((ReviewAndLitigationSheet, ReviewAndLitigationSheetOf(remedies)));
            all.Add((FindingsSheet, FindingsSheetOf(findings)));

            uint id = 1;
            foreach (var (name, content) in all)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = content.ToWorksheet();
                sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = name });
            }
            workbookPart.Workbook.Save();
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Grid ReportInfo(AnnualReport report)
    {
        var s = new Grid([40, 40]);
        s.Text(1, 1, Title(report), Styles.Title);
        s.Merge(1, 1, 1, 2);
        int r = 2;
        void Line(string label, string? value)
        {
            s.Text(r, 1, label, Styles.Label);
            if (value is not null) s.Text(r, 2, value, Styles.Label); else s.Empty(r, 2, Styles.Label);
            r++;
        }
        Line("机关", report.Agency);
        Line("报告年度", report.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Line("发布日期", report.PublishedOn is DateOnly d ? ChineseDate(d) : null);
        Line("格式", report.Format.ChineseName());
        return s;
    }

    private static Grid ActiveSheet(ActiveTable table)
    {
        int width = table.Width;
        var s = new Grid([24, .. Enumerable.Repeat(22.0, width)]);
        s.Text(1, 1, table.Item, Styles.Header);
        s.Merge(1, 1, 1, width + 1);
        int r = 2;
        foreach (var run in table.Runs())
        {
            var columns = run[0].Columns;
            s.Text(r, 1, InformationContent, Styles.Header);
            for (int c = 0; c < columns.Count; c++) s.Text(r, c + 2, columns[c].Header, Styles.Header);
            if (columns.Count < width) s.Merge(r, columns.Count + 1, r, width + 1);
            r++;
            foreach (var row in run)
            {
                s.Text(r, 1, row.Label, Styles.Label);
                for (int c = 0; c < row.Cells.Count; c++)
                    s.Number(r, c + 2, row.Cells[c], row.Columns[c].IsAmount ? Styles.Amount : Styles.Count);
                if (row.Cells.Count < width) s.Merge(r, row.Cells.Count + 1, r, width + 1);
                r++;
            }
        }
        return s;
    }

    private const int FirstValueColumn = 4;   // D: after the three label columns of section 三

    private static Grid RequestsSheetOf(RequestTable table)
    {
        var s = new Grid([10, 12, 40, .. Enumerable.Repeat(10.0, ApplicantColumns.Count)]);
        int last = FirstValueColumn + ApplicantColumns.Count - 1;
        s.Text(1, 1, BalanceNote, Styles.Header); s.Merge(1, 1, 3, 3);
        s.Text(1, FirstValueColumn, Applicants, Styles.Header); s.Merge(1, FirstValueColumn, 1, last);
        s.Text(2, FirstValueColumn, ApplicantColumn.NaturalPerson.ChineseLabel(), Styles.Header); s.Merge(2, FirstValueColumn, 3, FirstValueColumn);
        s.Text(2, FirstValueColumn + 1, Organizations, Styles.Header); s.Merge(2, FirstValueColumn + 1, 2, last - 1);
        s.Text(2, last, ApplicantColumn.Total.ChineseLabel(), Styles.Header); s.Merge(2, last, 3, last);
        for (int c = 1; c < ApplicantColumns.Count - 1; c++) s.Text(3, FirstValueColumn + c, ApplicantColumns.All[c].ChineseLabel(), Styles.Header);

        var lines = RequestLines(table);
        int r = 4, firstOutcome = 0, lastOutcome = 0;
        foreach (var line in lines)
        {
            if (line.IsTopLevel) { s.Text(r, 1, line.Row.ChineseLabel(), Styles.Label); s.Merge(r, 1, r, 3); }
            else
            {
                if (line.OutcomeSpan > 0) { s.Text(r, 1, Outcomes, Styles.Label); s.Merge(r, 1, r + line.OutcomeSpan - 1, 1); }
                if (line.GroupSpan > 0) { s.Text(r, 2, line.Row.Group().ChineseLabel(), Styles.Label); s.Merge(r, 2, r + line.GroupSpan - 1, 2); }
                if (line.IsSubRow) s.Text(r, 3, line.Row.ChineseLabel(), Styles.Label);
                else { s.Text(r, 2, line.Row.ChineseLabel(), Styles.Label); s.Merge(r, 2, r, 3); }
            }
            if (line.Row.IsOutcome()) { if (firstOutcome == 0) firstOutcome = r; lastOutcome = r; }
            var cells = table.Row(line.Row)!;
            bool handled = line.Row == RequestRow.Handled && firstOutcome > 0;
            for (int c = 0; c < ApplicantColumns.Count; c++)
            {
                int col = FirstValueColumn + c;
                if (handled)
                {
                    // （七）总计 = the sum of the outcome rows above it, column by column.
                    var above = lines.Where(l => l.Row.IsOutcome()).Select(l => RowTotalOrCell(table, l.Row, c)).ToList();
                    SumOrBlank(s, r, col, $"SUM({Grid.Reference(firstOutcome, col)}:{Grid.Reference(lastOutcome, col)})", above, cells[c]);
                }
                else if (c == ApplicantColumns.Count - 1)
                    SumOrBlank(s, r, col, $"SUM({Grid.Reference(r, FirstValueColumn)}:{Grid.Reference(r, col - 1)})", [.. cells[..^1]], cells[c]);
                else s.Number(r, col, cells[c], Styles.Count);
            }
            r++;
        }
        return s;
    }

    /// <summary>The value a cell of an outcome row shows: the formula's sum in the Total column, else the cell.</summary>
    private static int? RowTotalOrCell(RequestTable table, RequestRow row, int column)
    {
        var cells = table.Row(row)!;
        if (column < ApplicantColumns.Count - 1) return cells[column];
        return cells[..^1].All(c => c is null) && cells[^1] is null ? null : cells[..^1].Sum(c => c ?? 0);
    }

    /// <summary>
    /// A total as a formula with its computed value; left empty when everything it sums and the
    /// document's own total are blank. Where the document printed another total, the cell is
    /// marked (red fill): the workbook shows the sum, and 发现的问题 says what was printed.
    /// </summary>
    private static void SumOrBlank(Grid s, int row, int col, string formula, IReadOnlyList<int?> parts, int? reported)
    {
        int sum = parts.Sum(p => p ?? 0);
        if (parts.All(p => p is null) && reported is null) s.Empty(row, col, Styles.Count);
        else s.Formula(row, col, formula, sum, reported is int r && r != sum ? Styles.Mismatch : Styles.Count);
    }

    private static Grid ReviewAndLitigationSheetOf(ReviewAndLitigation remedies)
    {
        var s = new Grid([.. Enumerable.Repeat(10.0, 15)]);
        s.Text(1, 1, RemedyGroup.AdministrativeReview.ChineseLabel(), Styles.Header); s.Merge(1, 1, 1, 5);
        s.Text(1, 6, Lawsuit, Styles.Header); s.Merge(1, 6, 1, 15);
        for (int k = 0; k < 5; k++) { s.Text(2, k + 1, RemedyCounts.ChineseLabels[k], Styles.Header); s.Merge(2, k + 1, 3, k + 1); }
        s.Text(2, 6, LawsuitDirect, Styles.Header); s.Merge(2, 6, 2, 10);
        s.Text(2, 11, LawsuitAfterReview, Styles.Header); s.Merge(2, 11, 2, 15);
        for (int k = 0; k < 10; k++) s.Text(3, k + 6, RemedyCounts.ChineseLabels[k % 5], Styles.Header);
        int col = 1;
        foreach (var (_, counts) in remedies.Groups)
        {
            var cells = counts.Cells;
            for (int k = 0; k < 4; k++) s.Number(4, col + k, cells[k], Styles.Count);
            SumOrBlank(s, 4, col + 4, $"SUM({Grid.Reference(4, col)}:{Grid.Reference(4, col + 3)})", cells[..4], cells[4]);
            col += 5;
        }
        return s;
    }

    private static Grid FindingsSheetOf(IReadOnlyList<Finding> findings)
    {
        var s = new Grid([22, 8, 28, 10, 10, 80]);
        string[] headers = ["规则", "级别", "位置", "应为", "实为", "说明"];
        for (int c = 0; c < headers.Length; c++) s.Text(1, c + 1, headers[c], Styles.Header);
        int r = 2;
        foreach (var f in findings)
        {
            s.Text(r, 1, f.Rule, Styles.Label);
            s.Text(r, 2, f.Severity == Severity.Error ? "错误" : "警告", Styles.Label);
            if (f.Where is { } where) s.Text(r, 3, where, Styles.Label); else s.Empty(r, 3, Styles.Label);
            s.Number(r, 4, f.Expected, Styles.Amount);
            s.Number(r, 5, f.Actual, Styles.Amount);
            s.Text(r, 6, f.Message, Styles.Label);
            r++;
        }
        return s;
    }

    /// <summary>The cells of one worksheet, written in row and column order as SpreadsheetML requires.</summary>
    private sealed class Grid(double[] widths)
    {
        private readonly SortedDictionary<(int Row, int Col), Cell> _cells = [];
        private readonly List<string> _merges = [];

        public void Text(int row, int col, string text, uint style) =>
            _cells[(row, col)] = new Cell { DataType = CellValues.InlineString, StyleIndex = style, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) };

        public void Empty(int row, int col, uint style) => _cells[(row, col)] = new Cell { StyleIndex = style };

        public void Number(int row, int col, decimal? value, uint style)
        {
            if (value is not decimal v) { Empty(row, col, style); return; }
            _cells[(row, col)] = new Cell { StyleIndex = style, CellValue = new CellValue(Number(v)) };
        }

        public void Formula(int row, int col, string formula, decimal cached, uint style) =>
            _cells[(row, col)] = new Cell { StyleIndex = style, CellFormula = new CellFormula(formula), CellValue = new CellValue(Number(cached)) };

        private static string Number(decimal v) => FormLayout.Number(v);

        /// <summary>Merges a region; its other cells get the top-left cell's style so borders show.</summary>
        public void Merge(int row1, int col1, int row2, int col2)
        {
            if (row1 == row2 && col1 == col2) return;
            uint style = _cells.TryGetValue((row1, col1), out var first) ? first.StyleIndex?.Value ?? 0 : 0;
            for (int r = row1; r <= row2; r++)
                for (int c = col1; c <= col2; c++)
                    if (r != row1 || c != col1) Empty(r, c, style);
            _merges.Add($"{Reference(row1, col1)}:{Reference(row2, col2)}");
        }

        public static string Reference(int row, int col)
        {
            string letters = "";
            for (int c = col; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
            return $"{letters}{row}";
        }

        public Worksheet ToWorksheet()
        {
            var columns = new Columns();
            for (int i = 0; i < widths.Length; i++)
                columns.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = widths[i], CustomWidth = true });
            var data = new SheetData();
            foreach (var group in _cells.GroupBy(kv => kv.Key.Row))
            {
                var row = new Row { RowIndex = (uint)group.Key };
                foreach (var (key, cell) in group)
                {
                    cell.CellReference = Reference(key.Row, key.Col);
                    row.Append(cell);
                }
                data.Append(row);
            }
            var sheet = new Worksheet(columns, data);
            if (_merges.Count > 0) sheet.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = m })));
            sheet.Append(new PageMargins { Left = 0.7, Right = 0.7, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
            sheet.Append(new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9 });
            return sheet;
        }
    }

    /// <summary>The workbook's cell styles: indices into the stylesheet's cellXfs.</summary>
    private static class Styles
    {
        public const uint Default = 0, Title = 1, Header = 2, Label = 3, Count = 4, Amount = 5, Mismatch = 6;
        private const uint AmountFormat = 164;

        public static Stylesheet Create() => new(
            new NumberingFormats(new NumberingFormat { NumberFormatId = AmountFormat, FormatCode = "#,##0.00##" }) { Count = 1 },
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
                new Font(new Bold(), new FontSize { Val = 16 }, new FontName { Val = "黑体" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "宋体" })) { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF4C7C3" }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(
                    new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
                    new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin },
                    new DiagonalBorder())) { Count = 2 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { FontId = 1, ApplyFont = true, Alignment = new Alignment { Horizontal = HorizontalAlignmentValues.Center } },
                new CellFormat
                {
                    FontId = 2, BorderId = 1, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true,
                    Alignment = new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true },
                },
                new CellFormat
                {
                    BorderId = 1, ApplyBorder = true, ApplyAlignment = true,
                    Alignment = new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true },
                },
                new CellFormat { NumberFormatId = 1, BorderId = 1, ApplyBorder = true, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = AmountFormat, BorderId = 1, ApplyBorder = true, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 1, BorderId = 1, FillId = 2, ApplyBorder = true, ApplyNumberFormat = true, ApplyFill = true }) { Count = 7 });
    }
}
