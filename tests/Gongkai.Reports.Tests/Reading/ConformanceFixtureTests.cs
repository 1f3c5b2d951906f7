using System.Text.Json;
using Gongkai.Reports.Formats.Json;

namespace Gongkai.Reports.Tests.Reading;

/// <summary>
/// The conformance fixtures (Fixtures/Conformance: inputs and their truth, made by make-fixtures.py
/// from the seeds): every cell as the truth has it, or said to be unread; no finding the truth has
/// not; and every finding of the truth either found or resting on a cell the reader said it could not read.
/// </summary>
public class ConformanceFixtureTests
{
    private static string Folder => Path.Combine(TestFiles.Fixtures, "Conformance");

    public static TheoryData<string> Truths()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(Folder, "truth"), "*.json").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(f));
        return data;
    }

    private static (JsonDocument Truth, JsonDocument Got, IReadOnlySet<string> Unread) Read(string truthFile)
    {
        var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "truth", truthFile)));
        var result = AnnualReports.Read(Path.Combine(Folder, "inputs", truth.RootElement.GetProperty("file").GetString()!));
        Assert.True(result.Succeeded, result.Error?.Message);
        var report = result.Report!;
        return (truth, JsonDocument.Parse(ReportJson.ToJson(report, AnnualReports.Check(report))), report.UnreadCells);
    }

    private static IEnumerable<(string Rule, string Where)> Findings(JsonDocument doc, string property = "findings") =>
        doc.RootElement.TryGetProperty(property, out var list)
            ? list.EnumerateArray().Select(f => (f.GetProperty("rule").GetString()!, f.TryGetProperty("where", out var w) ? w.GetString()! : ""))
            : [];

    [Theory]
    [MemberData(nameof(Truths))]
    public void Every_cell_is_the_truth_or_said_to_be_unread(string truthFile)
    {
        var (truth, got, unread) = Read(truthFile);
        var differences = CellComparison.Differences(truth, got, unread, allowUnread: true);
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Theory]
    [MemberData(nameof(Truths))]
    public void No_finding_is_false(string truthFile)
    {
        var (truth, got, _) = Read(truthFile);
        Assert.Empty(Findings(got).Except(Findings(truth)));
    }

    [Theory]
    [MemberData(nameof(Truths))]
    public void A_finding_missed_rests_on_a_cell_the_reader_said_it_could_not_read(string truthFile)
    {
        var (truth, got, unread) = Read(truthFile);
        var notAssessable = Findings(got, "notAssessable").ToHashSet();
        var unexplained = Findings(truth).Except(Findings(got))
            .Where(f => !notAssessable.Contains(f) && !unread.Any(c => f.Where.Length > 0 && c.Contains($".{f.Where}", StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(unexplained);
    }
}
