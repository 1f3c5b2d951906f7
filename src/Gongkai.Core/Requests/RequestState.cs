namespace Gongkai.Core.Requests;

/// <summary>Where a request stands, as far as time limits go.</summary>
public enum RequestState
{
    /// <summary>Received; the reply period is running.</summary>
    InProgress,

    /// <summary>The correction notice was sent; the reply period waits for the corrected application (第三十条).</summary>
    AwaitingCorrection,

    /// <summary>A third party or another agency is being consulted; the time is not counted (第三十二条–第三十四条).</summary>
    AwaitingThirdParty,

    /// <summary>A fee notice was sent; the time until payment is not counted (国办函〔2020〕109号).</summary>
    AwaitingFee,

    /// <summary>The agency replied.</summary>
    Replied,

    /// <summary>Ended without a reply: withdrawn, or treated as abandoned (Other.CorrectionOverdue, Other.FeeUnpaid).</summary>
    Closed,
}

/// <summary>Why a next event was refused.</summary>
public enum RefusalReason
{
    /// <summary>The first event must be the receipt.</summary>
    NotReceived,
    /// <summary>The request was already received.</summary>
    AlreadyReceived,
    /// <summary>The event is dated before the previous one.</summary>
    BeforePreviousEvent,
    /// <summary>The request was replied to or closed.</summary>
    RequestClosed,
    /// <summary>A second correction notice (第三十条: one notice listing everything).</summary>
    CorrectionAlreadyRequested,
    /// <summary>The correction notice came after its 7 working days.</summary>
    CorrectionNoticeTooLate,
    /// <summary>A correction was received, but none was asked for.</summary>
    CorrectionNotRequested,
    /// <summary>The step needs a running reply period, but the request waits for its correction.</summary>
    AwaitingCorrection,
    /// <summary>A consultation or a fee notice is already pending.</summary>
    AnotherPauseRunning,
    /// <summary>A consultation ended that had not started.</summary>
    ThirdPartyNotConsulted,
    /// <summary>Extensions would total more than 20 working days.</summary>
    ExtensionExceedsMaximum,
    /// <summary>An extension approved after the reply period ended.</summary>
    ExtensionAfterDeadline,
    /// <summary>An extension with no approver.</summary>
    ExtensionWithoutApproval,
    /// <summary>A period of zero or fewer working days.</summary>
    PeriodNotPositive,
    /// <summary>A second fee notice.</summary>
    FeeNoticeAlreadySent,
    /// <summary>A fee notice after the reply period ended.</summary>
    FeeNoticeAfterDeadline,
    /// <summary>A payment with no fee notice.</summary>
    FeeNotNoticed,
    /// <summary>A reply giving an outcome that only the lapse of a period produces.</summary>
    OutcomeIsAutomatic,
}

/// <summary>The result of offering one more event to a request.</summary>
/// <param name="Events">The events after the step: with the new one when accepted, unchanged when refused.</param>
/// <param name="Refusal">Why the event was refused; null when accepted.</param>
public sealed record StepResult(IReadOnlyList<RequestEvent> Events, Refusal? Refusal)
{
    /// <summary>Whether the event was accepted.</summary>
    public bool Accepted => Refusal is null;
}

/// <summary>One step of a deadline's explanation.</summary>
/// <param name="Article">The rule applied, e.g. "第三十三条"; null for a plain statement.</param>
/// <param name="Text">What the rule gave, in Chinese, with its dates.</param>
public sealed record ExplanationStep(string? Article, string Text)
{
    /// <summary>The step as one line, e.g. "第三十三条：自2024年9月28日起计算20个工作日，答复期限至2024年10月30日".</summary>
    public override string ToString() => Article is null ? Text : $"{Article}：{Text}";
}
