using System.Text.Json;

namespace Gongkai.Reports.Tests.Reading;

/// <summary>Compares the cells of two canonical report JSONs, as the conformance tool scores them.</summary>
internal static class CellComparison
{
    public static readonly string[] Keys = ["format", "agency", "year", "publishedOn", "active", "requests", "reviewAndLitigation"];

    /// <summary>
    /// Every cell of <paramref name="want"/> that <paramref name="got"/> has otherwise. With
    /// <paramref name="allowUnread"/>, a cell the reader said it could not read may be null.
    /// </summary>
    public static List<string> Differences(JsonDocument want, JsonDocument got, IReadOnlySet<string> unread, bool allowUnread)
    {
        var differences = new List<string>();
        foreach (var key in Keys)
            if (want.RootElement.TryGetProperty(key, out var w))
                Compare(key, w, got.RootElement.TryGetProperty(key, out var g) ? g : null, differences, allowUnread ? unread : new HashSet<string>());
        return differences;
    }

    private static void Compare(string path, JsonElement want, JsonElement? got, List<string> differences, IReadOnlySet<string> unread)
    {
        if (got is not JsonElement g || g.ValueKind == JsonValueKind.Null && want.ValueKind != JsonValueKind.Null)
        {
            if (!unread.Contains(path)) differences.Add($"{path}: want {want}, got {(got is null ? "<missing>" : "null")}");
            return;
        }
        switch (want.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in want.EnumerateObject())
                    if (p.Name != "columns")
                        Compare($"{path}.{p.Name}", p.Value, g.ValueKind == JsonValueKind.Object && g.TryGetProperty(p.Name, out var x) ? x : null, differences, unread);
                break;
            case JsonValueKind.Array:
                var items = want.EnumerateArray().ToList();
                for (int i = 0; i < items.Count; i++)
                    Compare($"{path}[{i}]", items[i], g.ValueKind == JsonValueKind.Array && i < g.GetArrayLength() ? g[i] : null, differences, unread);
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
