using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;
using Gongkai.Data.Catalog;
using Gongkai.Web.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Gongkai.Web.Security;

namespace Gongkai.Web.Pages.Portal;

/// <summary>Search over titles, document numbers and full text, with filters, snippets and paging; a plain GET form.</summary>
[EnableRateLimiting(AbuseLimits.Search)]
public sealed class SearchModel(PortalCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Agency { get; set; }

    [BindProperty(SupportsGet = true)]
    public Genre? Genre { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public ValidityState? Validity { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public SearchPage? Result { get; private set; }

    public string? Message { get; private set; }

    public string PageUrl(int page) =>
        $"/portal/search?q={Uri.EscapeDataString(Q ?? "")}&agency={Agency}&genre={Genre}&year={Year}&validity={Validity}&page={page}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Agencies = await catalog.AgenciesAsync(cancellationToken);
        if (Q is null)
        {
            return;
        }

        if (SearchText.Terms(Q).Count == 0)
        {
            Message = "请输入要检索的字词。";
            return;
        }

        Result = await catalog.SearchAsync(new CatalogQuery(Q, Agency, Genre, Year is >= 2000 and <= 2100 ? Year : null, Validity, PageNumber), cancellationToken);
    }
}
