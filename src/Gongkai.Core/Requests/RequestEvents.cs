using Gongkai.Core.Calendar;

namespace Gongkai.Core.Requests;

/// <summary>Something that happened to a disclosure request on a date. The deadline engine replays these in order.</summary>
/// <param name="Date">The day it happened.</param>
public abstract record RequestEvent(DateOnly Date);

/// <summary>The application was received (收件). Always the first event.</summary>
/// <param name="Date">The day of receipt as 第三十一条 fixes it for the channel (see <see cref="ReceiptChannel"/>).</param>
/// <param name="Channel">How the application arrived.</param>
public sealed record Received(DateOnly Date, ReceiptChannel Channel) : RequestEvent(Date);

/// <summary>
/// The correction notice (补正通知) was sent (第三十条): once, within 7 working days of receipt. The reply
/// period stops and starts afresh when the corrected application arrives.
/// </summary>
/// <param name="Date">The day the notice was sent.</param>
/// <param name="Period">The applicant's period to correct, counted from the day after the notice.</param>
public sealed record CorrectionRequested(DateOnly Date, WorkingDays Period) : RequestEvent(Date)
{
    /// <summary>A notice giving the default period, <see cref="Article30.DefaultCorrectionPeriod"/>.</summary>
    public CorrectionRequested(DateOnly Date) : this(Date, Article30.DefaultCorrectionPeriod)
    {
    }
}

/// <summary>The corrected application was received; a new reply period of 20 working days starts (第三十条).</summary>
/// <param name="Date">The day the correction was received.</param>
public sealed record CorrectionReceived(DateOnly Date) : RequestEvent(Date);

/// <summary>
/// A third party (第三十二条) or another agency that made the information jointly (第三十四条) was consulted
/// in writing; the time until it answers, at most its 15 working days, is not counted (第三十三条).
/// </summary>
/// <param name="Date">The day the letter was sent.</param>
/// <param name="Party">Who was consulted.</param>
public sealed record ThirdPartyConsultationStarted(DateOnly Date, ConsultedParty Party) : RequestEvent(Date)
{
    /// <summary>A consultation of a third party (第三十二条).</summary>
    public ThirdPartyConsultationStarted(DateOnly Date) : this(Date, ConsultedParty.ThirdParty)
    {
    }
}

/// <summary>Who is consulted during a request.</summary>
public enum ConsultedParty
{
    /// <summary>A third party whose lawful rights disclosure could harm (第三十二条).</summary>
    ThirdParty,

    /// <summary>Another agency that made the information jointly (第三十四条); its silence is consent.</summary>
    OtherAgency,
}

/// <summary>The consulted party answered, or its 15 working days ran out and the agency decides (第三十二条, 第三十四条).</summary>
/// <param name="Date">The day the consultation ended.</param>
public sealed record ThirdPartyConsultationEnded(DateOnly Date) : RequestEvent(Date);

/// <summary>The reply period was extended (第三十三条): at most 20 working days in total, approved by the office's head.</summary>
/// <param name="Date">The day of approval; it must fall within the reply period.</param>
/// <param name="Days">The working days added.</param>
/// <param name="ApprovedBy">Who approved it (the desk makes sure it is a Head).</param>
public sealed record Extended(DateOnly Date, WorkingDays Days, string ApprovedBy) : RequestEvent(Date);

/// <summary>A processing-fee notice was sent (国办函〔2020〕109号), within the reply period.</summary>
/// <param name="Date">The day the notice was sent; the applicant's 20 working days count from the day after.</param>
public sealed record FeeNoticeSent(DateOnly Date) : RequestEvent(Date);

/// <summary>The applicant paid the processing fee.</summary>
/// <param name="Date">The day of payment.</param>
public sealed record FeePaid(DateOnly Date) : RequestEvent(Date);

/// <summary>The agency replied (答复, 第三十六条); the request is done.</summary>
/// <param name="Date">The day of the reply.</param>
/// <param name="Outcome">The reply's outcome; the two automatic outcomes (Other.CorrectionOverdue, Other.FeeUnpaid) are refused.</param>
public sealed record Replied(DateOnly Date, ReplyOutcome Outcome) : RequestEvent(Date);

/// <summary>The applicant withdrew the application; the request is closed.</summary>
/// <param name="Date">The day of withdrawal.</param>
public sealed record Withdrawn(DateOnly Date) : RequestEvent(Date);
