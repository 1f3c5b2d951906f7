using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;
using Gongkai.Web.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Portal;

/// <summary>An agency's portal: its sections, the catalog's navigation and the newest items.</summary>
public sealed class AgencyModel(PortalCatalog catalog) : PageModel
{
    public Agency Agency { get; private set; } = null!;

    public IReadOnlyList<(Genre Genre, int Count)> Genres { get; private set; } = [];

    public IReadOnlyList<string> Topics { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<CatalogLine> Latest { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int agencyId, CancellationToken cancellationToken)
    {
        var agency = await catalog.AgencyAsync(agencyId, cancellationToken);
        if (agency is null)
        {
            return NotFound();
        }

        Agency = agency;
        (Genres, Topics, Years) = await catalog.FacetsAsync(agencyId, cancellationToken);
        Latest = (await catalog.ListAsync(agencyId, null, null, null, 1, cancellationToken)).Lines.Take(10).ToList();
        return Page();
    }
}
