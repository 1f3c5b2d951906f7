using Gongkai.Core.Agencies;
using Gongkai.Reports.Model;
using Gongkai.Web.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Portal;

/// <summary>The agency's annual reports by year (section 二 computed from the catalog and the entered figures).</summary>
public sealed class ReportsModel(PortalCatalog catalog, CatalogDesk desk, Gongkai.Web.Reporting.PublishedReports published) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public Agency Agency { get; private set; } = null!;

    public IReadOnlyList<int> Years { get; private set; } = [];

    public ActiveDisclosure Section2 { get; private set; } = null!;

    /// <summary>The reports published through the workspace, newest year first.</summary>
    public IReadOnlyList<Gongkai.Web.Reporting.PublishedEntry> Published { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int agencyId, CancellationToken cancellationToken)
    {
        var agency = await catalog.AgencyAsync(agencyId, cancellationToken);
        if (agency is null)
        {
            return NotFound();
        }

        Agency = agency;
        // 第五十条: the report on a year is published by 31 January of the next, so the latest is last year's.
        var last = desk.Today.Year - 1;
        Years = Enumerable.Range(2021, Math.Max(1, last - 2020)).Reverse().ToList();
        if (!Years.Contains(Year))
        {
            Year = last;
        }

        Section2 = await desk.Section2Async(agencyId, Year, cancellationToken);
        Published = await published.ListAsync(agencyId, cancellationToken);
        return Page();
    }
}
