using Gongkai.Core.Agencies;
using Gongkai.Web.Catalog;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Portal;

/// <summary>The platform home: every agency's portal.</summary>
public sealed class AgenciesModel(PortalCatalog catalog) : PageModel
{
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Agencies = await catalog.AgenciesAsync(cancellationToken);
}
