using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;
using Gongkai.Web.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Portal;

/// <summary>The catalog of an agency by genre, topic and year.</summary>
public sealed class CatalogModel(PortalCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Genre? Genre { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Agency Agency { get; private set; } = null!;

    public CatalogPage Result { get; private set; } = null!;

    /// <summary>The agency's topic tree; a topic's page lists its subtopics' items too.</summary>
    public TopicTree Topics { get; private set; } = new([]);

    public string TopicUrl(string path) => $"/portal/{Agency.Id}/catalog?genre={Genre}&topic={Uri.EscapeDataString(path)}&year={Year}";

    public string PageUrl(int page) => $"/portal/{Agency.Id}/catalog?genre={Genre}&topic={Uri.EscapeDataString(Topic ?? "")}&year={Year}&page={page}";

    public async Task<IActionResult> OnGetAsync(int agencyId, CancellationToken cancellationToken)
    {
        var agency = await catalog.AgencyAsync(agencyId, cancellationToken);
        if (agency is null)
        {
            return NotFound();
        }

        Agency = agency;
        Topics = await catalog.TopicsAsync(agencyId, cancellationToken);
        Result = await catalog.ListAsync(agencyId, Genre, Topic, Year is >= 2000 and <= 2100 ? Year : null, PageNumber, cancellationToken);
        return Page();
    }
}
