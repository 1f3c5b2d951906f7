using System.Text.Json;
using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;
using Gongkai.Data;
using Gongkai.Data.Supervision;
using Gongkai.Reports;
using Gongkai.Reports.Formats.Json;
using Gongkai.Reports.Formats.Xlsx;
using Gongkai.Reports.Model;
using Gongkai.Reports.Rollup;
using Gongkai.Reports.Rules;
using Gongkai.Web.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Supervision;

/// <summary>Where a subordinate's report for a year stands, as the supervising office sees it.</summary>
public enum SubordinateStatus
{
    /// <summary>未开始.</summary>
    NotStarted,
    /// <summary>草稿.</summary>
    Draft,
    /// <summary>审核中.</summary>
    InReview,
    /// <summary>已发布 (in Gongkai, or uploaded by the supervising office).</summary>
    Published,
    /// <summary>逾期未发布: past 条例 第四十九条's date and not published.</summary>
    Overdue,
}

/// <summary>A finding of a subordinate's report as stored with it.</summary>
public sealed record StoredFinding(string Rule, string Severity, string? Where, string Message, IReadOnlyList<string> Cells, string? Sentence, int? Line);

/// <summary>One row of the supervising office's table: a subordinate agency, or an uploaded report of an agency outside the tree.</summary>
public sealed record SubordinateRow(
    string Agency, int? AgencyId, SubordinateStatus Status, string? FileName, long? UploadId, string? ReadError,
    int Errors, int Warnings, IReadOnlyList<StoredFinding> Findings);

/// <summary>
/// The supervising office (本级政府办公室 / 上级主管部门): for an agency with subordinates and a year,
/// each subordinate's report status and findings, uploads of reports made outside Gongkai, the
/// table as XLSX, and the roll-up of sections 二, 三 and 四.
/// </summary>
public sealed class SupervisionDesk(GongkaiDbContext db, AgencyScope scope, AuditLog audit, TimeProvider clock)
{
    public const string Uploaded = "SubordinateReportsUploaded";

    public DateOnly Today => ChinaClock.Today(clock);

    /// <summary>The year a supervising office works on by default: last year, whose reports are due this spring.</summary>
    public int DefaultYear => Today.Year - 1;

    /// <summary>The agency whose subordinates the staff member may supervise, or null (not visible, or no subordinates).</summary>
    public async Task<(Agency Agency, IReadOnlyList<Agency> Subordinates)?> SupervisedAsync(Staff staff, int agencyId, CancellationToken cancellationToken)
    {
        if (!staff.Sees(agencyId))
        {
            return null;
        }

        var tree = await scope.TreeAsync(cancellationToken);
        if (tree.Find(agencyId) is not { } agency)
        {
            return null;
        }

        var subordinates = tree.All.Where(a => a.ParentId == agencyId).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        return subordinates.Count == 0 ? null : (agency, subordinates);
    }

    /// <summary>The agencies with subordinates that the staff member may supervise.</summary>
    public async Task<IReadOnlyList<Agency>> SupervisingAgenciesAsync(Staff staff, CancellationToken cancellationToken)
    {
        var tree = await scope.TreeAsync(cancellationToken);
        return [.. tree.All.Where(a => staff.Sees(a.Id) && tree.All.Any(c => c.ParentId == a.Id)).OrderBy(a => a.Id)];
    }

    /// <summary>
    /// The status of each subordinate's report: the one place that decides it. Today it knows the
    /// uploads and the deadline; the report workspace's states (草稿, 待审核, 已发布) plug in here.
    /// </summary>
    public SubordinateStatus StatusOf(Agency subordinate, int year, bool uploaded)
    {
        if (uploaded)
        {
            return SubordinateStatus.Published;
        }

        return Today > ReportChecker.PublicationDeadline(subordinate.Name, year) ? SubordinateStatus.Overdue : SubordinateStatus.NotStarted;
    }

    /// <summary>The owner's uploads for the year, newest first (by id: SQLite cannot order by a DateTimeOffset); the content is not loaded.</summary>
    private Task<List<SubordinateUpload>> UploadsAsync(int ownerAgencyId, int year, CancellationToken cancellationToken) =>
        db.SubordinateUploads.AsNoTracking().Where(u => u.OwnerAgencyId == ownerAgencyId && u.Year == year)
            .OrderByDescending(u => u.Id)
            .Select(u => new SubordinateUpload
            {
                Id = u.Id, OwnerAgencyId = u.OwnerAgencyId, Year = u.Year, FileName = u.FileName, AgencyName = u.AgencyName,
                ReportYear = u.ReportYear, Json = u.Json, Error = u.Error, Errors = u.Errors, Warnings = u.Warnings,
                UploadedAt = u.UploadedAt, UploadedBy = u.UploadedBy,
            })
            .ToListAsync(cancellationToken);

