using System.Text;
using System.Text.Json;
using Gongkai.Reports.Formats.Docx;
using Gongkai.Reports.Formats.Html;
using Gongkai.Reports.Formats.Json;
using Gongkai.Reports.Formats.Text;
using Gongkai.Reports.Tests.Formats;
using Gongkai.Reports.Tests.Formats.Pdf;

namespace Gongkai.Reports.Tests.Reading;

/// <summary>
/// Every seed, rendered to every supported format, reads to the same cells as the seed itself
/// (which are the truth's), and no rendering adds a finding the seed does not have. Text laid out
/// with spaces loses blank cells for good where no full row shows the columns: there a cell may be
/// unread (and said so), but never read wrong.
/// </summary>
public class FormatMatrixTests
{
    public static readonly string[] Formats = ["txt", "flattened", "layout", "md", "html", "docx", "pdf"];

    public static TheoryData<string, string> SeedsByFormat()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in SampleReports.SeedFiles.Select(Path.GetFileName))
            foreach (var format in Formats) data.Add(seed!, format);
        return data;
    }

    internal static async Task<(byte[] Bytes, string Name)> Render(string seedPath, string format)
    {
        var report = AnnualReports.Read(seedPath).Report!;
        TextSource.TryDecode(File.ReadAllBytes(seedPath), out string text);
        var blocks = TextSource.Parse(text).Document!;
        byte[] Utf8(string s) => new UTF8Encoding(false).GetBytes(s);
        switch (format)
        {
            case "txt": return (Utf8(Renderings.Text(blocks)), "report.txt");
            case "flattened": return (Utf8(Renderings.Flattened(blocks)), "report.txt");
            case "layout": return (Utf8(Renderings.Layout(blocks)), "report.txt");
            case "md": return (Utf8(Renderings.Markdown(blocks)), "report.md");
            case "html": return (Utf8(HtmlWriter.ToHtml(report, [])), "report.html");
            case "docx":
                using (var stream = new MemoryStream()) { DocxWriter.Write(report, stream); return (stream.ToArray(), "report.docx"); }
            default: return (await Chromium.PrintAsync(HtmlWriter.ToHtml(report, [])), "report.pdf");
        }
    }

    [Theory]
    [MemberData(nameof(SeedsByFormat))]
    public async Task A_seed_in_any_format_reads_to_the_same_cells(string seed, string format)
    {
        string path = Path.Combine(TestFiles.Seeds, seed);
        var original = AnnualReports.Read(path).Report!;
        var (bytes, name) = await Render(path, format);
        var read = AnnualReports.Read(bytes, name);
        Assert.True(read.Succeeded, read.Error?.Message);
        var differences = CellComparison.Differences(Cells(original), Cells(read.Report!), read.Report!.UnreadCells, allowUnread: format == "layout");
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Theory]
    [MemberData(nameof(SeedsByFormat))]
    public async Task A_seed_in_any_format_has_no_finding_the_seed_has_not(string seed, string format)
    {
        string path = Path.Combine(TestFiles.Seeds, seed);
        var original = AnnualReports.Read(path).Report!;
        var (bytes, name) = await Render(path, format);
        var read = AnnualReports.Read(bytes, name).Report!;
        static IEnumerable<string> Keys(Gongkai.Reports.Model.AnnualReport r) =>
            AnnualReports.Check(r).Where(f => f.IsAssessed).Select(f => $"{f.Rule} {f.Where}");
        Assert.Empty(Keys(read).Except(Keys(original)));
    }

    private static JsonDocument Cells(Gongkai.Reports.Model.AnnualReport report) => JsonDocument.Parse(ReportJson.ToJson(report));
}
