using System.Globalization;
using System.Text;
using Gongkai.Data;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin;

/// <summary>
/// The audit log for Administrators: entries of their agency and those below (a top agency's
/// administrators also see sign-in failures of unknown names), filtered by person, case, action and
/// date, the newest first; CSV export (audited). The chain's state is shown from the last check.
/// </summary>
public sealed class AuditModel(GongkaiDbContext db, AgencyScope scope, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int PageSize = 200;

    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Case { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IReadOnlyList<string> Actions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var query = await FilteredAsync(await scope.StaffAsync(cancellationToken), cancellationToken);
        Entries = await query.OrderByDescending(a => a.Id).Take(PageSize).ToListAsync(cancellationToken);
        Actions = await db.Audit.Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>The filtered entries as CSV (UTF-8 with BOM, so Excel reads the Chinese); the export itself is audited.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var query = await FilteredAsync(staff, cancellationToken);

        var entries = await query.OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var csv = new StringBuilder("序号,时间（北京时间）,人员,机关,申请,目录信息,操作,说明,链序号\r\n");
        foreach (var e in entries)
        {
            csv.AppendJoin(',', [
                e.Id.ToString(CultureInfo.InvariantCulture),
                e.At.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                Cell(e.UserName), e.AgencyId?.ToString(CultureInfo.InvariantCulture) ?? "", e.RequestId?.ToString(CultureInfo.InvariantCulture) ?? "",
                e.PublicationId?.ToString(CultureInfo.InvariantCulture) ?? "", Cell(e.Action), Cell(e.Detail), e.Sequence?.ToString(CultureInfo.InvariantCulture) ?? "",
            ]).Append("\r\n");
        }

        audit.Record(staff, "AuditExported", null, $"CSV {entries.Count} 条");
        await db.SaveChangesAsync(cancellationToken);
        var name = $"audit-{DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime):yyyyMMdd}.csv";
        return File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())], "text/csv; charset=utf-8", name);
    }

    private async Task<IQueryable<AuditEntry>> FilteredAsync(Staff staff, CancellationToken cancellationToken)
    {
        var tree = await scope.TreeAsync(cancellationToken);
        var top = tree.Find(staff.AgencyId)?.ParentId is null;
        var visible = staff.VisibleAgencies.ToList();
        var query = db.Audit.AsNoTracking().Where(a => a.AgencyId == null ? top : visible.Contains(a.AgencyId.Value));
        if (!string.IsNullOrWhiteSpace(Person))
        {
            var person = Person.Trim();
            query = query.Where(a => a.UserName.Contains(person) || a.Detail.StartsWith(person));
        }

        if (Case is { } id)
        {
            query = query.Where(a => a.RequestId == id);
        }

        if (!string.IsNullOrWhiteSpace(Action))
        {
            query = query.Where(a => a.Action == Action);
        }

        // Dates are Beijing dates.
        if (From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
            query = query.Where(a => a.At >= start);
        }

        if (To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
            query = query.Where(a => a.At < end);
        }

        return query;
    }

    // A cell that could start a spreadsheet formula is prefixed with a quote (CSV injection).
    private static string Cell(string value)
    {
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
