using Gongkai.Core;
using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Web.Api;
using Gongkai.Web.Catalog;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Catalog;

/// <summary>The disclosure-mode ledger, with the items whose mode has not been reviewed within a year.</summary>
public sealed class LedgerModel(GongkaiDbContext db, AgencyScope scope, CatalogDesk desk) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Stale { get; set; }

    public IReadOnlyList<LedgerLine> Lines { get; private set; } = [];

    public Refusal? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        Lines = await LedgerLine.QueryAsync(db, staff, Stale ? desk.Today.AddYears(-1) : null, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, DisclosureMode mode, string? basis, string? reason, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var result = await desk.ReviewModeAsync(staff, id, mode, basis, reason, cancellationToken);
        Refusal = result.Refusal ?? (result.Errors is { } errors ? new Refusal(string.Join(" ", errors.Values.SelectMany(v => v))) : null);
        return await OnGetAsync(cancellationToken);
    }
}
