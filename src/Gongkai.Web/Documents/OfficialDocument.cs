using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Reports.Formats.Docx;

namespace Gongkai.Web.Documents;

/// <summary>
/// Writes a notice or reply letter as DOCX in the official-document layout of GB/T 9704-2012:
/// the page of <see cref="OfficialPage"/> (A4, 版心 156 × 225 mm), title in 方正小标宋简体 22pt (二号), body in
/// 仿宋_GB2312 16pt (三号) on a grid of 22 lines × 28 characters, issuer and date at the bottom right.
/// </summary>
public static class OfficialDocument
{
    private const string TitleFont = "方正小标宋简体";
    private const string BodyFont = "仿宋_GB2312";

    /// <summary>Builds the document. <paramref name="body"/> lines become paragraphs; the first line is the addressee, not indented.</summary>
    public static byte[] Write(string title, string body, string issuer, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var content = new Body();
            content.Append(Paragraph(title, TitleFont, 44, JustificationValues.Center, indent: false));
            content.Append(Paragraph("", BodyFont, 32, JustificationValues.Left, indent: false));
            var lines = body.Replace("\r", "", StringComparison.Ordinal).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                content.Append(Paragraph(lines[i], BodyFont, 32, JustificationValues.Both, indent: i > 0));
            }

            content.Append(Paragraph("", BodyFont, 32, JustificationValues.Left, indent: false));
            content.Append(Paragraph(issuer, BodyFont, 32, JustificationValues.Right, indent: false));
            content.Append(Paragraph(ChineseDate(date), BodyFont, 32, JustificationValues.Right, indent: false));
            var page = OfficialPage.Setup();
            page.Append(new DocGrid { Type = DocGridValues.LinesAndChars, LinePitch = OfficialPage.LinePitchTwips, CharacterSpace = 0 });
            content.Append(page);
            main.Document = new Document(content);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>2026年11月23日</summary>
    public static string ChineseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    private static Paragraph Paragraph(string text, string font, int halfPoints, JustificationValues justification, bool indent)
    {
        var properties = new ParagraphProperties(
            new SpacingBetweenLines { Line = OfficialPage.LinePitchTwips.ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
            new Justification { Val = justification });
        if (indent)
        {
            // Two characters of first-line indent, as official documents have.
            properties.Append(new Indentation { FirstLineChars = 200, FirstLine = (2 * halfPoints * 10).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var run = new Run(
            new RunProperties(
                new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font },
                new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return new Paragraph(properties, run);
    }
}
