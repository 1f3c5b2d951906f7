using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Web.Desk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Catalog;

/// <summary>The catalog items of the staff member's agencies, by state (the review queue is state 审核中).</summary>
public sealed class IndexModel(GongkaiDbContext db, AgencyScope scope) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PublicationState? State { get; set; }

    public IReadOnlyList<Publication> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.CurrentAsync(cancellationToken);
        if (staff is null)
        {
            return Challenge();
        }

        var query = db.Publications.AsNoTracking().Where(p => staff.VisibleAgencies.Contains(p.AgencyId));
        if (State is PublicationState s)
        {
            query = query.Where(p => p.State == s);
        }

        Items = await query.OrderByDescending(p => p.Id).Take(200).ToListAsync(cancellationToken);
        return Page();
    }
}
