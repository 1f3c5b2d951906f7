using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Reports.Tests.Formats.Docx;

/// <summary>GB/T 9704-2012 5.2: A4, 天头 37 mm ± 1, 订口 28 mm ± 1, 版心 156 × 225 mm.</summary>
public class OfficialPageTests
{
    /// <summary>Checks a DOCX's page against the standard, in millimetres.</summary>
    private static void AssertGbT9704Page(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var section = doc.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        static double Mm(double twips) => twips * 25.4 / 1440;
        Assert.Equal(210, Mm(size.Width!.Value), 0.5);
        Assert.Equal(297, Mm(size.Height!.Value), 0.5);
        Assert.Equal(37, Mm(margin.Top!.Value), 1.0);
        Assert.Equal(28, Mm(margin.Left!.Value), 1.0);
        Assert.Equal(156, Mm(size.Width!.Value - margin.Left!.Value - margin.Right!.Value), 0.5);
        Assert.Equal(225, Mm(size.Height!.Value - margin.Top!.Value - margin.Bottom!.Value), 0.5);
    }

    [Fact]
    public void GbT9704_2012_annual_report_docx_is_on_the_official_page()
    {
        AssertGbT9704Page(DocxRoundTripTests.ToDocx(SampleReports.V2021()));
    }
}
