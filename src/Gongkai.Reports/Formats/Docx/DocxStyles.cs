using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Reports.Formats.Docx;

using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>
/// The styles of an official document (GB/T 9704): 二号小标宋 title, 三号仿宋 body with 28-point
/// lines and a two-character indent, 三号黑体 first-level and 三号楷体 second-level headings,
/// 五号仿宋 in tables so seven columns fit, 四号 page numbers in the "— 1 —" form.
/// </summary>
internal static class DocxStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string TableText = "TableText";
    public const string TableLabel = "TableLabel";
    public const string Signature = "Signature";
    private const string FooterStyle = "Footer";

    private const string TitleFont = "方正小标宋简体";
    private const string BodyFont = "仿宋_GB2312";
    private const string HeadingFont = "黑体";
    private const string SubheadingFont = "楷体";
    private const string PageNumberFont = "宋体";

    // Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt.
    private const int Size2 = 44, Size3 = 32, Size4 = 28, Size5 = 21;

    public static void Add(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(BodyFont), new FontSize { Val = "32" },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle())),
            Paragraph(Normal, "Normal", null, Size3, BodyFont, p =>
            {
                p.SpacingBetweenLines = new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" };
                p.Indentation = new Indentation { FirstLineChars = 200, FirstLine = "640" };
                p.Justification = new Justification { Val = JustificationValues.Both };
            }, isDefault: true),
            Paragraph(Title, "Title", Normal, Size2, TitleFont, p =>
            {
                p.SpacingBetweenLines = new SpacingBetweenLines { Line = "700", LineRule = LineSpacingRuleValues.Exact };
                p.Indentation = new Indentation { FirstLineChars = 0, FirstLine = "0" };
                p.Justification = new Justification { Val = JustificationValues.Center };
            }),
            Paragraph(Heading1, "heading 1", Normal, Size3, HeadingFont, p =>
            {
                p.KeepNext = new KeepNext();
                p.OutlineLevel = new OutlineLevel { Val = 0 };
            }),
            Paragraph(Heading2, "heading 2", Normal, Size3, SubheadingFont, p =>
            {
                p.KeepNext = new KeepNext();
                p.OutlineLevel = new OutlineLevel { Val = 1 };
            }),
            Paragraph(TableText, "Table Text", Normal, Size5, BodyFont, p =>
            {
                p.SpacingBetweenLines = new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto, Before = "0", After = "0" };
                p.Indentation = new Indentation { FirstLineChars = 0, FirstLine = "0" };
                p.Justification = new Justification { Val = JustificationValues.Center };
            }),
            Paragraph(TableLabel, "Table Label", TableText, Size5, BodyFont, p =>
                p.Justification = new Justification { Val = JustificationValues.Left }),
            Paragraph(Signature, "Signature", Normal, Size3, BodyFont, p =>
            {
                p.Indentation = new Indentation { FirstLineChars = 0, FirstLine = "0", Right = "1280" };
                p.Justification = new Justification { Val = JustificationValues.Right };
            }),
            Paragraph(FooterStyle, "footer", Normal, Size4, PageNumberFont, p =>
            {
                p.SpacingBetweenLines = new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto };
                p.Indentation = new Indentation { FirstLineChars = 0, FirstLine = "0" };
                p.Justification = new Justification { Val = JustificationValues.Center };
            }));
        AddFontTable(main);
    }

    /// <summary>Sets the font for Latin and East Asian text alike, so digits match the characters around them.</summary>
    private static RunFonts Fonts(string font) => new() { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font };

    private static Style Paragraph(string id, string name, string? basedOn, int halfPoints, string font,
        Action<StyleParagraphProperties> paragraph, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        style.Append(new PrimaryStyle());
        var p = new StyleParagraphProperties();
        paragraph(p);
        style.Append(p);
        style.Append(new StyleRunProperties(Fonts(font), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        return style;
    }

    /// <summary>Names the GB2312-era fonts with the names current Windows ships (仿宋, 楷体) as alternates.</summary>
    private static void AddFontTable(MainDocumentPart main)
    {
        var part = main.AddNewPart<FontTablePart>();
        static Font Font(string name, string? alt)
        {
            var f = new Font { Name = name };
            if (alt is not null) f.Append(new AltName { Val = alt });
            f.Append(new FontCharSet { Val = "86" }, new FontFamily { Val = FontFamilyValues.Modern }, new Pitch { Val = FontPitchValues.Fixed });
            return f;
        }
        part.Fonts = new Fonts(Font(BodyFont, "仿宋"), Font(TitleFont, "华文中宋"), Font(HeadingFont, null), Font(SubheadingFont, "楷体_GB2312"), Font(PageNumberFont, null));
    }

    /// <summary>A footer with the page number between dashes: "— 1 —".</summary>
    public static string AddPageNumberFooter(MainDocumentPart main)
    {
        var part = main.AddNewPart<FooterPart>();
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = FooterStyle } },
            new Run(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
        return main.GetIdOfPart(part);
    }
}
