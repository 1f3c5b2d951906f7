using Gongkai.Core.Requests;
using Gongkai.Data;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Desk;

/// <summary>The inbox: requests in scope sorted by deadline; due-soon and overdue marked.</summary>
public sealed class IndexModel(AgencyScope scope, CaseDesk desk, GongkaiDbContext db, Gongkai.Web.Office.OfficeDesk office) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CaseState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Clerk { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<InboxItem> Items { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Clerks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        await desk.CloseLapsedAsync(staff, cancellationToken);
        Items = await Inbox.ListAsync(scope, staff, new InboxQuery(State, Clerk, PageNumber), desk.Today, desk.Calendar, cancellationToken, await office.DueSoonWindowAsync(staff.AgencyId, cancellationToken));
        var clerks = await db.Users.AsNoTracking().Where(u => staff.VisibleAgencies.Contains(u.AgencyId))
            .OrderBy(u => u.UserName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        Clerks = clerks.Select(c => (c.Id, c.DisplayName)).ToList();
        return Page();
    }
}
