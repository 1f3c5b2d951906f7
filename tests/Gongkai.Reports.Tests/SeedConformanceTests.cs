using System.Text.Json;
using Gongkai.Reports.Formats.Json;

namespace Gongkai.Reports.Tests;

/// <summary>Every cell and every finding of the five real reports, exactly as in shared/truth.</summary>
public class SeedConformanceTests
{
    public static TheoryData<string> TruthFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(TestFiles.Truth, "*.json").Order()) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(TruthFiles))]
    public void Seed_reads_every_cell_as_the_truth_has_it(string truthFile)
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestFiles.Truth, truthFile)));
        using var got = ReadSeed(truth);
        var differences = new List<string>();
        foreach (var key in new[] { "format", "agency", "year", "publishedOn", "active", "requests", "reviewAndLitigation" })
            Compare(key, truth.RootElement.GetProperty(key), got.RootElement.TryGetProperty(key, out var g) ? g : (JsonElement?)null, differences);
        Assert.Empty(differences);
    }

    [Theory]
    [MemberData(nameof(TruthFiles))]
    public void Seed_findings_are_exactly_the_truth_findings(string truthFile)
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestFiles.Truth, truthFile)));
        using var got = ReadSeed(truth);
        static string Key(JsonElement f) => $"{f.GetProperty("rule").GetString()} {(f.TryGetProperty("where", out var w) ? w.GetString() : "")}";
        var want = truth.RootElement.GetProperty("findings").EnumerateArray().Select(Key).Order().ToList();
        var have = got.RootElement.GetProperty("findings").EnumerateArray().Select(Key).Order().ToList();
        Assert.Equal(want, have);
    }

    private static JsonDocument ReadSeed(JsonDocument truth)
    {
        var result = AnnualReports.Read(Path.Combine(TestFiles.Seeds, truth.RootElement.GetProperty("file").GetString()!));
        Assert.NotNull(result.Report);
        return JsonDocument.Parse(ReportJson.ToJson(result.Report, AnnualReports.Check(result.Report)));
    }

    private static void Compare(string path, JsonElement want, JsonElement? got, List<string> differences)
    {
        if (got is not JsonElement g) { differences.Add($"{path}: missing"); return; }
        switch (want.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in want.EnumerateObject())
                    if (p.Name != "columns")
                        Compare($"{path}.{p.Name}", p.Value, g.ValueKind == JsonValueKind.Object && g.TryGetProperty(p.Name, out var x) ? x : null, differences);
                break;
            case JsonValueKind.Array:
                var items = want.EnumerateArray().ToList();
                for (int i = 0; i < items.Count; i++)
                    Compare($"{path}[{i}]", items[i], g.ValueKind == JsonValueKind.Array && i < g.GetArrayLength() ? g[i] : null, differences);
                break;
            case JsonValueKind.Number:
                if (g.ValueKind != JsonValueKind.Number || g.GetDecimal() != want.GetDecimal()) differences.Add($"{path}: want {want}, got {g}");
                break;
            default:
                if (want.ToString() != g.ToString() || want.ValueKind != g.ValueKind) differences.Add($"{path}: want {want}, got {g}");
                break;
        }
    }
}
