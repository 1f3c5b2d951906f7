using Gongkai.Core.Reports;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Gongkai.Reports.Formats;
using Gongkai.Reports.Model;
using Gongkai.Reports.Rules;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Reporting;

/// <summary>Section 三 of an agency's annual report, counted from the cases in the database.</summary>
public static class Section3Source
{
    /// <summary>One row of section 三 for display: key, Chinese label, seven cells.</summary>
    public sealed record Row(string Key, string Label, IReadOnlyList<int> Cells);

    /// <summary>Section 三 as the page shows it, with the checker's findings on it (none, by construction).</summary>
    public sealed record Table(int AgencyId, string AgencyName, int Year, IReadOnlyList<string> Columns, IReadOnlyList<Row> Rows, IReadOnlyList<string> Findings);

    public static async Task<AnnualReport> ReportAsync(GongkaiDbContext db, int agencyId, string agencyName, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var rows = await db.Requests.AsNoTracking()
            .Where(r => r.AgencyId == agencyId && r.ReceivedOn <= last && (r.ClosedOn == null || r.ClosedOn >= first))
            .Select(r => new { r.Applicant.Kind, r.ReceivedOn, r.ClosedOn, r.Outcome })
            .ToListAsync(cancellationToken);
        var facts = rows.Select(r => new CaseFacts(r.Kind, r.ReceivedOn, r.ClosedOn, r.Outcome is null ? null : ReplyOutcomes.FromKey(r.Outcome)));
        return Section3Builder.Report(agencyName, year, Section3Builder.Build(facts, year));
    }

    /// <summary>The consistency findings of section 三 (the other sections are not the desk's to fill).</summary>
    public static IReadOnlyList<Finding> Check(AnnualReport report) =>
        ReportChecker.Check(report).Where(f => f.Rule.StartsWith("requests.", StringComparison.Ordinal) || f.Rule == RuleIds.CellBlank).ToList();

    public static Table ToTable(AnnualReport report, int agencyId)
    {
        ArgumentNullException.ThrowIfNull(report);
        var t = report.Requests;
        return new Table(agencyId, report.Agency ?? "", report.Year ?? 0,
            [.. ApplicantColumns.All.Select(c => c.ChineseLabel())],
            [.. t.Rows.Select(r => new Row(r.Key(), Label(r), [.. ApplicantColumns.All.Select(c => t[r, c] ?? 0)]))],
            [.. Check(report).Select(f => f.Message)]);
    }

    /// <summary>Writes the report (section 三) as DOCX, XLSX or JSON through the report engine.</summary>
    public static byte[] Write(AnnualReport report, OutputFormat format)
    {
        using var stream = new MemoryStream();
        ReportWriter.Write(report, Check(report), format, stream);
        return stream.ToArray();
    }

    private static string Label(RequestRow row) => row.Group() is OutcomeGroup.Withheld or OutcomeGroup.Unavailable or OutcomeGroup.NotProcessed
        || row is RequestRow.OtherCorrectionOverdue or RequestRow.OtherFeeUnpaid or RequestRow.OtherOther
        ? $"{row.Group().ChineseLabel()} {row.ChineseLabel()}"
        : row.ChineseLabel();

    /// <summary>Section 三 of an agency in the staff member's scope, after closing the requests whose periods lapsed.</summary>
    public static async Task<Gongkai.Reports.Model.AnnualReport?> ForStaffAsync(Staff staff, int agencyId, int year, CaseDesk desk, GongkaiDbContext db, CancellationToken cancellationToken)
    {
        if (!staff.Sees(agencyId) || year is < 2008 or > 2100)
        {
            return null;
        }

        await desk.CloseLapsedAsync(staff, cancellationToken);
        var name = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => a.Name).FirstAsync(cancellationToken);
        return await ReportAsync(db, agencyId, name, year, cancellationToken);
    }
}
