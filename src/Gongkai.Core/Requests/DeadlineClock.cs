using System.Runtime.CompilerServices;
using Gongkai.Core.Calendar;
using static Gongkai.Core.Calendar.ChineseDate;

namespace Gongkai.Core.Requests;

/// <summary>
/// The running state of one request's time limits while its events are replayed. A mutable struct kept
/// inside <see cref="DeadlineEngine"/>, so that evaluating a request allocates next to nothing.
/// </summary>
internal struct DeadlineClock
{
    private const string Fees = "第四十二条、国办函〔2020〕109号";

    private readonly WorkdayCalendar _calendar;
    private readonly DeadlineRules _rules;
    private readonly List<ExplanationStep>? _trace;
    private bool _received;
    private DateOnly _lastDate;
    private DateOnly _periodStart;
    private int _paused;
    private DateOnly _pauseStart;
    private ConsultedParty _consulted;

    public DeadlineClock(WorkdayCalendar calendar, DeadlineRules rules, List<ExplanationStep>? trace)
    {
        _calendar = calendar;
        _rules = rules;
        _trace = trace;
    }

    public RequestState State { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public ReceiptChannel Channel { get; private set; }
    public DateOnly? Due { get; private set; }
    public int Extension { get; private set; }
    public bool Estimated { get; private set; }
    public bool CorrectionUsed { get; private set; }
    public bool FeeNoticeUsed { get; private set; }
    public DateOnly CorrectionNoticeDue { get; private set; }
    public DateOnly CorrectionPeriodEnd { get; private set; }
    public DateOnly ThirdPartyReplyDue { get; private set; }
    public DateOnly FeePaymentDue { get; private set; }
    public ReplyOutcome? Outcome { get; private set; }
    public DateOnly? ClosedOn { get; private set; }

    private readonly bool IsOpen => State is not (RequestState.Replied or RequestState.Closed);

    private readonly bool PauseCounts => State == RequestState.AwaitingThirdParty
        || (State == RequestState.AwaitingFee && _rules.FeeTimeExcluded);

    /// <summary>Applies one event, or says why it cannot be.</summary>
    public Refusal? Apply(RequestEvent next)
    {
        if (!_received)
        {
            return next is Received first ? Receive(first) : Refuse(RefusalReason.NotReceived, "尚未收到申请：第一个事件必须是收到申请");
        }
        if (next is Received)
        {
            return Refuse(RefusalReason.AlreadyReceived, $"申请已于{Format(ReceivedOn)}收到，不能再次收件");
        }
        if (next.Date < _lastDate)
        {
            return Refuse(RefusalReason.BeforePreviousEvent, $"事件日期{Format(next.Date)}早于上一事件的日期{Format(_lastDate)}");
        }
        AdvanceTo(next.Date);
        if (!IsOpen)
        {
            return Refuse(RefusalReason.RequestClosed, State == RequestState.Replied
                ? $"申请已于{Format(ClosedOn!.Value)}答复办结，不能再记录事件"
                : $"申请已于{Format(ClosedOn!.Value)}终止（{ClosedReason()}），不能再记录事件");
        }
        var refusal = next switch
        {
            CorrectionRequested e => RequestCorrection(e),
            CorrectionReceived e => ReceiveCorrection(e),
            ThirdPartyConsultationStarted e => StartConsultation(e),
            ThirdPartyConsultationEnded e => EndConsultation(e),
            Extended e => Extend(e),
            FeeNoticeSent e => SendFeeNotice(e),
            FeePaid e => PayFee(e),
            Replied e => Reply(e),
            Withdrawn e => Withdraw(e),
            _ => throw new ArgumentException($"Unknown event type {next.GetType().Name}.", nameof(next)),
        };
        if (refusal is null)
        {
            _lastDate = next.Date;
        }
        return refusal;
    }

    /// <summary>Lets time pass to <paramref name="date"/>: a correction or fee period that lapsed ends the request.</summary>
    public void AdvanceTo(DateOnly date)
    {
        if (State == RequestState.AwaitingCorrection && date > CorrectionPeriodEnd)
        {
            // 第三十条: no correction within the period = the application is treated as abandoned.
            Close(CorrectionPeriodEnd.AddDays(1), ReplyOutcome.OtherCorrectionOverdue);
            Explain(_trace, "第三十条", $"申请人未在{Format(CorrectionPeriodEnd)}前补正，视为放弃申请（逾期不补正）");
        }
        else if (State == RequestState.AwaitingFee && date > FeePaymentDue)
        {
            Close(FeePaymentDue.AddDays(1), ReplyOutcome.OtherFeeUnpaid);
            Explain(_trace, Fees, $"申请人未在{Format(FeePaymentDue)}前缴纳信息处理费，视为放弃申请（逾期未缴纳信息处理费）");
        }
    }

    /// <summary>The working days of a running pause, up to <paramref name="date"/>, that are not counted.</summary>
    public WorkingDays PausedSoFar(DateOnly date)
    {
        if (!PauseCounts || date <= _pauseStart)
        {
            return WorkingDays.Zero;
        }
        // 第三十二条, 第三十四条: the consulted party has 15 working days; time the agency waits beyond them is its own
        // (the safe reading of 第三十三条's "所需时间": a deadline must never run later than the law allows).
        var end = State == RequestState.AwaitingThirdParty && date > ThirdPartyReplyDue ? ThirdPartyReplyDue : date;
        return Count(_pauseStart, end);
    }

    /// <summary>The reply deadline were a running pause to end on <paramref name="date"/>; null while awaiting correction.</summary>
    public DateOnly? DueAsOf(DateOnly date)
    {
        if (State == RequestState.AwaitingCorrection)
        {
            return null;
        }
        if (!IsOpen || !PauseCounts)
        {
            return Due;
        }
        return Add(_periodStart, Article33.ReplyPeriod.Count + Extension + _paused + PausedSoFar(date).Count);
    }

    private Refusal? Receive(Received e)
    {
        if (!Enum.IsDefined(e.Channel))
        {
            throw new ArgumentOutOfRangeException(nameof(e), e.Channel, "Not a receipt channel.");
        }
        _received = true;
        _lastDate = e.Date;
        ReceivedOn = e.Date;
        Channel = e.Channel;
        State = RequestState.InProgress;
        CorrectionNoticeDue = Add(e.Date, Article30.CorrectionNoticeWindow.Count);
        StartPeriod(e.Date);
        Explain(_trace, "第三十一条", $"{e.Channel.ReceiptRule()}为收到申请之日：{Format(e.Date)}");
        Explain(_trace, "第三十三条", $"自{Format(e.Date.AddDays(1))}起计算{Article33.ReplyPeriod}，答复期限至{Format(Due!.Value)}");
        Explain(_trace, "第三十条", $"如需补正，应于{Format(CorrectionNoticeDue)}前一次性告知（收到申请之日起{Article30.CorrectionNoticeWindow}内）");
        return null;
    }

    private Refusal? RequestCorrection(CorrectionRequested e)
    {
        if (CorrectionUsed)
        {
            return Refuse(RefusalReason.CorrectionAlreadyRequested, "第三十条：补正通知应一次性告知需要补正的事项，不能再次要求补正");
        }
        if (State != RequestState.InProgress)
        {
            return RefuseWhilePaused();
        }
        if (e.Date > CorrectionNoticeDue)
        {
            return Refuse(RefusalReason.CorrectionNoticeTooLate,
                $"第三十条：补正通知应在收到申请之日起{Article30.CorrectionNoticeWindow}内（{Format(CorrectionNoticeDue)}前）发出");
        }
        if (e.Period.Count <= 0)
        {
            return Refuse(RefusalReason.PeriodNotPositive, "补正期限至少为1个工作日");
        }
        CorrectionUsed = true;
        State = RequestState.AwaitingCorrection;
        // 第三十条: the old period is gone; a new one starts only when the correction arrives.
        Due = null;
        CorrectionPeriodEnd = Add(e.Date, e.Period.Count);
        Explain(_trace, "第三十条", $"{Format(e.Date)}发出补正通知，答复期限停止计算；申请人应于{Format(CorrectionPeriodEnd)}前补正（{e.Period}）");
        return null;
    }

    private Refusal? ReceiveCorrection(CorrectionReceived e)
    {
        if (State != RequestState.AwaitingCorrection)
        {
            return Refuse(RefusalReason.CorrectionNotRequested, "未发出补正通知，不能记录收到补正");
        }
        // 第三十条: the reply period restarts from receipt of the corrected request (a restart, not a pause).
        State = RequestState.InProgress;
        StartPeriod(e.Date);
        Explain(_trace, "第三十条", $"{Format(e.Date)}收到补正后的申请，自{Format(e.Date.AddDays(1))}起重新计算{Article33.ReplyPeriod}，答复期限至{Format(Due!.Value)}");
        return null;
    }

    private Refusal? StartConsultation(ThirdPartyConsultationStarted e)
    {
        if (State != RequestState.InProgress)
        {
            return RefuseWhilePaused();
        }
        if (!Enum.IsDefined(e.Party))
        {
            throw new ArgumentOutOfRangeException(nameof(e), e.Party, "Not a consulted party.");
        }
        StartPause(RequestState.AwaitingThirdParty, e.Date);
        _consulted = e.Party;
        if (e.Party == ConsultedParty.ThirdParty)
        {
            ThirdPartyReplyDue = Add(e.Date, Article32.ThirdPartyReplyPeriod.Count);
            Explain(_trace, "第三十二条", $"{Format(e.Date)}书面征求第三方意见，第三方应于{Format(ThirdPartyReplyDue)}前答复（{Article32.ThirdPartyReplyPeriod}）；征求意见的时间不计入答复期限（第三十三条）");
        }
        else
        {
            ThirdPartyReplyDue = Add(e.Date, Article34.OtherAgencyReplyPeriod.Count);
            Explain(_trace, "第三十四条", $"{Format(e.Date)}征求共同制作机关意见，被征求意见机关应于{Format(ThirdPartyReplyDue)}前答复（{Article34.OtherAgencyReplyPeriod}，逾期视为同意）；征求意见的时间不计入答复期限（第三十三条）");
        }
        return null;
    }

    private Refusal? EndConsultation(ThirdPartyConsultationEnded e)
    {
        if (State != RequestState.AwaitingThirdParty)
        {
            return Refuse(RefusalReason.ThirdPartyNotConsulted, "没有正在进行的征求第三方意见，不能记录其结束");
        }
        bool late = e.Date > ThirdPartyReplyDue;
        var lasted = EndPause(e.Date);
        Explain(_trace, "第三十三条", $"{Format(e.Date)}{ConsultationName}结束，{lasted}不计入{(late ? $"（答复期限{Format(ThirdPartyReplyDue)}之后的时间计入）" : "")}，答复期限顺延至{Format(Due!.Value)}");
        return null;
    }

    private Refusal? Extend(Extended e)
    {
        if (State == RequestState.AwaitingCorrection)
        {
            return RefuseWhilePaused();
        }
        if (string.IsNullOrWhiteSpace(e.ApprovedBy))
        {
            return Refuse(RefusalReason.ExtensionWithoutApproval, "第三十三条：延长答复期限须经政府信息公开工作机构负责人同意");
        }
        if (e.Days.Count <= 0)
        {
            return Refuse(RefusalReason.PeriodNotPositive, "延长的期限至少为1个工作日");
        }
        if (e.Days.Count > Article33.MaxExtension.Count - Extension)
        {
            return Refuse(RefusalReason.ExtensionExceedsMaximum,
                $"第三十三条：延长答复期限最长不超过{Article33.MaxExtension}，已延长{Extension}个工作日，不能再延长{e.Days}");
        }
        var due = DueAsOf(e.Date)!.Value;
        if (e.Date > due)
        {
            return Refuse(RefusalReason.ExtensionAfterDeadline, $"第三十三条：答复期限已于{Format(due)}届满，不能再延长");
        }
        Extension += e.Days.Count;
        Due = Add(_periodStart, Article33.ReplyPeriod.Count + Extension + _paused);
        Explain(_trace, "第三十三条", $"{Format(e.Date)}经{e.ApprovedBy}同意延长{e.Days}（累计{Extension}个工作日，最长{Article33.MaxExtension}），答复期限延至{Format(DueAsOf(e.Date)!.Value)}");
        return null;
    }

    private Refusal? SendFeeNotice(FeeNoticeSent e)
    {
        if (FeeNoticeUsed)
        {
            return Refuse(RefusalReason.FeeNoticeAlreadySent, "已发出收费通知，不能再次发出");
        }
        if (State != RequestState.InProgress)
        {
            return RefuseWhilePaused();
        }
        if (e.Date > Due!.Value)
        {
            return Refuse(RefusalReason.FeeNoticeAfterDeadline, $"{Fees}：收费通知应在答复期限内发出，答复期限已于{Format(Due.Value)}届满");
        }
        FeeNoticeUsed = true;
        StartPause(RequestState.AwaitingFee, e.Date);
        FeePaymentDue = Add(e.Date, FeeRules.PaymentPeriod.Count);
        Explain(_trace, Fees, $"{Format(e.Date)}发出收费通知，申请人应于{Format(FeePaymentDue)}前缴费（自次日起{FeeRules.PaymentPeriod}）{(_rules.FeeTimeExcluded ? "；通知至缴费的时间不计入答复期限" : "")}");
        return null;
    }

    private Refusal? PayFee(FeePaid e)
    {
        if (State != RequestState.AwaitingFee)
        {
            return Refuse(RefusalReason.FeeNotNoticed, "未发出收费通知，不能记录缴费");
        }
        bool excluded = _rules.FeeTimeExcluded;
        var lasted = EndPause(e.Date);
        Explain(_trace, Fees, $"{Format(e.Date)}申请人缴费，{(excluded ? $"{lasted}不计入，答复期限顺延至" : "答复期限仍至")}{Format(Due!.Value)}");
        return null;
    }

    private Refusal? Reply(Replied e)
    {
        if (e.Outcome is ReplyOutcome.OtherCorrectionOverdue or ReplyOutcome.OtherFeeUnpaid)
        {
            return Refuse(RefusalReason.OutcomeIsAutomatic,
                $"“{e.Outcome.ChineseLabel()}”由期限届满自动产生，不作为答复结果记录");
        }
        if (!Enum.IsDefined(e.Outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(e), e.Outcome, "Not a reply outcome.");
        }
        if (State is RequestState.AwaitingThirdParty or RequestState.AwaitingFee)
        {
            EndPause(e.Date);
        }
        Close(e.Date, e.Outcome);
        State = RequestState.Replied;
        if (Due is { } due)
        {
            var late = Count(due, e.Date);
            Explain(_trace, "第三十六条", $"{Format(e.Date)}作出答复，结果为“{e.Outcome.ChineseLabel()}”，{(late.Count > 0 ? $"超过答复期限{late}" : $"在答复期限{Format(due)}内")}");
        }
        else
        {
            Explain(_trace, "第三十六条", $"{Format(e.Date)}作出答复，结果为“{e.Outcome.ChineseLabel()}”");
        }
        return null;
    }

    private Refusal? Withdraw(Withdrawn e)
    {
        if (State is RequestState.AwaitingThirdParty or RequestState.AwaitingFee)
        {
            EndPause(e.Date);
        }
        Close(e.Date, null);
        Explain(_trace, null, $"{Format(e.Date)}申请人撤回申请");
        return null;
    }

    private void StartPeriod(DateOnly start)
    {
        _periodStart = start;
        _paused = 0;
        Extension = 0;
        Due = Add(start, Article33.ReplyPeriod.Count);
    }

    private void StartPause(RequestState state, DateOnly start)
    {
        State = state;
        _pauseStart = start;
    }

    private WorkingDays EndPause(DateOnly end)
    {
        var lasted = PausedSoFar(end);
        _paused += lasted.Count;
        State = RequestState.InProgress;
        Due = Add(_periodStart, Article33.ReplyPeriod.Count + Extension + _paused);
        return lasted;
    }

    private void Close(DateOnly on, ReplyOutcome? outcome)
    {
        State = RequestState.Closed;
        ClosedOn = on;
        Outcome = outcome;
    }

    public readonly string ConsultationName => _consulted == ConsultedParty.ThirdParty ? "征求第三方意见" : "征求其他机关意见";

    private readonly string ClosedReason() => Outcome?.ChineseLabel() ?? "申请人撤回申请";

    private readonly Refusal RefuseWhilePaused() => State switch
    {
        RequestState.AwaitingCorrection => Refuse(RefusalReason.AwaitingCorrection, "正在等待申请人补正，答复期限尚未重新起算"),
        RequestState.AwaitingThirdParty => Refuse(RefusalReason.AnotherPauseRunning, $"正在{ConsultationName}，请先记录征求意见结束"),
        _ => Refuse(RefusalReason.AnotherPauseRunning, "正在等待申请人缴费，请先记录缴费"),
    };

    private static Refusal Refuse(RefusalReason reason, string message) => new(message) { Reason = reason };

    private DateOnly Add(DateOnly start, int days)
    {
        var result = _calendar.AddWorkingDays(start, days);
        Estimated |= result.Estimated;
        return result.Date;
    }

    private WorkingDays Count(DateOnly from, DateOnly to)
    {
        var result = _calendar.WorkingDaysBetween(from, to);
        Estimated |= result.Estimated;
        return result.Days;
    }

    // The text is only formatted when an explanation was asked for (see ExplanationText).
    private static void Explain(List<ExplanationStep>? trace, string? article,
        [InterpolatedStringHandlerArgument("trace")] ExplanationText text)
    {
        trace?.Add(new ExplanationStep(article, text.ToStringAndClear()));
    }
}
