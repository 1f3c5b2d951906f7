using System.Text.Json.Nodes;
using Gongkai.Reports.Formats.Json;

namespace Gongkai.Reports.Tests.Formats.Html;

/// <summary>
/// Pages in the styles agencies publish (layout tables, Word-exported cells, site menus, units in
/// cells), each beside the canonical JSON it must read as. Set GONGKAI_WRITE_EXPECTED=1 to write
/// a missing expectation, then review it by hand.
/// </summary>
public class HtmlFixtureTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Html");

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Folder, "*.html").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Published_page_reads_as_its_expected_json(string page)
    {
        var result = AnnualReports.Read(File.ReadAllBytes(Path.Combine(Folder, page)), page);
        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Empty(result.Notes);
        string actual = ReportJson.ToJson(result.Report!, AnnualReports.Check(result.Report!));
        string expectedPath = Path.Combine(Folder, Path.ChangeExtension(page, ".json"));
        if (!File.Exists(expectedPath) && Environment.GetEnvironmentVariable("GONGKAI_WRITE_EXPECTED") == "1")
        {
            string source = Path.Combine(SampleReports.FixtureSourceFolder("Html"), Path.GetFileName(expectedPath));
            File.WriteAllText(source, actual + "\n");
        }
        var expected = JsonNode.Parse(File.ReadAllText(expectedPath));
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(actual)), actual);
    }
}
