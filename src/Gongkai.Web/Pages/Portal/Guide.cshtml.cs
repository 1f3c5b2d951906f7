using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;
using Gongkai.Web.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Portal;

/// <summary>政府信息公开指南 (第十二条).</summary>
public sealed class GuideModel(PortalCatalog catalog) : PageModel
{
    public Agency Agency { get; private set; } = null!;

    public CatalogSettings Settings { get; private set; } = null!;

    public TopicTree Topics { get; private set; } = new([]);

    public async Task<IActionResult> OnGetAsync(int agencyId, CancellationToken cancellationToken)
    {
        var agency = await catalog.AgencyAsync(agencyId, cancellationToken);
        if (agency is null)
        {
            return NotFound();
        }

        (Agency, Settings, Topics) = (agency, await catalog.SettingsAsync(agencyId, cancellationToken), await catalog.TopicsAsync(agencyId, cancellationToken));
        return Page();
    }
}
