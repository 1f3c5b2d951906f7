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

    private static readonly SemaphoreSlim PrintGate = new(1);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), Lazy<Task<(byte[], string)>>> Rendered = new();

    /// <summary>A seed in a format, rendered once per test run (a PDF takes Chromium seconds).</summary>
    internal static Task<(byte[] Bytes, string Name)> Render(string seedPath, string format) =>
        Rendered.GetOrAdd((seedPath, format), key => new(() => RenderNow(key.Item1, key.Item2))).Value;

    private static async Task<(byte[] Bytes, string Name)> RenderNow(string seedPath, string format)
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
            default:
                // One Chromium at a time: five at once on a shared two-core machine run past the print timeout.
                await PrintGate.WaitAsync();
                try { return (await Chromium.PrintAsync(HtmlWriter.ToHtml(report, [])), "report.pdf"); }
                finally { PrintGate.Release(); }
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

/// <summary>Writes the renderings of the seeds into Fixtures/Conformance when GONGKAI_WRITE_FIXTURES=1 (then review them by hand).</summary>
public class ConformanceFixtureWriter
{
    [Fact]
    public async Task Renderings_are_written_when_asked()
    {
        if (Environment.GetEnvironmentVariable("GONGKAI_WRITE_FIXTURES") != "1") return;
        string folder = Path.Combine(SampleReports.FixtureSourceFolder("Conformance"), "inputs");
        Directory.CreateDirectory(folder);
        foreach (var seed in SampleReports.SeedFiles)
            foreach (var (format, ext) in new[] { ("flattened", "flattened.txt"), ("layout", "spaced.txt"), ("md", "ocr.md") })
            {
                var (bytes, _) = await FormatMatrixTests.Render(seed, format);
                await File.WriteAllBytesAsync(Path.Combine(folder, $"{Path.GetFileName(seed)[..3]}-{ext}"), bytes);
            }
    }
}
