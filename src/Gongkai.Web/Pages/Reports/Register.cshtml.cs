using Gongkai.Core.Agencies;
using Gongkai.Web.Reporting;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Reports;

/// <summary>行政复议、行政诉讼登记: an agency's register and a form to record a case.</summary>
public sealed class RegisterModel(AgencyScope scope, AppealRegister register) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? AgencyId { get; set; }

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public IReadOnlyList<AppealView> Cases { get; private set; } = [];

    public AppealForm Form { get; private set; } = new();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(AppealForm form, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var (id, errors) = await register.CreateAsync(staff, AgencyId ?? staff.AgencyId, form, cancellationToken);
        if (id is { } created)
        {
            return Redirect($"/Reports/Appeal/{created}");
        }

        Form = form;
        Errors = errors;
        return await LoadAsync(cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var tree = await scope.TreeAsync(cancellationToken);
        Agencies = tree.All.Where(a => staff.Sees(a.Id)).OrderBy(a => a.Id).ToList();
        AgencyId ??= staff.AgencyId;
        var cases = await register.ListAsync(staff, AgencyId.Value, cancellationToken);
        if (cases is null)
        {
            return NotFound();
        }

        Cases = cases;
        return null;
    }
}
