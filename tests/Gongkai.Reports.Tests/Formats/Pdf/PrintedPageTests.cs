using System.Text.Json.Nodes;
using Gongkai.Reports.Formats.Pdf;
using Gongkai.Reports.Formats.Json;
using Gongkai.Reports.Reading;
using Gongkai.Reports.Tests.Formats.Html;

namespace Gongkai.Reports.Tests.Formats.Pdf;

/// <summary>
/// The agency pages of the HTML fixtures printed to PDF by Chromium, as they are when saved from a
/// browser: bordered and borderless tables, labels wrapped in narrow cells, numbers centred beside
/// them. Every table reads as the page itself does. (The site's menus and footers print too, and
/// stand before the title and after the 落款, so the title and date are not compared.)
/// </summary>
public class PrintedPageTests
{
    [Theory]
    [MemberData(nameof(HtmlFixtureTests.Pages), MemberType = typeof(HtmlFixtureTests))]
    public async Task An_agency_page_printed_to_pdf_reads_with_the_tables_of_the_page(string page)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Html");
        var source = PdfSource.Read(await Chromium.PrintAsync(await File.ReadAllBytesAsync(Path.Combine(folder, page))));
        var report = FormReader.Read(source.Document!).Report!;
        var actual = JsonNode.Parse(ReportJson.ToJson(report))!;
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, Path.ChangeExtension(page, ".json"))))!;
        foreach (string key in new[] { "format", "active", "requests", "reviewAndLitigation" })
            Assert.True(JsonNode.DeepEquals(expected[key], actual[key]), $"{key}: {actual[key]?.ToJsonString()}");
    }
}
