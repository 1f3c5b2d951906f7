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

    /// <summary>The agency's top-level topics from its tree, or the topics its items carry when it has no tree.</summary>
    public IReadOnlyList<(string Path, string Name)> Topics { get; private set; } = [];

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
        (Genres, var used, Years) = await catalog.FacetsAsync(agencyId, cancellationToken);
        var tree = await catalog.TopicsAsync(agencyId, cancellationToken);
        Topics = tree.IsEmpty ? used.Select(t => (t, t)).ToList() : tree.Children(null).Select(t => (t.Path, t.Topic.Name)).ToList();
        Latest = (await catalog.ListAsync(agencyId, null, null, null, 1, cancellationToken)).Lines.Take(10).ToList();
        return Page();
    }
}
