using Gongkai.Data;
using Gongkai.Data.Reports;
using Gongkai.Reports.Formats;
using Gongkai.Reports.Formats.Json;
using Gongkai.Reports.Model;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Reporting;

/// <summary>One published version as the portal lists it.</summary>
public sealed record PublishedEntry(int Year, int Version, DateOnly PublishedOn, string CorrectionNote);

/// <summary>
/// The portal's side of the annual reports: only published versions (never drafts, never uploaded
/// copies of years made elsewhere), read from their frozen canonical JSON.
/// </summary>
public sealed class PublishedReports(GongkaiDbContext db)
{
    /// <summary>Every published version of an agency, newest year first, versions in order.</summary>
    public async Task<IReadOnlyList<PublishedEntry>> ListAsync(int agencyId, CancellationToken cancellationToken) =>
        await db.PublishedReports.AsNoTracking().Where(r => r.AgencyId == agencyId && !r.Uploaded)
            .OrderByDescending(r => r.Year).ThenBy(r => r.Version)
            .Select(r => new PublishedEntry(r.Year, r.Version, r.PublishedOn, r.CorrectionNote))
            .ToListAsync(cancellationToken);

    /// <summary>A published report (the latest version unless one is named), or null.</summary>
    public async Task<(PublishedEntry Entry, AnnualReport Report)?> GetAsync(int agencyId, int year, int? version, CancellationToken cancellationToken)
    {
        var row = await db.PublishedReports.AsNoTracking()
            .Where(r => r.AgencyId == agencyId && r.Year == year && !r.Uploaded && (version == null || r.Version == version))
            .OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancellationToken);
        if (row is null || ReportJson.Read(row.Json).Report is not { } report)
        {
            return null;
        }

        return (new PublishedEntry(row.Year, row.Version, row.PublishedOn, row.CorrectionNote), report);
    }

    /// <summary>The report in a download format, through the report engine's writers.</summary>
    public static byte[] Write(AnnualReport report, OutputFormat format)
    {
        using var stream = new MemoryStream();
        ReportWriter.Write(report, [], format, stream);
        return stream.ToArray();
    }

    /// <summary>The MIME type of a download format.</summary>
    public static string ContentType(OutputFormat format) => format switch
    {
        OutputFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        OutputFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        OutputFormat.Json => "application/json",
        _ => "text/html; charset=utf-8",
    };
}
