using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Reports.Model;

namespace Gongkai.Reports.Formats.Docx;

using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>
/// Writes a report as a Word document laid out like the official form and set like an official
/// document (GB/T 9704): A4, 小标宋 title, 仿宋 body, 黑体 and 楷体 headings, the tables of sections
/// 二, 三 and 四 with the form's labels and merged header cells, and the closing 落款.
/// <see cref="DocxSource"/> and <see cref="Reading.FormReader"/> read the result back to the same report.
/// </summary>
public static class DocxWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>; the stream need not be seekable.</summary>
    public static void Write(AnnualReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        // The SDK needs a seekable stream to build the package; the caller's may be a pipe or a response.
        using var buffer = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            DocxStyles.Add(main);
            string footerId = DocxStyles.AddPageNumberFooter(main);
            var body = new Body();
            new Composer(body).Compose(report);
            body.Append(PageSetup(footerId));
            main.Document = new Document(body);
            doc.PackageProperties.Title = TitleText(report);
            doc.PackageProperties.Language = "zh-CN";
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static string TitleText(AnnualReport report) => $"{report.Agency}{TitleAfterAgency(report)}";

    private static string TitleAfterAgency(AnnualReport report) => $"{(report.Year is int y ? $"{y}年" : "")}政府信息公开工作年度报告";

    /// <summary>GB/T 9704 版心: A4 with margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.</summary>
    private static SectionProperties PageSetup(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = Twips.FromMm(37), Bottom = Twips.FromMm(35), Left = (uint)Twips.FromMm(28), Right = (uint)Twips.FromMm(26), Header = 851, Footer = 1304, Gutter = 0 });

    /// <summary>Builds the body, block by block, in the order the form prescribes.</summary>
    private sealed class Composer(Body body)
    {
        public void Compose(AnnualReport report)
        {
            if (report.Agency is { Length: > 0 } agency) body.Append(Para(DocxStyles.Title, agency));
            body.Append(Para(DocxStyles.Title, TitleAfterAgency(report)));
            foreach (var p in report.Preface) body.Append(Prose(p));
            foreach (SectionNumber number in Enum.GetValues<SectionNumber>())
            {
                // A section the document lacks gets no heading, but its table (if any) still belongs here.
                if (report.Section(number) is { } section)
                {
                    body.Append(Para(DocxStyles.Heading1, section.Heading));
                    foreach (var p in section.Paragraphs) body.Append(Prose(p));
                }
                // Tables after the prose: the reader takes everything from section 三's table to section 四 as the table.
                switch (number)
                {
                    case SectionNumber.二 when !report.Active.IsEmpty: body.Append(ActiveTables.Build(report.Active)); break;
                    case SectionNumber.三 when !report.Requests.IsEmpty: body.Append(RequestsTable.Build(report.Requests, report.RequestsLayout)); break;
                    case SectionNumber.四 when report.ReviewAndLitigation is { } appeals: body.Append(AppealsTable.Build(appeals)); break;
                }
            }
            if (report.PublishedOn is DateOnly date)
            {
                if (report.Agency is { Length: > 0 } signer) body.Append(Para(DocxStyles.Signature, signer));
                body.Append(Para(DocxStyles.Signature, $"{date.Year}年{date.Month}月{date.Day}日"));
            }
        }

        /// <summary>A body paragraph; "（一）…" subheadings set in 楷体 as GB/T 9704 wants the second level.</summary>
        private static Paragraph Prose(string text) =>
            Para(IsSubheading(text) ? DocxStyles.Heading2 : DocxStyles.Normal, text);

        private static bool IsSubheading(string text) =>
            text.Length <= 40 && text.StartsWith('（') && text.IndexOf('）') is > 1 and <= 4 && !text.Contains('。');
    }

    internal static Paragraph Para(string style, string text) => new(
        new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } },
        new Run(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>
    /// Drops characters XML 1.0 cannot carry (a form feed or other control character from a text export),
    /// which would otherwise make the package fail to save.
    /// </summary>
    internal static string XmlSafe(string text)
    {
        System.Text.StringBuilder? kept = null;   // only allocated once something must go
        for (int k = 0; k < text.Length; k++)
        {
            int width = XmlConvert.IsXmlChar(text[k]) ? 1
                : k + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[k + 1], text[k]) ? 2 : 0;
            if (width == 0) kept ??= new System.Text.StringBuilder(text, 0, k, text.Length);
            else kept?.Append(text, k, width);
            k += Math.Max(width, 1) - 1;
        }
        return kept?.ToString() ?? text;
    }
}

/// <summary>Lengths in twentieths of a point, as Word measures page and table geometry.</summary>
internal static class Twips
{
    public static int FromMm(double mm) => (int)Math.Round(mm * 1440 / 25.4);

    /// <summary>The text block's width: A4 less the left and right margins.</summary>
    public static readonly int TextWidth = 11906 - FromMm(28) - FromMm(26);
}

/// <summary>How a cell joins the cells below it (w:vMerge): it starts a merged region, continues one, or neither.</summary>
internal enum VerticalJoin { None, Restart, Continue }

/// <summary>
/// One cell of a form table; an empty text with <see cref="VerticalJoin.Continue"/> is a merge continuation,
/// a '\n' in the text starts a new paragraph within the cell.
/// </summary>
internal readonly record struct FormCell(string Text, int Span = 1, VerticalJoin Down = VerticalJoin.None, bool Label = false)
{
    public static FormCell Continue(int span = 1) => new("", span, VerticalJoin.Continue);

    public static FormCell Number(int? value) => new(value?.ToString(CultureInfo.InvariantCulture) ?? "");

    public static FormCell Amount(decimal? value) => new(value?.ToString(CultureInfo.InvariantCulture) ?? "");
}

/// <summary>Builds a bordered, fixed-layout table from rows of <see cref="FormCell"/> over a column grid.</summary>
internal static class FormTable
{
    /// <summary><paramref name="count"/> columns sharing <paramref name="total"/> twips equally.</summary>
    public static int[] EvenColumns(int total, int count) => [.. Enumerable.Repeat(total / count, count)];

    public static Table Build(int[] grid, IEnumerable<FormCell[]> rows, int headerRows)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = grid.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            // Narrow cell margins so six-digit counts fit the seven columns of section 三.
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa })),
            new TableGrid(grid.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        int index = 0;
        foreach (var cells in rows)
        {
            var rowProps = new TableRowProperties(new CantSplit());
            if (index++ < headerRows) rowProps.Append(new TableHeader());
            var row = new TableRow(rowProps);
            int column = 0;
            foreach (var cell in cells)
            {
                int width = grid.AsSpan(column, cell.Span).ToArray().Sum();
                column += cell.Span;
                var props = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
                if (cell.Span > 1) props.Append(new GridSpan { Val = cell.Span });
                if (cell.Down != VerticalJoin.None)
                    props.Append(new VerticalMerge { Val = cell.Down == VerticalJoin.Restart ? MergedCellValues.Restart : MergedCellValues.Continue });
                props.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
                var cellElement = new TableCell(props);
                if (cell.Text.Length == 0)
                    cellElement.Append(new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.TableText } }));
                // A header broken where the form breaks it ("商业" / "企业"); readers join a cell's paragraphs.
                foreach (string line in cell.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    cellElement.Append(DocxWriter.Para(cell.Label ? DocxStyles.TableLabel : DocxStyles.TableText, line));
                row.Append(cellElement);
            }
            if (column != grid.Length) throw new InvalidOperationException($"A form row covers {column} of {grid.Length} columns.");
            table.Append(row);
        }
        return table;
    }
}
