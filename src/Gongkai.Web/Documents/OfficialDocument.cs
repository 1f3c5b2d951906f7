using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Web.Documents;

/// <summary>
/// Writes a notice or reply letter as DOCX in the official-document layout of GB/T 9704-2012:
/// A4, margins 37/35/28/26 mm (top/bottom/left/right), title in 方正小标宋简体 22pt (二号), body in
/// 仿宋_GB2312 16pt (三号) on a grid of 22 lines × 28 characters, issuer and date at the bottom right.
/// </summary>
public static class OfficialDocument
{
    private const string TitleFont = "方正小标宋简体";
    private const string BodyFont = "仿宋_GB2312";

    // Twips (1/20 pt; 1 mm = 56.7 twips).
    private const int PageWidth = 11906, PageHeight = 16838;
    private const int MarginTop = 2098, MarginBottom = 1984, MarginLeft = 1587, MarginRight = 1474;

    // 225 mm of text height / 22 lines = 28.95 pt a line.
    private const int LinePitch = 579;

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
            content.Append(new SectionProperties(
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = (uint)MarginLeft, Right = (uint)MarginRight, Header = 851, Footer = 992 },
                new DocGrid { Type = DocGridValues.LinesAndChars, LinePitch = LinePitch, CharacterSpace = 0 }));
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
            new SpacingBetweenLines { Line = LinePitch.ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
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
