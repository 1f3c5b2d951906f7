using DocumentFormat.OpenXml;
using Gongkai.Core.Requests;
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
    public static byte[] Write(string title, string body, string issuer, DateOnly date) =>
        Write(new Letter(issuer, null, title, body, date));

    /// <summary>
    /// Builds a letter in the 信函格式 of GB/T 9704: the issuer's name at the head, the 发文字号 at the
    /// top right, a rule, the title, the body (first line the addressee), the remedies paragraph, the
    /// 附件 list, the issuer and date at the bottom right with four characters of right space and room
    /// above them for the seal (bookmark <c>印章</c> marks its position for an electronic seal), and the
    /// 附注 with the contact.
    /// </summary>
    public static byte[] Write(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var content = new Body();
            if (letter.Number is { } number)
            {
                content.Append(Paragraph(letter.Issuer, TitleFont, 44, JustificationValues.Center, indent: false, color: "FF0000"));
                content.Append(Paragraph(number.ToString(), BodyFont, 32, JustificationValues.Right, indent: false));
                content.Append(Paragraph("", BodyFont, 16, JustificationValues.Left, indent: false, ruleBelow: true));
            }

            content.Append(Paragraph(letter.Title, TitleFont, 44, JustificationValues.Center, indent: false));
            content.Append(Paragraph("", BodyFont, 32, JustificationValues.Left, indent: false));
            var lines = letter.Body.Replace("\r", "", StringComparison.Ordinal).Split('\n').Where((l, i) => i == 0 || l.Length > 0).ToArray();
            for (var i = 0; i < lines.Length; i++)
            {
                content.Append(Paragraph(lines[i], BodyFont, 32, JustificationValues.Both, indent: i > 0));
            }

            if (letter.Remedies is { Length: > 0 } remedies)
            {
                content.Append(Paragraph(remedies, BodyFont, 32, JustificationValues.Both, indent: true));
            }

            if (letter.Attachments is { Count: > 0 } attachments)
            {
                content.Append(Paragraph("", BodyFont, 32, JustificationValues.Left, indent: false));
                for (var i = 0; i < attachments.Count; i++)
                {
                    var label = attachments.Count == 1 ? $"附件：{attachments[0]}" : i == 0 ? $"附件：1.{attachments[0]}" : $"　　　{i + 1}.{attachments[i]}";
                    content.Append(Paragraph(label, BodyFont, 32, JustificationValues.Left, indent: true));
                }
            }

            // Three empty lines: the seal presses on the issuer and the date (GB/T 9704 7.3.5.1).
            for (var i = 0; i < 3; i++)
            {
                content.Append(Paragraph("", BodyFont, 32, JustificationValues.Left, indent: false));
            }

            var issuer = Paragraph(letter.Issuer, BodyFont, 32, JustificationValues.Right, indent: false, rightChars: 4);
            issuer.InsertAfter(new BookmarkStart { Id = "0", Name = "印章" }, issuer.ParagraphProperties);
            issuer.Append(new BookmarkEnd { Id = "0" });
            content.Append(issuer);
            content.Append(Paragraph(ChineseDate(letter.Date), BodyFont, 32, JustificationValues.Right, indent: false, rightChars: 4));
            if (letter.Contact is { Length: > 0 } contact)
            {
                content.Append(Paragraph("", BodyFont, 32, JustificationValues.Left, indent: false));
                content.Append(Paragraph($"（{contact}）", BodyFont, 32, JustificationValues.Left, indent: true));
            }
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

    private static Paragraph Paragraph(string text, string font, int halfPoints, JustificationValues justification, bool indent,
        string? color = null, int rightChars = 0, bool ruleBelow = false)
    {
        // Children in the order of the schema (pBdr, spacing, ind, jc; rFonts, color, sz, szCs).
        var properties = new ParagraphProperties();
        if (ruleBelow)
        {
            properties.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Color = "FF0000", Size = 12, Space = 1 }));
        }

        properties.Append(new SpacingBetweenLines { Line = LinePitch.ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" });
        if (indent)
        {
            // Two characters of first-line indent, as official documents have.
            properties.Append(new Indentation { FirstLineChars = 200, FirstLine = (2 * halfPoints * 10).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        else if (rightChars > 0)
        {
            properties.Append(new Indentation { RightChars = rightChars * 100, Right = (rightChars * halfPoints * 10).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        properties.Append(new Justification { Val = justification });
        var runProperties = new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font });
        if (color is not null)
        {
            runProperties.Append(new Color { Val = color });
        }

        runProperties.Append(
            new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Paragraph(properties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
