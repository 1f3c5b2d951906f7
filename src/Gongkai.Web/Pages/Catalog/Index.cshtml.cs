using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Web.Catalog;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Catalog;

/// <summary>
/// The catalog items of the staff member's agencies, by state (the review queue is state 审核中), each
/// with where it stands against 第二十六条; optionally only drafts and reviews past the 20 working days.
/// </summary>
public sealed class IndexModel(GongkaiDbContext db, AgencyScope scope, CatalogDesk desk) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PublicationState? State { get; set; }

    /// <summary>Only drafts and items in review that are past 第二十六条's 20 working days.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    public PublicationDeadline? Deadline(Publication item) => desk.Deadline(item);

    public IReadOnlyList<Publication> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var query = db.Publications.AsNoTracking().Where(p => staff.VisibleAgencies.Contains(p.AgencyId));
        if (State is PublicationState s)
        {
            query = query.Where(p => p.State == s);
        }

        if (Overdue)
        {
            var before = desk.OverdueIfWrittenBefore;
            query = query.Where(p => (p.State == PublicationState.Draft || p.State == PublicationState.InReview) && p.Mode == DisclosureMode.Proactive && p.WrittenOn < before);
        }

        Items = await query.OrderByDescending(p => p.Id).Take(200).ToListAsync(cancellationToken);
        return Page();
    }
}
