using Gongkai.Core.Agencies;

namespace Gongkai.Core.Catalog;

/// <summary>Who acts on a catalog item.</summary>
/// <param name="UserId">The staff user's id.</param>
/// <param name="Role">The staff user's role.</param>
public sealed record Reviewer(string UserId, StaffRole Role);

/// <summary>
/// 先审后发: draft → review levels 1..N (configured per agency) → published; withdrawal and
/// correction of a published item. A clerk drafts, reviewers approve the levels before the last,
/// the head approves the last level, withdraws and corrects. Nobody approves what they drafted.
/// </summary>
public static class ReviewWorkflow
{
    /// <summary>The most review levels an agency may configure.</summary>
    public const int MaxLevels = 5;

    /// <summary>Sends a draft to review level 1.</summary>
    public static Refusal? Submit(Publication item, Reviewer by)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(by);
        if (item.State != PublicationState.Draft)
        {
            return new Refusal($"只有草稿可以送审，该信息当前为“{item.State.ChineseLabel()}”。");
        }

        if (item.Mode != DisclosureMode.Proactive)
        {
            return new Refusal($"公开属性为“{item.Mode.ChineseLabel()}”的信息不在门户发布，无需送审。");
        }

        item.State = PublicationState.InReview;
        item.ReviewLevel = 1;
        return null;
    }

    /// <summary>Approves the current review level; the last level publishes the item on <paramref name="today"/>.</summary>
    public static Refusal? Approve(Publication item, Reviewer by, int levels, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(by);
        ArgumentOutOfRangeException.ThrowIfLessThan(levels, 1);
        if (item.State != PublicationState.InReview)
        {
            return new Refusal($"该信息当前为“{item.State.ChineseLabel()}”，不在审核中。");
        }

        if (by.UserId == item.CreatedBy)
        {
            return new Refusal("不能审核本人起草的信息。");
        }

        var last = item.ReviewLevel >= levels;
        if (last && by.Role != StaffRole.Head)
        {
            return new Refusal($"第{item.ReviewLevel}级（最后一级）审核须由负责人批准发布。");
        }

        if (!last && by.Role is not (StaffRole.Reviewer or StaffRole.Head))
        {
            return new Refusal($"第{item.ReviewLevel}级审核须由审核人或负责人办理。");
        }

        if (last)
        {
            item.State = PublicationState.Published;
            item.PublishedOn = today;
            item.ReviewLevel = 0;
        }
        else
        {
            item.ReviewLevel++;
        }

        return null;
    }

    /// <summary>Sends an item in review back to its drafter with a note.</summary>
    public static Refusal? Reject(Publication item, Reviewer by, string? note)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(by);
        if (item.State != PublicationState.InReview)
        {
            return new Refusal($"该信息当前为“{item.State.ChineseLabel()}”，不在审核中。");
        }

        if (by.Role is not (StaffRole.Reviewer or StaffRole.Head))
        {
            return new Refusal("退回须由审核人或负责人办理。");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            return new Refusal("退回须写明理由。");
        }

        item.State = PublicationState.Draft;
        item.ReviewLevel = 0;
        return null;
    }

    /// <summary>Takes a published item down; its text is kept in the history.</summary>
    public static Refusal? Withdraw(Publication item, Reviewer by, string? note, DateTimeOffset at)
    {
        var refusal = CheckPublishedChange(item, by, note, "撤回");
        if (refusal is not null)
        {
            return refusal;
        }

        item.History.Add(Snapshot(item, "撤回", by, note!, at));
        item.State = PublicationState.Withdrawn;
        return null;
    }

    /// <summary>
    /// Checks a correction of a published item and keeps its current text in the history; the caller
    /// then applies the corrected fields. The item stays published with the next revision number.
    /// </summary>
    public static Refusal? Correct(Publication item, Reviewer by, string? note, DateTimeOffset at)
    {
        var refusal = CheckPublishedChange(item, by, note, "更正");
        if (refusal is not null)
        {
            return refusal;
        }

        item.History.Add(Snapshot(item, "更正", by, note!, at));
        item.Revision++;
        return null;
    }

    private static Refusal? CheckPublishedChange(Publication item, Reviewer by, string? note, string change)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(by);
        if (item.State != PublicationState.Published)
        {
            return new Refusal($"只有已发布的信息可以{change}，该信息当前为“{item.State.ChineseLabel()}”。");
        }

        if (by.Role != StaffRole.Head)
        {
            return new Refusal($"{change}已发布的信息须由负责人办理。");
        }

        return string.IsNullOrWhiteSpace(note) ? new Refusal($"{change}须写明理由。") : null;
    }

    private static PublicationRevision Snapshot(Publication item, string change, Reviewer by, string note, DateTimeOffset at) => new()
    {
        PublicationId = item.Id,
        Revision = item.Revision,
        Change = change,
        At = at,
        By = by.UserId,
        Note = note.Trim(),
        Title = item.Title,
        DocumentNumber = item.DocumentNumber,
        Body = item.Body,
    };

    /// <summary>
    /// 公开属性: 依申请公开 and 不予公开 need a legal basis and a reason. Returns Chinese messages by field.
    /// </summary>
    public static Dictionary<string, string[]> CheckMode(DisclosureMode mode, string? basis, string? reason)
    {
        var errors = new Dictionary<string, string[]>();
        if (mode == DisclosureMode.Proactive)
        {
            return errors;
        }

        if (string.IsNullOrWhiteSpace(basis))
        {
            errors["ModeBasis"] = [$"公开属性为“{mode.ChineseLabel()}”时须写明法律依据。"];
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            errors["ModeReason"] = [$"公开属性为“{mode.ChineseLabel()}”时须写明理由。"];
        }

        return errors;
    }
}
