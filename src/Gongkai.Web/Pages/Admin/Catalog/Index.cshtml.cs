using Gongkai.Core;
using Gongkai.Web.Catalog;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin.Catalog;

/// <summary>目录设置: the agency Head edits the index number scheme, codes, review levels and the guide's texts.</summary>
public sealed class IndexModel(AgencyScope scope, CatalogDesk desk, SettingsDesk settings) : PageModel
{
    [BindProperty]
    public CatalogSettingsForm Input { get; set; } = new(null, null, null, 1, null, null, null, null, null);

    public string AgencyName { get; private set; } = "";

    public int AgencyId { get; private set; }

    /// <summary>The next index number of this year under the settings shown (saved, or being previewed).</summary>
    public string? NextIndexNumber { get; private set; }

    public bool Previewing { get; private set; }

    public int Year => desk.Today.Year;

    public Refusal? Refusal { get; private set; }

    [TempData]
    public string? Message { get; set; }

    private Dictionary<string, string[]> errors = [];

    public string? Error(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var saved = await desk.SettingsAsync(staff.AgencyId, cancellationToken);
        Input = CatalogSettingsForm.From(saved);
        NextIndexNumber = await settings.NextIndexNumberAsync(saved, cancellationToken);
        return await PageAsync(staff, cancellationToken);
    }

    /// <summary>预览: the next index number under the entered scheme, checked but not saved (works without JavaScript).</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var result = await settings.PreviewAsync(staff, Input, cancellationToken);
        (errors, NextIndexNumber, Previewing) = (result.Errors, result.NextIndexNumber, true);
        return await PageAsync(staff, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var result = await settings.SaveAsync(staff, Input, cancellationToken);
        if (!result.Done)
        {
            (errors, Refusal) = (result.Errors, result.Refusal);
            return await PageAsync(staff, cancellationToken);
        }

        Message = $"目录设置已保存。按此规则，{Year}年下一个索引号为 {result.NextIndexNumber}。";
        return RedirectToPage();
    }

    private async Task<IActionResult> PageAsync(Staff staff, CancellationToken cancellationToken)
    {
        AgencyId = staff.AgencyId;
        AgencyName = (await scope.TreeAsync(cancellationToken)).Find(staff.AgencyId)?.Name ?? "";
        return Page();
    }
}
