using Gongkai.Core;
using Gongkai.Core.Catalog;
using Gongkai.Web.Catalog;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Catalog;

/// <summary>One catalog item for staff: its fields, the review steps it can take now, its history.</summary>
public sealed class ItemModel(AgencyScope scope, CatalogDesk desk) : PageModel
{
    public Publication Item { get; private set; } = null!;

    public int Levels { get; private set; }

    /// <summary>第二十六条 for the item's first publication; null when it does not apply.</summary>
    public PublicationDeadline? Deadline { get; private set; }

    /// <summary>The latest correction and its 第二十六条 period, counted from the correction's date.</summary>
    public (PublicationRevision Revision, PublicationDeadline? Deadline)? Correction { get; private set; }

    public Refusal? Refusal { get; private set; }

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => await ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostActAsync(long id, ReviewAction action, string? note, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var result = await desk.ActAsync(staff, id, action, note, cancellationToken);
        if (result.Item is null)
        {
            return NotFound();
        }

        Refusal = result.Refusal;
        Done = result.Done ? $"已办理：{result.Item.State.ChineseLabel()}" : null;
        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(long id, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var item = await desk.FindAsync(staff, id, cancellationToken, withHistory: true);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        Deadline = desk.Deadline(item);
        var correction = item.History.Where(h => h.Change == "更正").MaxBy(h => h.At);
        Correction = correction is null ? null : (correction, desk.Deadline(correction));
        Levels = (await desk.SettingsAsync(item.AgencyId, cancellationToken)).ReviewLevels;
        return Page();
    }
}
