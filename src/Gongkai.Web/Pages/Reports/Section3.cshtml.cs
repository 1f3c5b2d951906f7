using Gongkai.Core.Agencies;
using Gongkai.Data;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Gongkai.Web.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Reports;

/// <summary>Section 三 of the annual report for an agency in scope, counted from the cases.</summary>
public sealed class Section3Model(GongkaiDbContext db, AgencyScope scope, CaseDesk desk) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? AgencyId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public Section3Source.Table? Table { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var tree = await scope.TreeAsync(cancellationToken);
        Agencies = tree.All.Where(a => staff.Sees(a.Id)).OrderBy(a => a.Id).ToList();
        AgencyId ??= staff.AgencyId;
        if (Year is < 2008 or > 2100)
        {
            Year = desk.Today.Year;
        }

        var report = await Section3Source.ForStaffAsync(staff, AgencyId.Value, Year, desk, db, cancellationToken);
        if (report is null)
        {
            return NotFound();
        }

        Table = Section3Source.ToTable(report, AgencyId.Value);
        return Page();
    }
}
