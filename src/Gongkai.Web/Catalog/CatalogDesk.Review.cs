using Gongkai.Core;
using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;
using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Data.Catalog;
using Gongkai.Reports.Model;
using Gongkai.Web.Desk;
using Gongkai.Web.Attachments;
using Gongkai.Web.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Catalog;

/// <summary>A review step asked for by staff.</summary>
public enum ReviewAction
{
    Submit,
    Approve,
    Reject,
    Withdraw,
}

/// <summary>The review steps, corrections of published items and the disclosure-mode ledger's periodic review.</summary>
public sealed partial class CatalogDesk
{
    /// <summary>Takes a review step; publishing puts the item in the search index, withdrawal takes it out.</summary>
    public async Task<CatalogResult> ActAsync(Staff staff, long id, ReviewAction action, string? note, CancellationToken cancellationToken)
    {
        var item = await FindAsync(staff, id, cancellationToken);
        if (item is null)
        {
            return CatalogResult.NotFound;
        }

        var by = new Reviewer(staff.UserId, staff.Role);
        var levels = (await SettingsAsync(item.AgencyId, cancellationToken)).ReviewLevels;
        var level = item.ReviewLevel;
        var refusal = action switch
        {
            ReviewAction.Submit => ReviewWorkflow.Submit(item, by),
            ReviewAction.Approve => ReviewWorkflow.Approve(item, by, levels, Today),
            ReviewAction.Reject => ReviewWorkflow.Reject(item, by, note),
            _ => ReviewWorkflow.Withdraw(item, by, note, clock.GetUtcNow()),
        };
        if (refusal is not null)
        {
            return new CatalogResult(item, Refusal: refusal);
        }

        var step = action == ReviewAction.Approve
            ? item.State == PublicationState.Published ? "CatalogPublished" : $"CatalogApprovedLevel{level}"
            : "Catalog" + action;
        audit.RecordCatalog(staff, step, item.Id, note?.Trim() ?? "");
        return await SaveAsync(item, cancellationToken);
    }

    /// <summary>Corrects a published item: its text before goes into the history, the revision number goes up.</summary>
    public async Task<CatalogResult> CorrectAsync(Staff staff, long id, PublicationForm form, string? note, CancellationToken cancellationToken)
    {
        var item = await FindAsync(staff, id, cancellationToken, withHistory: true);
        if (item is null)
        {
            return CatalogResult.NotFound;
        }

        var errors = await ValidateAsync(item.AgencyId, form, id, cancellationToken);
        if (errors.Count > 0)
        {
            return new CatalogResult(item, errors);
        }

        var refusal = ReviewWorkflow.Correct(item, new Reviewer(staff.UserId, staff.Role), note, clock.GetUtcNow());
        if (refusal is not null)
        {
            return new CatalogResult(item, Refusal: refusal);
        }

        Apply(item, form with { Mode = item.Mode, ModeBasis = item.ModeBasis, ModeReason = item.ModeReason });
        audit.RecordCatalog(staff, "CatalogCorrected", item.Id, note!.Trim());
        return await SaveAsync(item, cancellationToken);
    }

    /// <summary>The ledger's periodic review: confirms or changes the disclosure mode and dates the review today.</summary>
    public async Task<CatalogResult> ReviewModeAsync(Staff staff, long id, DisclosureMode mode, string? basis, string? reason, CancellationToken cancellationToken)
    {
        var item = await FindAsync(staff, id, cancellationToken);
        if (item is null)
        {
            return CatalogResult.NotFound;
        }

        if (staff.Role is not (StaffRole.Reviewer or StaffRole.Head))
        {
            return new CatalogResult(item, Refusal: new Refusal("公开属性的审查须由审核人或负责人办理。"));
        }

        var errors = ReviewWorkflow.CheckMode(mode, basis, reason);
        if (errors.Count > 0)
        {
            return new CatalogResult(item, errors);
        }

        if (mode != DisclosureMode.Proactive && item.State == PublicationState.Published)
        {
            return new CatalogResult(item, Refusal: new Refusal("已发布的信息须先撤回，才能改为依申请公开或不予公开。"));
        }

        var before = item.Mode;
        item.Mode = mode;
        item.ModeBasis = mode == DisclosureMode.Proactive ? "" : basis!.Trim();
        item.ModeReason = mode == DisclosureMode.Proactive ? "" : reason!.Trim();
        item.ModeReviewedOn = Today;
        audit.RecordCatalog(staff, "CatalogModeReviewed", item.Id, $"{before.ChineseLabel()} → {mode.ChineseLabel()}");
        return await SaveAsync(item, cancellationToken);
    }
}
