using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Reports.Formats.Docx;

/// <summary>
/// The page of GB/T 9704-2012 (党政机关公文格式, 5.2): A4, 天头 (top margin) 37 mm, 订口 (left margin)
/// 28 mm, 版心 (text block) 156 × 225 mm, so the bottom margin is 35 mm and the right 26 mm; 22 lines a
/// page. The annual report and the desk's notices are both set on it.
/// </summary>
public static class OfficialPage
{
    /// <summary>A4 width in millimetres.</summary>
    public const double WidthMm = 210;

    /// <summary>A4 height in millimetres.</summary>
    public const double HeightMm = 297;

    /// <summary>天头: 37 mm ± 1 mm.</summary>
    public const double TopMarginMm = 37;

    /// <summary>订口: 28 mm ± 1 mm.</summary>
    public const double LeftMarginMm = 28;

    /// <summary>版心 width: 156 mm.</summary>
    public const double TextWidthMm = 156;

    /// <summary>版心 height: 225 mm (page number not included).</summary>
    public const double TextHeightMm = 225;

    /// <summary>What is left below the text block: 35 mm.</summary>
    public const double BottomMarginMm = HeightMm - TopMarginMm - TextHeightMm;

    /// <summary>What is left right of the text block: 26 mm.</summary>
    public const double RightMarginMm = WidthMm - LeftMarginMm - TextWidthMm;

    /// <summary>Lines of body text on a page (5.2.2: 22 lines of 28 characters).</summary>
    public const int LinesPerPage = 22;

    /// <summary>The text block's width in twips (twentieths of a point), for table grids.</summary>
    public static int TextWidthTwips => Twips.FromMm(WidthMm) - Twips.FromMm(LeftMarginMm) - Twips.FromMm(RightMarginMm);

    /// <summary>The height of one of the <see cref="LinesPerPage"/> lines in twips, for a document grid (w:docGrid).</summary>
    public static int LinePitchTwips => Twips.FromMm(TextHeightMm) / LinesPerPage;

    /// <summary>
    /// The section properties of an official page: size and margins. <paramref name="footerId"/> names a page-number footer part, if any; the
    /// footer sits so that the page number is about 7 mm below the text block (7.5).
    /// </summary>
    public static SectionProperties Setup(string? footerId = null)
    {
        var properties = new SectionProperties();
        if (footerId is not null)
        {
            properties.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = footerId });
        }

        properties.Append(
            new PageSize { Width = (uint)Twips.FromMm(WidthMm), Height = (uint)Twips.FromMm(HeightMm) },
            new PageMargin
            {
                Top = Twips.FromMm(TopMarginMm),
                Bottom = Twips.FromMm(BottomMarginMm),
                Left = (uint)Twips.FromMm(LeftMarginMm),
                Right = (uint)Twips.FromMm(RightMarginMm),
                Header = 851,
                Footer = (uint)Twips.FromMm(23),
                Gutter = 0,
            });
        return properties;
    }
}
