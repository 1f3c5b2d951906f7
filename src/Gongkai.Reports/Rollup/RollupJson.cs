using System.Text.Json;
using Gongkai.Reports.Formats.Json;

namespace Gongkai.Reports.Rollup;

/// <summary>
/// The JSON of a roll-up, the same from the CLI and the web: <c>{"report": &lt;the sum as canonical
/// report JSON&gt;, "included": [files], "excluded": [{"file", "reason"}]}</c>.
/// </summary>
public static class RollupJson
{
    public static void Write(Utf8JsonWriter w, RollupResult rollup)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(rollup);
        w.WriteStartObject();
        w.WritePropertyName("report");
        ReportJson.Write(w, rollup.Sum, rollup.Findings);
        w.WriteStartArray("included");
        foreach (var f in rollup.Included) w.WriteStringValue(f);
        w.WriteEndArray();
        w.WriteStartArray("excluded");
        foreach (var e in rollup.Excluded)
        {
            w.WriteStartObject();
            w.WriteString("file", e.Source);
            w.WriteString("reason", e.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static string ToJson(RollupResult rollup)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, ReportJson.WriterOptions)) Write(w, rollup);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
