using Gongkai.Core.Agencies;
using Gongkai.Reports.Formats;
using Gongkai.Reports.Model;
using Gongkai.Web.Catalog;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Catalog;

/// <summary>Section 二 of an agency in scope, and its downloads through the report writers.</summary>
public sealed class Section2Model(AgencyScope scope, CatalogDesk desk) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? AgencyId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public ActiveDisclosure Section2 { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnGetDownloadAsync(OutputFormat format, CancellationToken cancellationToken)
    {
        var refused = await LoadAsync(cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var name = Agencies.First(a => a.Id == AgencyId).Name;
        var report = new AnnualReport { Agency = name, Year = Year, Format = ReportFormats.ForYear(Year), Active = Section2 };
        var output = new MemoryStream();
        ReportWriter.Write(report, [], format, output);

        var type = format switch
        {
            OutputFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            OutputFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            OutputFormat.Json => "application/json",
            _ => "text/html",
        };
        return File(output.ToArray(), type, $"{name}{Year}年度报告第二部分.{format.Extension()}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var tree = await scope.TreeAsync(cancellationToken);
        Agencies = tree.All.Where(a => staff.Sees(a.Id)).OrderBy(a => a.Id).ToList();
        AgencyId ??= staff.AgencyId;
        if (Year is < 2008 or > 2100)
        {
            Year = desk.Today.Year - 1;
        }

        if (!staff.Sees(AgencyId.Value))
        {
            return NotFound();
        }

        Section2 = await desk.Section2Async(AgencyId.Value, Year, cancellationToken);
        return null;
    }
}
