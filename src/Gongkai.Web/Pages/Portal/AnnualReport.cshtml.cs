using Gongkai.Core.Agencies;
using Gongkai.Reports.Formats.Html;
using Gongkai.Web.Catalog;
using Gongkai.Web.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Portal;

/// <summary>A published annual report at its stable address, with downloads, its versions and the agency's other years.</summary>
public sealed class AnnualReportModel(PortalCatalog catalog, PublishedReports published) : PageModel
{
    public Agency Agency { get; private set; } = null!;

    public int Year { get; private set; }

    public PublishedEntry Entry { get; private set; } = null!;

    public string Html { get; private set; } = "";

    public IReadOnlyList<PublishedEntry> All { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int agencyId, int year, int? version, CancellationToken cancellationToken)
    {
        var agency = await catalog.AgencyAsync(agencyId, cancellationToken);
        var found = agency is null ? null : await published.GetAsync(agencyId, year, version, cancellationToken);
        if (found is not { } f)
        {
            return NotFound();
        }

        (Agency, Year, Entry) = (agency!, year, f.Entry);
        Html = HtmlWriter.ToFragment(f.Report);
        All = await published.ListAsync(agencyId, cancellationToken);
        return Page();
    }
}
