using Gongkai.Core.Agencies;

namespace Gongkai.Core.Requests;

/// <summary>
/// A reply or notice drafted by a clerk and waiting for sign-off (签发). The step it would take is
/// held here, not on the case, until the last level of the agency's <see cref="SignOffChain"/>
/// approves; then the step is taken, dated the day of that approval, and the letter numbered. A
/// returned draft goes back to the clerk with the comment.
/// </summary>
public sealed class LetterDraft
{
    /// <summary>The database id.</summary>
    public long Id { get; set; }

    /// <summary>The case.</summary>
    public long RequestId { get; set; }

    /// <summary>The step the letter goes with (reply, correction, consultation, extension approval, fee notice, acceptance).</summary>
    public StepKind Kind { get; set; }

    /// <summary>Free text: what to correct, why, the reply's explanation.</summary>
    public string? Note { get; set; }

    /// <summary>Working days (correction period).</summary>
    public int? Days { get; set; }

    /// <summary>The fee, in 元.</summary>
    public decimal? Amount { get; set; }

    /// <summary>按件 or 按量, for a fee notice.</summary>
    public FeeMethod? FeeMethod { get; set; }

    /// <summary>The monthly ordinal or the pages, for a fee notice.</summary>
    public int? FeeQuantity { get; set; }

    /// <summary>Why the fee differs from the 109号 tiers, when it does.</summary>
    public string? FeeReason { get; set; }

    /// <summary>The outcome key of a reply.</summary>
    public string? Outcome { get; set; }

    /// <summary>The legal basis cited, when the clerk gives one other than the outcome's.</summary>
    public string? LegalBasis { get; set; }

    /// <summary>What a partial disclosure withholds and why.</summary>
    public string? Withheld { get; set; }

    /// <summary>The third party consulted (第三十二条), addressee of the consultation letter.</summary>
    public string? ThirdParty { get; set; }

    /// <summary>The clerk who drafted it.</summary>
    public required string DraftedById { get; set; }

    /// <summary>The clerk's name.</summary>
    public string DraftedByName { get; set; } = "";

    /// <summary>When it was drafted.</summary>
    public DateTimeOffset DraftedAt { get; set; }

    /// <summary>Pending, approved (the step taken) or returned.</summary>
    public DraftState State { get; set; }

    /// <summary>The approvals given so far.</summary>
    public int Approvals { get; set; }

    /// <summary>The sign-off chain in force when drafted, e.g. "Reviewer,Head".</summary>
    public string Chain { get; set; } = "Reviewer";

    /// <summary>The comment of the approver who returned it.</summary>
    public string? ReturnComment { get; set; }

    /// <summary>The step taken on final approval.</summary>
    public long? StepId { get; set; }

    /// <summary>Optimistic concurrency: two approvers at once cannot both give the same level.</summary>
    public int Version { get; set; }

    /// <summary>Each approval or return, in order.</summary>
    public List<SignOffRecord> Records { get; set; } = [];
}

/// <summary>Where a draft stands.</summary>
public enum DraftState
{
    /// <summary>Waiting for the next level of the chain.</summary>
    Pending,

    /// <summary>Every level approved; the step was taken.</summary>
    Approved,

    /// <summary>Returned to the clerk with a comment.</summary>
    Returned,
}

/// <summary>One decision on a draft.</summary>
public sealed class SignOffRecord
{
    /// <summary>The database id.</summary>
    public long Id { get; set; }

    /// <summary>The draft.</summary>
    public long DraftId { get; set; }

    /// <summary>Who decided.</summary>
    public required string ActorId { get; set; }

    /// <summary>Their name.</summary>
    public string ActorName { get; set; } = "";

    /// <summary>Their role.</summary>
    public StaffRole Role { get; set; }

    /// <summary>Approved, or returned.</summary>
    public bool Approved { get; set; }

    /// <summary>The comment (required on a return).</summary>
    public string? Comment { get; set; }

    /// <summary>When.</summary>
    public DateTimeOffset At { get; set; }
}
