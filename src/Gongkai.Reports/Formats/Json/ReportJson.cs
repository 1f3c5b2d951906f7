using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Reports.Model;
using Gongkai.Reports.Reading;
using Gongkai.Reports.Rules;

namespace Gongkai.Reports.Formats.Json;

/// <summary>
/// The canonical JSON of a report (shared/spec/report-json.md): what `report check --json` and
/// `report convert --to json` print and what the API returns. Reading it back gives the same model.
/// </summary>
public static class ReportJson
{
    public static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one report object; <paramref name="file"/> and <paramref name="findings"/> are optional.</summary>
    public static void Write(Utf8JsonWriter w, AnnualReport report, IReadOnlyList<Finding>? findings = null,
        string? file = null, IReadOnlyList<ReadingNote>? notes = null)
    {
        w.WriteStartObject();
        if (file is not null) w.WriteString("file", file);
        w.WriteString("format", report.Format.ToString());
        WriteNullable(w, "agency", report.Agency);
        if (report.Year is int y) w.WriteNumber("year", y); else w.WriteNull("year");
        WriteNullable(w, "publishedOn", report.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteActive(w, report.Active);
        WriteRequests(w, report);
        if (report.ReviewAndLitigation is { } remedies)
        {
            w.WriteStartObject("reviewAndLitigation");
            foreach (var (group, counts) in remedies.Groups)
            {
                w.WriteStartObject(group.Key());
                for (int i = 0; i < 5; i++) WriteNumber(w, RemedyCounts.Keys[i], counts.Cells[i]);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteStartArray("preface");
        foreach (var p in report.Preface) w.WriteStringValue(p);
        w.WriteEndArray();
        w.WriteStartArray("sections");
        foreach (var s in report.Sections)
        {
            w.WriteStartObject();
            w.WriteString("number", s.Number.ToString());
            w.WriteString("heading", s.Heading);
            w.WriteStartArray("paragraphs");
            foreach (var p in s.Paragraphs) w.WriteStringValue(p);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (findings is not null)
        {
            w.WriteStartArray("findings");
            foreach (var f in findings)
            {
                w.WriteStartObject();
                w.WriteString("rule", f.Rule);
                w.WriteString("severity", f.SeverityName);
                if (f.Where is not null) w.WriteString("where", f.Where);
                if (f.Expected is decimal e) w.WriteNumber("expected", e);
                if (f.Actual is decimal a) w.WriteNumber("actual", a);
                w.WriteString("message", f.Message);
                if (f.Cells.Count > 0)
                {
                    w.WriteStartArray("cells");
                    foreach (var c in f.Cells) w.WriteStringValue(c);
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        if (notes is { Count: > 0 })
        {
            w.WriteStartArray("readingNotes");
            foreach (var n in notes)
            {
                w.WriteStartObject();
                w.WriteString("table", n.Table);
                w.WriteString("message", n.Message);
                if (n.Line is int line) w.WriteNumber("line", line);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    public static string ToJson(AnnualReport report, IReadOnlyList<Finding>? findings = null)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions)) Write(w, report, findings);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, int? value)
    {
        if (value is int v) w.WriteNumber(name, v); else w.WriteNull(name);
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is decimal v) w.WriteNumber(name, Labels.Canonical(v)); else w.WriteNull(name);
    }

    private static void WriteActive(Utf8JsonWriter w, ActiveDisclosure a)
    {
        w.WriteStartObject("active");
        Documents(w, "regulations", a.Regulations);
        Documents(w, "normativeDocuments", a.NormativeDocuments);
        Decisions(w, "licensing", a.Licensing);
        Decisions(w, "otherServices", a.OtherServices);
        Decisions(w, "penalty", a.Penalty);
        Decisions(w, "coercion", a.Coercion);
        if (a.Fees is { } f)
        {
            w.WriteStartObject("fees");
            if (f.Layout == ReportFormat.V2021) WriteNumber(w, "amountTenThousandYuan", f.AmountTenThousandYuan);
            else { WriteNumber(w, "previousItems", f.PreviousItems); WriteNumber(w, "change", f.Change); }
            w.WriteEndObject();
        }
        if (a.Procurement is { } p)
        {
            w.WriteStartObject("procurement");
            WriteNumber(w, "projects", p.Projects);
            WriteNumber(w, "amountTenThousandYuan", p.AmountTenThousandYuan);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void Documents(Utf8JsonWriter w, string name, DocumentCounts? d)
    {
        if (d is null) return;
        w.WriteStartObject(name);
        if (d.Layout == ReportFormat.V2021)
        { WriteNumber(w, "issued", d.Issued); WriteNumber(w, "repealed", d.Repealed); WriteNumber(w, "inForce", d.InForce); }
        else
        { WriteNumber(w, "made", d.Made); WriteNumber(w, "published", d.Published); WriteNumber(w, "totalPublished", d.TotalPublished); }
        w.WriteEndObject();
    }

    private static void Decisions(Utf8JsonWriter w, string name, DecisionCounts? d)
    {
        if (d is null) return;
        w.WriteStartObject(name);
        if (d.Layout == ReportFormat.V2019) { WriteNumber(w, "previousItems", d.PreviousItems); WriteNumber(w, "change", d.Change); }
        WriteNumber(w, "decisions", d.Decisions);
        w.WriteEndObject();
    }

    private static void WriteRequests(Utf8JsonWriter w, AnnualReport report)
    {
        w.WriteStartObject("requests");
        w.WriteStartArray("columns");
        foreach (var c in ApplicantColumns.All) w.WriteStringValue(c.ToString());
        w.WriteEndArray();
        if (report.RequestsLayout is ReportFormat layout) w.WriteString("layout", layout.ToString());
        w.WriteStartObject("rows");
        foreach (var row in report.Requests.Rows)
        {
            w.WriteStartArray(row.Key());
            foreach (var c in ApplicantColumns.All)
                if (report.Requests[row, c] is int v) w.WriteNumberValue(v); else w.WriteNullValue();
            w.WriteEndArray();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Reads a canonical report object (the inverse of <see cref="Write"/>).</summary>
    public static ReadResult Read(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16, CommentHandling = JsonCommentHandling.Skip });
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > 0) root = root[0];
            if (root.ValueKind != JsonValueKind.Object)
                return ReadResult.Fail("json", "JSON 文件不是年度报告对象", "JSON root is not an object.");
            return new ReadResult { Report = FromElement(root) };
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            return ReadResult.Fail("json", $"JSON 文件格式不对：{e.Message}", $"Invalid report JSON: {e.Message}");
        }
    }

    private static AnnualReport FromElement(JsonElement r)
    {
        var requests = new RequestTable();
        ReportFormat? layout = null;
        if (r.TryGetProperty("requests", out var req))
        {
            if (req.TryGetProperty("layout", out var l) && l.ValueKind == JsonValueKind.String) layout = Enum.Parse<ReportFormat>(l.GetString()!);
            foreach (var row in req.GetProperty("rows").EnumerateObject())
            {
                if (!RequestRows.TryParseKey(row.Name, out var key)) throw new FormatException($"unknown row {row.Name}");
                requests.SetRow(key, [.. row.Value.EnumerateArray().Select(Int)]);
            }
        }
        ReviewAndLitigation? remedies = null;
        if (r.TryGetProperty("reviewAndLitigation", out var rl) && rl.ValueKind == JsonValueKind.Object)
        {
            RemedyCounts Group(string name) => rl.TryGetProperty(name, out var g)
                ? RemedyCounts.FromCells([.. RemedyCounts.Keys.Select(k => g.TryGetProperty(k, out var v) ? Int(v) : null)])
                : RemedyCounts.Blank;
            remedies = new(Group("review"), Group("lawsuitDirect"), Group("lawsuitAfterReview"));
        }
        var sections = new List<ReportSection>();
        if (r.TryGetProperty("sections", out var ss))
            foreach (var s in ss.EnumerateArray())
                sections.Add(new ReportSection(Enum.Parse<SectionNumber>(s.GetProperty("number").GetString()!), s.GetProperty("heading").GetString()!,
                    [.. s.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!)]));
        return new AnnualReport
        {
            Format = Enum.Parse<ReportFormat>(r.GetProperty("format").GetString()!),
            Agency = r.TryGetProperty("agency", out var a) ? a.GetString() : null,
            Year = r.TryGetProperty("year", out var y) ? Int(y) : null,
            PublishedOn = r.TryGetProperty("publishedOn", out var p) && p.ValueKind == JsonValueKind.String
                ? DateOnly.ParseExact(p.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Active = r.TryGetProperty("active", out var act) ? ActiveFrom(act) : new(),
            Requests = requests,
            RequestsLayout = layout,
            ReviewAndLitigation = remedies,
            Preface = r.TryGetProperty("preface", out var pf) ? [.. pf.EnumerateArray().Select(x => x.GetString()!)] : [],
            Sections = sections,
        };
    }

    private static int? Int(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt32();

    private static decimal? Dec(JsonElement o, string name) =>
        o.TryGetProperty(name, out var e) && e.ValueKind != JsonValueKind.Null ? e.GetDecimal() : null;

    private static int? Int(JsonElement o, string name) => o.TryGetProperty(name, out var e) ? Int(e) : null;

    private static ActiveDisclosure ActiveFrom(JsonElement a)
    {
        DocumentCounts? Docs(string name) => a.TryGetProperty(name, out var d)
            ? d.TryGetProperty("issued", out _) || d.TryGetProperty("inForce", out _)
                ? new DocumentCounts(ReportFormat.V2021) { Issued = Int(d, "issued"), Repealed = Int(d, "repealed"), InForce = Int(d, "inForce") }
                : new DocumentCounts(ReportFormat.V2019) { Made = Int(d, "made"), Published = Int(d, "published"), TotalPublished = Int(d, "totalPublished") }
            : null;
        DecisionCounts? Decisions(string name) => a.TryGetProperty(name, out var d)
            ? new DecisionCounts(d.TryGetProperty("previousItems", out _) ? ReportFormat.V2019 : ReportFormat.V2021)
            { PreviousItems = Int(d, "previousItems"), Change = Int(d, "change"), Decisions = Int(d, "decisions") }
            : null;
        FeeFigures? fees = a.TryGetProperty("fees", out var f)
            ? f.TryGetProperty("amountTenThousandYuan", out _)
                ? new FeeFigures(ReportFormat.V2021) { AmountTenThousandYuan = Dec(f, "amountTenThousandYuan") }
                : new FeeFigures(ReportFormat.V2019) { PreviousItems = Int(f, "previousItems"), Change = Int(f, "change") }
            : null;
        ProcurementFigures? procurement = a.TryGetProperty("procurement", out var p)
            ? new ProcurementFigures { Projects = Int(p, "projects"), AmountTenThousandYuan = Dec(p, "amountTenThousandYuan") }
            : null;
        return new ActiveDisclosure
        {
            Regulations = Docs("regulations"), NormativeDocuments = Docs("normativeDocuments"),
            Licensing = Decisions("licensing"), OtherServices = Decisions("otherServices"),
            Penalty = Decisions("penalty"), Coercion = Decisions("coercion"), Fees = fees, Procurement = procurement,
        };
    }
}
