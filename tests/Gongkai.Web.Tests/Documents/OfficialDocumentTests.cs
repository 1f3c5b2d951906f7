using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Reports.Formats.Docx;
using Gongkai.Web.Documents;

namespace Gongkai.Web.Tests.Documents;

public class OfficialDocumentTests
{
    [Fact]
    public void GbT9704_2012_notice_has_the_page_of_the_annual_report()
    {
        var docx = OfficialDocument.Write("政府信息公开申请补正告知书", "张三：\n请补正。", "某某局", new DateOnly(2026, 12, 4));
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var section = doc.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var page = OfficialPage.Setup();
        Assert.Equal(page.GetFirstChild<PageSize>()!.OuterXml, section.GetFirstChild<PageSize>()!.OuterXml);
        Assert.Equal(page.GetFirstChild<PageMargin>()!.OuterXml, section.GetFirstChild<PageMargin>()!.OuterXml);
    }
}
