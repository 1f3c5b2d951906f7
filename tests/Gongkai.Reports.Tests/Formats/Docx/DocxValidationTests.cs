using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Gongkai.Reports.Tests.Formats.Docx;

public class DocxValidationTests
{
    private static void AssertValid(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(SampleReports.Names), MemberType = typeof(SampleReports))]
    public void A_written_report_is_a_valid_open_xml_document(string sample)
    {
        AssertValid(DocxRoundTripTests.ToDocx(SampleReports.Get(sample)));
    }

    [Theory]
    [MemberData(nameof(DocxRoundTripTests.Seeds), MemberType = typeof(DocxRoundTripTests))]
    public void A_seed_written_as_docx_is_a_valid_open_xml_document(string seed)
    {
        AssertValid(DocxRoundTripTests.ToDocx(AnnualReports.Read(SeedFiles.Path(seed)).Report!));
    }
}
