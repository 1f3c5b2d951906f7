using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Web.Api;
using Gongkai.Web.Catalog;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Catalog;

/// <summary>Decisions and fees of section 二: entered by hand or imported, with row-level errors.</summary>
public sealed class FiguresModel(GongkaiDbContext db, AgencyScope scope, CatalogDesk desk) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public DecisionFigures? Figures { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        if (Year is < 2008 or > 2100)
        {
            Year = desk.Today.Year - 1;
        }

        Figures = await db.DecisionFigures.AsNoTracking().FirstOrDefaultAsync(f => f.AgencyId == staff.AgencyId && f.Year == Year, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int? licensing, int? penalty, int? coercion, decimal? fees, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var errors = CatalogDesk.FiguresErrors(Year, licensing, penalty, coercion, fees, desk.Today.Year);
        if (!ModelState.IsValid)
        {
            errors["Input"] = ["数量须为整数，金额须为数字。"];
        }

        if (errors.Count == 0)
        {
            await desk.SaveFiguresAsync(staff, new DecisionFigures { AgencyId = staff.AgencyId, Year = Year, Licensing = licensing, Penalty = penalty, Coercion = coercion, FeesTenThousandYuan = fees }, "录入", cancellationToken);
            Saved = "已保存。";
        }

        Errors = errors.Values.SelectMany(v => v).ToList();
        return await OnGetAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var import = await desk.ImportFiguresAsync(staff, file, Year, cancellationToken);
        if (import.Figures is null)
        {
            Errors = import.Errors;
        }
        else
        {
            Saved = "已导入并保存。";
        }

        return await OnGetAsync(cancellationToken);
    }
}
