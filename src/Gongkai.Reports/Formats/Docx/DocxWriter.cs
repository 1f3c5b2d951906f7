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
            body.Append(OfficialPage.Setup(footerId));
            main.Document = new Document(body);
            doc.PackageProperties.Title = TitleText(report);
            doc.PackageProperties.Language = "zh-CN";
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static string TitleText(AnnualReport report) => $"{report.Agency}{TitleAfterAgency(report)}";

    private static string TitleAfterAgency(AnnualReport report) => $"{(report.Year is int y ? $"{y}年" : "")}政府信息公开工作年度报告";

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
                    case SectionNumber.四 when report.ReviewAndLitigation is { } remedies: body.Append(ReviewAndLitigationTable.Build(remedies)); break;
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
