using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;
using static Gongkai.Core.Calendar.ChineseDate;

namespace Gongkai.Core.Requests;

/// <summary>The state and due date of a request on the desk, computed from its steps.</summary>
/// <param name="State">Where the request stands.</param>
/// <param name="DueOn">The date the next action is due: the reply, or the end of a correction, consultation or fee period; null once closed.</param>
/// <param name="ClosedOn">The date of the reply, or of the lapse that ended the request.</param>
/// <param name="Outcome">The outcome key (e.g. <c>Withheld.StateSecret</c>) once closed.</param>
/// <param name="ExtensionDays">Working days of extension approved so far.</param>
public sealed record CaseStatus(CaseState State, DateOnly? DueOn, DateOnly? ClosedOn, string? Outcome, int ExtensionDays)
{
    /// <summary>True until the request is replied to or closed.</summary>
    public bool IsOpen => ClosedOn is null;
}

/// <summary>
/// The request lifecycle on the desk. The statutory time limits and which event may follow which
/// are the <see cref="DeadlineEngine"/>'s: each step that is an event of the engine is offered to it.
/// The desk adds its own steps around them — acceptance, an extension asked for and then approved
/// by the Head (第三十三条), delivery and archiving — and the rule that no step is dated in the future.
/// </summary>
public static class DeskLifecycle
{
    /// <summary>The engine events of the steps, in order (steps that are the desk's own give none).</summary>
    public static IReadOnlyList<RequestEvent> Events(IEnumerable<RequestStep> steps, ReceiptChannel channel)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var events = new List<RequestEvent>();
        int pendingExtension = 0;
        foreach (var step in Ordered(steps))
        {
            if (step.Kind == StepKind.ExtensionRequested)
            {
                pendingExtension = step.Days ?? 0;
            }

            if (ToEvent(step, channel, pendingExtension) is { } e)
            {
                events.Add(e);
            }
        }