    /// <summary>The table: one row per subordinate (its latest upload naming it), then uploads naming no subordinate.</summary>
    public async Task<IReadOnlyList<SubordinateRow>> TableAsync(Agency owner, IReadOnlyList<Agency> subordinates, int year, string? sort, CancellationToken cancellationToken)
    {
        var uploads = await UploadsAsync(owner.Id, year, cancellationToken);
        var rows = new List<SubordinateRow>();
        var matched = new HashSet<long>();
        foreach (var agency in subordinates)
        {
            var upload = uploads.FirstOrDefault(u => u.AgencyName == agency.Name && u.Json is not null);
            if (upload is not null)
            {
                matched.Add(upload.Id);
            }

            rows.Add(upload is null
                ? new SubordinateRow(agency.Name, agency.Id, StatusOf(agency, year, uploaded: false), null, null, null, 0, 0, [])
                : Row(upload, agency.Name, agency.Id, StatusOf(agency, year, uploaded: true)));
        }

        foreach (var upload in uploads.Where(u => !matched.Contains(u.Id)))
        {
            rows.Add(Row(upload, upload.AgencyName ?? "（机关不详）", null, SubordinateStatus.Published));
        }

        return Sort(rows, sort);
    }

    private static SubordinateRow Row(SubordinateUpload upload, string agency, int? agencyId, SubordinateStatus status) =>
        new(agency, agencyId, status, upload.FileName, upload.Id, upload.Error, upload.Errors, upload.Warnings, FindingsOf(upload.Json));

    /// <summary>Sort keys of the table: agency (default), status, errors, warnings, file.</summary>
    public static IReadOnlyList<SubordinateRow> Sort(IEnumerable<SubordinateRow> rows, string? sort) => sort switch
    {
        "status" => [.. rows.OrderBy(r => r.Status).ThenBy(r => r.Agency, StringComparer.Ordinal)],
        "errors" => [.. rows.OrderByDescending(r => r.ReadError is not null).ThenByDescending(r => r.Errors).ThenBy(r => r.Agency, StringComparer.Ordinal)],
        "warnings" => [.. rows.OrderByDescending(r => r.Warnings).ThenBy(r => r.Agency, StringComparer.Ordinal)],
        "file" => [.. rows.OrderBy(r => r.FileName ?? "\uffff", StringComparer.Ordinal)],
        _ => [.. rows.OrderBy(r => r.AgencyId is null).ThenBy(r => r.Agency, StringComparer.Ordinal)],
    };

    private static IReadOnlyList<StoredFinding> FindingsOf(string? json)
    {
        if (json is null)
        {
            return [];
        }

        using var doc = JsonDocument.Parse(json);
        if (!doc.RootElement.TryGetProperty("findings", out var findings))
        {
            return [];
        }

        static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return [.. findings.EnumerateArray().Select(f => new StoredFinding(
            Text(f, "rule") ?? "", Text(f, "severity") ?? "", Text(f, "where"), Text(f, "message") ?? "",
            f.TryGetProperty("cells", out var c) ? [.. c.EnumerateArray().Select(x => x.GetString() ?? "")] : [],
            Text(f, "sentence"), f.TryGetProperty("line", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetInt32() : null))];
    }

    /// <summary>Reads, checks and stores each file in the owner's scope; one audit entry for the upload.</summary>
    public async Task<int> StoreAsync(Staff staff, Agency owner, int year, IReadOnlyList<ReportUploads.UploadedFile> files, CancellationToken cancellationToken)
    {
        // Reading is CPU work (a PDF takes tens of milliseconds): both cores at once.
        var read = new SubordinateUpload[files.Count];
        var now = clock.GetUtcNow();
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, i =>
            read[i] = Read(files[i], owner.Id, year, staff.Name, now));
        db.SubordinateUploads.AddRange(read);
        audit.Record(staff, Uploaded, null, $"{year}年度，{files.Count}份：{string.Join("、", files.Select(f => f.Name).Take(20))}{(files.Count > 20 ? "……" : "")}", owner.Id);
        await db.SaveChangesAsync(cancellationToken);
        return read.Length;
    }

