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
        if (report.ReviewAndLitigation is { } appeals)
        {
            w.WriteStartObject("reviewAndLitigation");
            foreach (var (group, counts) in appeals.Groups)
            {
                w.WriteStartObject(group.Key());
                for (int i = 0; i < 5; i++) WriteNumber(w, AppealCounts.Keys[i], counts.Cells[i]);
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
            foreach (var f in findings.Where(f => f.IsAssessed))
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
        if (findings is not null && findings.Any(f => !f.IsAssessed))
        {
            // Rules that could not be judged are not findings: they say what the reader could not see.
            w.WriteStartArray("notAssessable");
            foreach (var f in findings.Where(f => !f.IsAssessed))
            {
                w.WriteStartObject();
                w.WriteString("rule", f.Rule);
                if (f.Where is not null) w.WriteString("where", f.Where);
                w.WriteString("reason", f.Message);
                w.WriteStartArray("cells");
                foreach (var c in f.Cells) w.WriteStringValue(c);
                w.WriteEndArray();
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
                if (n.Cells.Count > 0)
                {
                    w.WriteStartArray("cells");
                    foreach (var c in n.Cells) w.WriteStringValue(c);
                    w.WriteEndArray();
                }
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

    /// <summary>The most reports one JSON file may hold (a folder check of every agency in a province is a few hundred).</summary>
    public const int MaxReports = 10_000;

    /// <summary>Reads a canonical report object (the inverse of <see cref="Write"/>); of an array, the first.</summary>
    public static ReadResult Read(string json) => ReadAll(json)[0];

    /// <summary>
    /// Reads a report object, or each element of an array of them (as <c>gongkai report check --json</c>
    /// prints). A value that is not what the spec allows (a count that is no whole number, a date that
    /// is no date) is left blank with a reading note; a document that is not report JSON is an error.
    /// </summary>
    public static IReadOnlyList<ReadResult> ReadAll(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16, CommentHandling = JsonCommentHandling.Skip });
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object) return [FromElement(root, "")];
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() == 0)
                return [Fail("JSON 文件不是年度报告对象，也不是年度报告对象的数组", "JSON root is neither an object nor a non-empty array.")];
            if (root.GetArrayLength() > MaxReports)
                return [Fail($"JSON 文件包含超过 {MaxReports:N0} 份报告，未读取", $"More than {MaxReports} reports in one JSON array.")];
            return [.. root.EnumerateArray().Select((e, i) => e.ValueKind == JsonValueKind.Object
                ? FromElement(e, $"第{i + 1}份报告：")
                : Fail($"JSON 数组的第{i + 1}项不是年度报告对象", $"Element {i} is not an object."))];
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is long line ? $"（第{line + 1}行第{(e.BytePositionInLine ?? 0) + 1}个字节附近）" : "";
            return [Fail($"JSON 文件格式不对{where}：语法错误或嵌套过深，无法解析", $"Invalid report JSON: {e.Message}")];
        }
    }

    private static ReadResult Fail(string message, string log) => ReadResult.Fail("json", message, log);

    /// <summary>Reads one report object, noting each value it leaves blank.</summary>
    private static ReadResult FromElement(JsonElement r, string which)
    {
        if (r.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            return Fail($"{which}这是一份无法读取的文件的记录（{Text(error, "message") ?? "无说明"}）", "Element is an error record.");
        if (Text(r, "format") is not { } formatName || !Enum.TryParse<ReportFormat>(formatName, out var format) || !Enum.IsDefined(format))
            return Fail($"{which}JSON 不是年度报告：缺少 \"format\": \"V2021\" 或 \"V2019\"", "Report JSON without a valid format.");
        var notes = new List<ReadingNote>();
        var read = new Values(notes);
        var requests = new RequestTable();
        ReportFormat? layout = null;
        if (r.TryGetProperty("requests", out var req) && req.ValueKind == JsonValueKind.Object)
        {
            if (Text(req, "layout") is { } l)
            {
                if (Enum.TryParse<ReportFormat>(l, out var parsed) && Enum.IsDefined(parsed)) layout = parsed;
                else notes.Add(new("requests", $"requests.layout“{l}”不是 V2019 或 V2021，未读入"));
            }
            if (req.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Object)
                foreach (var row in rows.EnumerateObject())
                {
                    if (!RequestRows.TryParseKey(row.Name, out var key)) { notes.Add(new("requests", $"未知的行“{row.Name}”，未读入")); continue; }
                    if (row.Value.ValueKind != JsonValueKind.Array || row.Value.GetArrayLength() != ApplicantColumns.Count)
                    { notes.Add(new("requests", $"行“{row.Name}”应为 {ApplicantColumns.Count} 个数字的数组，未读入")); continue; }
                    requests.SetRow(key, [.. row.Value.EnumerateArray().Select((v, i) => read.Count(v, $"requests.rows.{row.Name}[{i}]"))]);
                }
        }
        ReviewAndLitigation? appeals = null;
        if (r.TryGetProperty("reviewAndLitigation", out var rl) && rl.ValueKind == JsonValueKind.Object)
        {
            AppealCounts Group(string name) => rl.TryGetProperty(name, out var g) && g.ValueKind == JsonValueKind.Object
                ? AppealCounts.FromCells([.. AppealCounts.Keys.Select(k => read.Count(g, k, $"reviewAndLitigation.{name}.{k}"))])
                : AppealCounts.Blank;
            appeals = new(Group("review"), Group("lawsuitDirect"), Group("lawsuitAfterReview"));
        }
        var sections = new List<ReportSection>();
        if (r.TryGetProperty("sections", out var ss) && ss.ValueKind == JsonValueKind.Array)
            foreach (var s in ss.EnumerateArray())
            {
                if (s.ValueKind != JsonValueKind.Object || Text(s, "number") is not { } n || !Enum.TryParse<SectionNumber>(n, out var number) || !Enum.IsDefined(number))
                { notes.Add(new("sections", "一个章节缺少有效的 number（一 至 六），未读入")); continue; }
                sections.Add(new ReportSection(number, Text(s, "heading") ?? ReportSection.StandardHeading(number), Strings(s, "paragraphs")));
            }
        int? year = read.Count(r, "year", "year");
        if (year is int y && !Counts.IsYear(y))
        {
            notes.Add(new("year", $"年度“{y}”不在 {Counts.FirstYear}–{Counts.LastYear} 之间，按未填处理"));
            year = null;
        }
        DateOnly? publishedOn = null;
        if (Text(r, "publishedOn") is { } date)
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && Counts.IsYear(d.Year))
                publishedOn = d;
            else notes.Add(new("publishedOn", $"发布日期“{Clip(date)}”不是 {Counts.FirstYear}–{Counts.LastYear} 年间的 yyyy-MM-dd 日期，按未填处理"));
        }
        var report = new AnnualReport
        {
            Format = format,
            Agency = Text(r, "agency"),
            Year = year,
            PublishedOn = publishedOn,
            Active = r.TryGetProperty("active", out var act) && act.ValueKind == JsonValueKind.Object ? ActiveFrom(act, read) : new(),
            Requests = requests,
            RequestsLayout = layout,
            ReviewAndLitigation = appeals,
            Preface = Strings(r, "preface"),
            Sections = sections,
        };
        return new ReadResult { Report = report, Notes = notes };
    }

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;

    private static string[] Strings(JsonElement o, string name) =>
        o.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array
            ? [.. a.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
            : [];

    private static string Clip(string s) => s.Length > 40 ? s[..40] + "…" : s;

    /// <summary>
    /// Reads numbers. Whole numbers within <see cref="int"/> are kept even when out of a count's range
    /// (the checker's cell.range rule reports those); anything else is blank with a note.
    /// </summary>
    private sealed class Values(List<ReadingNote> notes)
    {
        public int? Count(JsonElement o, string name, string path) => o.TryGetProperty(name, out var e) ? Count(e, path) : null;

        public int? Count(JsonElement e, string path)
        {
            if (e.ValueKind == JsonValueKind.Null) return null;
            if (e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out int v)) return v;
            notes.Add(new(Table(path), $"{path} 的值 {Clip(e.GetRawText())} 不是整数件数，按空白处理"));
            return null;
        }

        public decimal? Amount(JsonElement o, string name, string path)
        {
            if (!o.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return null;
            if (e.ValueKind == JsonValueKind.Number && e.TryGetDecimal(out decimal v)) return v;
            notes.Add(new(Table(path), $"{path} 的值 {Clip(e.GetRawText())} 不是金额数字，按空白处理"));
            return null;
        }

        /// <summary>The note's table: "active.fees" for section 二, else the first key ("requests").</summary>
        private static string Table(string path)
        {
            var parts = path.Split('.');
            return parts[0] == "active" && parts.Length > 2 ? $"{parts[0]}.{parts[1]}" : parts[0];
        }
    }

    private static ActiveDisclosure ActiveFrom(JsonElement a, Values read)
    {
        bool Has(JsonElement d, string name) => d.TryGetProperty(name, out _);
        JsonElement? Table(string name) => a.TryGetProperty(name, out var d) && d.ValueKind == JsonValueKind.Object ? d : null;
        DocumentCounts? Docs(string name)
        {
            if (Table(name) is not { } d) return null;
            string p = $"active.{name}.";
            return Has(d, "issued") || Has(d, "inForce")
                ? new DocumentCounts(ReportFormat.V2021) { Issued = read.Count(d, "issued", p + "issued"), Repealed = read.Count(d, "repealed", p + "repealed"), InForce = read.Count(d, "inForce", p + "inForce") }
                : new DocumentCounts(ReportFormat.V2019) { Made = read.Count(d, "made", p + "made"), Published = read.Count(d, "published", p + "published"), TotalPublished = read.Count(d, "totalPublished", p + "totalPublished") };
        }
        DecisionCounts? Decisions(string name)
        {
            if (Table(name) is not { } d) return null;
            string p = $"active.{name}.";
            return new DecisionCounts(Has(d, "previousItems") ? ReportFormat.V2019 : ReportFormat.V2021)
            { PreviousItems = read.Count(d, "previousItems", p + "previousItems"), Change = read.Count(d, "change", p + "change"), Decisions = read.Count(d, "decisions", p + "decisions") };
        }
        FeeFigures? fees = Table("fees") is { } f
            ? Has(f, "amountTenThousandYuan")
                ? new FeeFigures(ReportFormat.V2021) { AmountTenThousandYuan = read.Amount(f, "amountTenThousandYuan", "active.fees.amountTenThousandYuan") }
                : new FeeFigures(ReportFormat.V2019) { PreviousItems = read.Count(f, "previousItems", "active.fees.previousItems"), Change = read.Count(f, "change", "active.fees.change") }
            : null;
        ProcurementFigures? procurement = Table("procurement") is { } p
            ? new ProcurementFigures { Projects = read.Count(p, "projects", "active.procurement.projects"), AmountTenThousandYuan = read.Amount(p, "amountTenThousandYuan", "active.procurement.amountTenThousandYuan") }
            : null;
        return new ActiveDisclosure
        {
            Regulations = Docs("regulations"), NormativeDocuments = Docs("normativeDocuments"),
            Licensing = Decisions("licensing"), OtherServices = Decisions("otherServices"),
            Penalty = Decisions("penalty"), Coercion = Decisions("coercion"), Fees = fees, Procurement = procurement,
        };
    }
}