        return events;
    }

    /// <summary>The status on <paramref name="today"/>: a correction or fee period that lapsed has closed the request.</summary>
    public static CaseStatus Evaluate(IEnumerable<RequestStep> steps, ReceiptChannel channel, WorkdayCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var ordered = Ordered(steps).ToList();
        var events = Events(ordered, channel);
        var last = ordered.Count == 0 ? today : ordered[^1].On;
        var status = DeadlineEngine.Evaluate(calendar, events, today < last ? last : today);
        var desk = DeskFlags.Of(ordered);
        var state = status.State switch
        {
            RequestState.AwaitingCorrection => CaseState.AwaitingCorrection,
            RequestState.AwaitingThirdParty => CaseState.Consulting,
            RequestState.AwaitingFee => CaseState.AwaitingFee,
            RequestState.Closed => desk.Archived ? CaseState.Archived : CaseState.Closed,
            RequestState.Replied => desk.Archived ? CaseState.Archived : desk.Delivered ? CaseState.Delivered : CaseState.Replied,
            _ => desk.ExtensionPending ? CaseState.ExtensionPending : desk.Accepted ? CaseState.Processing : CaseState.Received,
        };
        var due = status.State switch
        {
            RequestState.AwaitingCorrection => status.CorrectionPeriodEnd,
            RequestState.AwaitingThirdParty => status.ThirdPartyReplyDue,
            RequestState.AwaitingFee => status.FeePaymentDue,
            RequestState.InProgress => status.Due,
            _ => null,
        };
        return new CaseStatus(state, due, status.ClosedOn, status.Outcome?.Key(), status.ExtensionUsed.Count);
    }

    /// <summary>Checks whether <paramref name="next"/> may follow the steps, taken by a staff member of <paramref name="role"/> on <paramref name="today"/>; null when it may.</summary>
    public static Refusal? Check(IReadOnlyCollection<RequestStep> steps, ReceiptChannel channel, RequestStep next, StaffRole role, DateOnly today, WorkdayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(next);
        if (next.On > today)
        {
            return new Refusal("日期不能晚于今天。");
        }

        var last = steps.Count == 0 ? (DateOnly?)null : steps.Max(s => s.On);
        if (last is { } l && next.On < l)
        {
            return new Refusal($"日期不能早于上一步骤的日期（{Format(l)}）。");
        }

        var status = Evaluate(steps, channel, calendar, next.On);
        var state = status.State;
        var desk = DeskFlags.Of(steps);
        switch (next.Kind)
        {
            case StepKind.Received:
                return new Refusal("申请已经收件登记。");
            case StepKind.Accepted:
                return state == CaseState.Received ? null : new Refusal($"当前状态为“{state.ChineseLabel()}”，不能受理。");
            case StepKind.ConsultationStarted or StepKind.FeeNoticed or StepKind.ExtensionRequested when state == CaseState.Received:
                return new Refusal($"须先受理，才能{next.Kind.ChineseLabel()}。");
            case StepKind.ExtensionRequested when desk.ExtensionPending:
                return new Refusal("已有待负责人批准的延期申请。");
            case StepKind.ExtensionApproved when !desk.ExtensionPending:
                return new Refusal("没有待批准的延期申请。");
            case StepKind.ExtensionApproved when role != StaffRole.Head:
                return new Refusal("第三十三条：延长答复期限须经政府信息公开工作机构负责人同意，请由负责人批准。");
            case StepKind.FeeNoticed when next.Amount is not > 0:
                return new Refusal("收费金额必须大于零。");
            case StepKind.Replied when ReplyOutcomes.FromKey(next.Outcome ?? "") is null:
                return new Refusal("请选择答复结果（年度报告第三部分的21种情形之一）。");
            case StepKind.Replied when string.IsNullOrWhiteSpace(next.LegalBasis):
                return new Refusal("请填写答复所依据的法律条款。");
            case StepKind.Delivered:
                return state == CaseState.Replied ? null : new Refusal("尚未作出答复，不能送达。");
            case StepKind.Archived:
                return state is CaseState.Delivered or CaseState.Closed ? null : new Refusal("尚未送达或终止，不能归档。");
        }

        // The engine decides everything about time limits and order; an extension asked for is checked as if approved now.
        var pending = next.Kind == StepKind.ExtensionRequested ? next.Days ?? 0 : desk.PendingDays;
        if (ToEvent(next, channel, pending, trial: true) is not { } e)
        {
            return null;
        }

        var refusal = DeadlineEngine.Validate(calendar, Events(steps, channel), e);
        return refusal is null ? null : refusal with { Message = refusal.Message + "。" };
    }

    private static IEnumerable<RequestStep> Ordered(IEnumerable<RequestStep> steps) =>
        // Steps not yet saved (Id 0) come after the saved ones of the same day.
        steps.OrderBy(s => s.On).ThenBy(s => s.Id == 0 ? long.MaxValue : s.Id);

    private static RequestEvent? ToEvent(RequestStep step, ReceiptChannel channel, int pendingExtension, bool trial = false) => step.Kind switch
    {
        StepKind.Received => new Received(step.On, channel),
        StepKind.CorrectionRequested => new CorrectionRequested(step.On, new WorkingDays(step.Days ?? 0)),
        StepKind.Corrected => new CorrectionReceived(step.On),
        StepKind.ConsultationStarted => new ThirdPartyConsultationStarted(step.On),
        StepKind.ConsultationAnswered => new ThirdPartyConsultationEnded(step.On),
        StepKind.ExtensionRequested when trial => new Extended(step.On, new WorkingDays(pendingExtension), "（待批准）"),
        StepKind.ExtensionApproved => new Extended(step.On, new WorkingDays(pendingExtension), step.ActorName.Length > 0 ? step.ActorName : "负责人"),
        StepKind.FeeNoticed => new FeeNoticeSent(step.On),
        StepKind.FeePaid => new FeePaid(step.On),
        StepKind.Replied => ReplyOutcomes.FromKey(step.Outcome ?? "") is { } outcome ? new Replied(step.On, outcome) : null,
        _ => null,
    };

    /// <summary>What the desk's own steps say: accepted, an extension waiting for the Head, delivered, archived.</summary>
    private readonly record struct DeskFlags(bool Accepted, bool ExtensionPending, int PendingDays, bool Delivered, bool Archived)
    {
        public static DeskFlags Of(IEnumerable<RequestStep> steps)
        {
            var flags = default(DeskFlags);
            foreach (var s in Ordered(steps))
            {
                flags = s.Kind switch
                {
                    StepKind.Accepted => flags with { Accepted = true },
                    StepKind.ExtensionRequested => flags with { ExtensionPending = true, PendingDays = s.Days ?? 0 },
                    StepKind.ExtensionApproved => flags with { ExtensionPending = false, PendingDays = 0 },
                    StepKind.Delivered => flags with { Delivered = true },
                    StepKind.Archived => flags with { Archived = true },
                    _ => flags,
                };
            }

            return flags;
        }
    }
}