    private static SubordinateUpload Read(ReportUploads.UploadedFile file, int ownerId, int year, string by, DateTimeOffset now)
    {
        var upload = new SubordinateUpload { OwnerAgencyId = ownerId, Year = year, FileName = file.Name, Content = file.Content, UploadedAt = now, UploadedBy = by };
        var result = AnnualReports.Read(file.Content, file.Name);
        if (result.Report is not { } report)
        {
            upload.Error = result.Error?.Message ?? "文件无法读取";
            return upload;
        }

        var findings = AnnualReports.Check(report);
        upload.AgencyName = report.Agency;
        upload.ReportYear = report.Year;
        upload.Errors = findings.Count(f => f.Severity == Severity.Error);
        upload.Warnings = findings.Count(f => f.Severity == Severity.Warning);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, ReportJson.WriterOptions))
        {
            ReportJson.Write(w, report, findings, file.Name, result.Notes);
        }

        upload.Json = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        return upload;
    }

    /// <summary>
    /// The roll-up of the year: each subordinate's report (its upload; the workspace's published
    /// report plugs in beside it), uploads of agencies outside the tree, and each subordinate
    /// without a report excluded as missing.
    /// </summary>
    public async Task<RollupResult> RollupAsync(Agency owner, IReadOnlyList<Agency> subordinates, int year, CancellationToken cancellationToken)
    {
        var uploads = await UploadsAsync(owner.Id, year, cancellationToken);
        var inputs = new List<RollupInput>();
        var used = new HashSet<long>();
        foreach (var agency in subordinates)
        {
            var upload = uploads.FirstOrDefault(u => u.AgencyName == agency.Name && u.Json is not null);
            if (upload is null)
            {
                inputs.Add(new RollupInput(agency.Name, null, "尚未发布或上传本年度报告"));
                continue;
            }

            used.Add(upload.Id);
            inputs.Add(Input(upload));
        }

        inputs.AddRange(uploads.Where(u => !used.Contains(u.Id)).Select(Input));
        return ReportRollup.Sum(owner.Name, year, inputs);
    }

    private static RollupInput Input(SubordinateUpload upload)
    {
        var source = $"{upload.AgencyName ?? "机关不详"}（{upload.FileName}）";
        return upload.Json is null ? new RollupInput(source, null, upload.Error) : RollupInput.FromRead(source, ReportJson.Read(upload.Json));
    }

    /// <summary>The table as a workbook: 报告 (one row per subordinate) and 发现的问题 (one row per finding).</summary>
    public static byte[] TableWorkbookOf(IReadOnlyList<SubordinateRow> rows, int year)
    {
        var reports = new TableSheet("报告", ["机关", "状态", "文件", "能否读取", "错误", "警告", "发现的问题"],
            rows.Select(r => (IReadOnlyList<object?>)
            [
                r.Agency, Label(r.Status), r.FileName, r.FileName is null ? null : r.ReadError is { } e ? $"不能：{e}" : "能",
                r.FileName is null ? null : r.Errors, r.FileName is null ? null : r.Warnings,
                string.Join("\n", r.Findings.Select(f => $"[{f.Rule}] {f.Message}")),
            ]))
        { Widths = [30, 12, 36, 24, 8, 8, 100] };
        var findings = new TableSheet("发现的问题", ["机关", "年度", "规则", "级别", "位置", "单元格", "正文语句", "行号", "说明"],
            rows.SelectMany(r => r.Findings.Select(f => (IReadOnlyList<object?>)
                [r.Agency, year, f.Rule, f.Severity == "error" ? "错误" : "警告", f.Where, string.Join(" ", f.Cells), f.Sentence, f.Line, f.Message])))
        { Widths = [30, 8, 22, 8, 20, 30, 50, 8, 80] };
        using var stream = new MemoryStream();
        TableWorkbook.Write([reports, findings], stream);
        return stream.ToArray();
    }

    public static string Label(SubordinateStatus status) => status switch
    {
        SubordinateStatus.NotStarted => "未开始",
        SubordinateStatus.Draft => "草稿",
        SubordinateStatus.InReview => "审核中",
        SubordinateStatus.Published => "已发布",
        _ => "逾期未发布",
    };
}
