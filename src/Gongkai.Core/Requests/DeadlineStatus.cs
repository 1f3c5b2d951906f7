using Gongkai.Core.Calendar;

namespace Gongkai.Core.Requests;

/// <summary>A request's deadline and state on a given day, with the steps that produced them.</summary>
public sealed class DeadlineStatus
{
    // What the explanation is rebuilt from, on first use: deadlines are computed far more often than read.
    private readonly WorkdayCalendar _calendar;
    private readonly IReadOnlyList<RequestEvent> _events;
    private readonly DeadlineRules _rules;
    private IReadOnlyList<ExplanationStep>? _explanation;

    internal DeadlineStatus(in DeadlineClock clock, DateOnly today, DateOnly? due, WorkingDays? workingDaysLeft, bool estimated,
        WorkdayCalendar calendar, IReadOnlyList<RequestEvent> events, DeadlineRules rules)
    {
        _calendar = calendar;
        _events = events;
        _rules = rules;
        Today = today;
        State = clock.State;
        ReceivedOn = clock.ReceivedOn;
        Channel = clock.Channel;
        Due = due;
        WorkingDaysLeft = workingDaysLeft;
        Estimated = estimated;
        Outcome = clock.Outcome;
        ClosedOn = clock.ClosedOn;
        ExtensionUsed = new WorkingDays(clock.Extension);
        IsOverdue = workingDaysLeft is { Count: < 0 } || (State == RequestState.Replied && ClosedOn > Due);
        CorrectionNoticeDue = clock.State == RequestState.InProgress && !clock.CorrectionUsed && today <= clock.CorrectionNoticeDue
            ? clock.CorrectionNoticeDue : null;
        CorrectionPeriodEnd = clock.State == RequestState.AwaitingCorrection ? clock.CorrectionPeriodEnd : null;
        ThirdPartyReplyDue = clock.State == RequestState.AwaitingThirdParty ? clock.ThirdPartyReplyDue : null;
        FeePaymentDue = clock.State == RequestState.AwaitingFee ? clock.FeePaymentDue : null;
    }

    /// <summary>The day the status was computed for.</summary>
    public DateOnly Today { get; }

    /// <summary>Where the request stands.</summary>
    public RequestState State { get; }

    /// <summary>The day of receipt (第三十一条).</summary>
    public DateOnly ReceivedOn { get; }

    /// <summary>How the application arrived.</summary>
    public ReceiptChannel Channel { get; }

    /// <summary>
    /// The last day to reply (第三十三条), extensions and uncounted time included. Null while the request
    /// waits for its correction: the period then starts afresh from the correction's receipt (第三十条).
    /// During a consultation or a fee wait it is the deadline were the pause to end today. After a reply
    /// it is the deadline that applied then; a closed request (withdrawn or abandoned) has none.
    /// </summary>
    public DateOnly? Due { get; }

    /// <summary>
    /// Working days from <see cref="Today"/> to <see cref="Due"/>: 0 on the last day, negative when
    /// overdue. Frozen during a pause. Null when there is no running deadline (awaiting correction, replied, closed).
    /// </summary>
    public WorkingDays? WorkingDaysLeft { get; }

    /// <summary>Whether the reply is late: open past <see cref="Due"/>, or replied after it.</summary>
    public bool IsOverdue { get; }

    /// <summary>
    /// True where some date relied on a year with no State Council schedule and was counted on weekends
    /// and statutory holidays (show <see cref="CalendarDate.EstimateNote"/>).
    /// </summary>
    public bool Estimated { get; }

    /// <summary>The outcome once replied, or Other.CorrectionOverdue / Other.FeeUnpaid when a period lapsed; null otherwise (also when withdrawn).</summary>
    public ReplyOutcome? Outcome { get; }

    /// <summary>The day of the reply or closure; for a lapsed period, the day after it ended.</summary>
    public DateOnly? ClosedOn { get; }

    /// <summary>The extensions granted so far (at most <see cref="Article33.MaxExtension"/>).</summary>
    public WorkingDays ExtensionUsed { get; }

    /// <summary>While a correction notice may still be sent: the last day to send it (第三十条, 7 working days from receipt).</summary>
    public DateOnly? CorrectionNoticeDue { get; }

    /// <summary>While awaiting correction: the applicant's last day to correct; after it the request ends as Other.CorrectionOverdue.</summary>
    public DateOnly? CorrectionPeriodEnd { get; }

    /// <summary>While consulting a third party or another agency: the last day of its 15 working days (第三十二条, 第三十四条).</summary>
    public DateOnly? ThirdPartyReplyDue { get; }

    /// <summary>While awaiting a fee: the applicant's last day to pay; after it the request ends as Other.FeeUnpaid.</summary>
    public DateOnly? FeePaymentDue { get; }

    /// <summary>The steps, in Chinese, each citing its article and dates. Built on first use.</summary>
    public IReadOnlyList<ExplanationStep> Explanation =>
        _explanation ??= DeadlineEngine.Explain(_calendar, _events, Today, _rules, Estimated);
}
