namespace Gongkai.Core.Requests;

/// <summary>The state and due date of a request, computed from its steps.</summary>
/// <param name="State">Where the request stands.</param>
/// <param name="DueOn">The date the next action is due; null once replied.</param>
/// <param name="ReplyDueOn">The date the reply is due (第三十三条), counting corrections, pauses and extensions.</param>
/// <param name="ClosedOn">The date of the reply or closing decision.</param>
/// <param name="Outcome">The reply outcome key.</param>
/// <param name="ExtensionDays">Working days of extension approved so far.</param>
public sealed record CaseStatus(
    CaseState State,
    DateOnly? DueOn,
    DateOnly? ReplyDueOn,
    DateOnly? ClosedOn,
    string? Outcome,
    int ExtensionDays)
{
    public bool IsOpen => ClosedOn is null;

    /// <summary>Whether the next action is due within <paramref name="days"/> calendar days of <paramref name="today"/>.</summary>
    public bool IsDueSoon(DateOnly today, int days = 5) => DueOn is { } due && due >= today && due.DayNumber - today.DayNumber <= days;

    public bool IsOverdue(DateOnly today) => DueOn is { } due && due < today;
}

/// <summary>The result of checking a step: allowed, or refused with a reason in Chinese.</summary>
public sealed record StepCheck(bool Allowed, string? Reason)
{
    public static readonly StepCheck Ok = new(true, null);

    public static StepCheck Refuse(string reason) => new(false, reason);
}

/// <summary>
/// The request lifecycle on the desk: which step may follow, and the state and due date after each.
/// Periods are the articles' own: 第三十条 (one correction notice within 7 working days, reply period
/// restarts from the corrected request), 第三十三条 (20 working days, extensions at most 20 in total,
/// approved by the Head), 第三十二条 (consultation not counted), 国办函〔2020〕109号 (fee notice to payment
/// not counted; 20 working days to pay).
/// </summary>
public static class DeskLifecycle
{
    /// <summary>第三十三条: the reply period.</summary>
    public const int ReplyPeriod = 20;

    /// <summary>第三十三条: the most an extension may add, in one step or more.</summary>
    public const int MaxExtension = 20;

    /// <summary>第三十条: the correction notice is sent within 7 working days of receipt.</summary>
    public const int CorrectionNoticePeriod = 7;

    /// <summary>第三十二条: the third party answers within 15 working days.</summary>
    public const int ConsultationPeriod = 15;

    /// <summary>国办函〔2020〕109号: the applicant pays within 20 working days.</summary>
    public const int FeePaymentPeriod = 20;

    /// <summary>Computes the status after the given steps (ordered as recorded).</summary>
    public static CaseStatus Evaluate(IEnumerable<RequestStep> steps, WorkingDays days)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(days);
        var state = CaseState.Received;
        DateOnly? replyDue = null, due = null, closed = null, pauseStart = null;
        string? outcome = null;
        var extension = 0;
        int pending = 0;
        // Steps not yet saved (Id 0) come after the saved ones of the same day.
        foreach (var step in steps.OrderBy(s => s.On).ThenBy(s => s.Id == 0 ? long.MaxValue : s.Id))
        {
            switch (step.Kind)
            {
                case StepKind.Received:
                    state = CaseState.Received;
                    replyDue = due = days.Add(step.On, ReplyPeriod);
                    break;
                case StepKind.Accepted:
                    state = CaseState.Processing;
                    break;
                case StepKind.CorrectionRequested:
                    state = CaseState.AwaitingCorrection;
                    due = days.Add(step.On, step.Days ?? 0);
                    break;
                case StepKind.Corrected:
                    // 第三十条: the reply period restarts from receipt of the corrected request.
                    state = CaseState.Processing;
                    replyDue = due = days.Add(step.On, ReplyPeriod + extension);
                    break;
                case StepKind.ConsultationStarted:
                    state = CaseState.Consulting;
                    pauseStart = step.On;
                    due = days.Add(step.On, ConsultationPeriod);
                    break;
                case StepKind.FeeNoticed:
                    state = CaseState.AwaitingFee;
                    pauseStart = step.On;
                    due = days.Add(step.On, FeePaymentPeriod);
                    break;
                case StepKind.ConsultationAnswered:
                case StepKind.FeePaid:
                    // 第三十二条 and 109号: the paused time is not counted in the reply period.
                    state = CaseState.Processing;
                    if (replyDue is { } r && pauseStart is { } p)
                    {
                        replyDue = days.Add(r, days.Between(p, step.On));
                    }

                    due = replyDue;
                    pauseStart = null;
                    break;
                case StepKind.ExtensionRequested:
                    state = CaseState.ExtensionPending;
                    pending = step.Days ?? 0;
                    break;
                case StepKind.ExtensionApproved:
                    state = CaseState.Processing;
                    extension += pending;
                    if (replyDue is { } before)
                    {
                        replyDue = days.Add(before, pending);
                    }

                    due = replyDue;
                    pending = 0;
                    break;
                case StepKind.Replied:
                    state = CaseState.Replied;
                    closed = step.On;
                    outcome = step.Outcome;
                    due = null;
                    break;
                case StepKind.Delivered:
                    state = CaseState.Delivered;
                    break;
                case StepKind.Archived:
                    state = CaseState.Archived;
                    break;
            }
        }

        return new CaseStatus(state, due, replyDue, closed, outcome, extension);
    }

    /// <summary>Checks whether <paramref name="next"/> may follow the given steps, done by a staff member of <paramref name="role"/>.</summary>
    public static StepCheck Check(IReadOnlyCollection<RequestStep> steps, RequestStep next, Agencies.StaffRole role, DateOnly today, WorkingDays days)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(days);
        var status = Evaluate(steps, days);
        var last = steps.Count == 0 ? (DateOnly?)null : steps.Max(s => s.On);
        var received = steps.FirstOrDefault(s => s.Kind == StepKind.Received)?.On;
        if (next.On > today)
        {
            return StepCheck.Refuse("日期不能晚于今天。");
        }

        if (last is { } l && next.On < l)
        {
            return StepCheck.Refuse($"日期不能早于上一步骤的日期（{l:yyyy-MM-dd}）。");
        }

        var state = status.State;
        return next.Kind switch
        {
            StepKind.Received => StepCheck.Refuse("申请已经收件登记。"),
            StepKind.Accepted => state == CaseState.Received ? StepCheck.Ok : StepCheck.Refuse($"当前状态为“{state.ChineseLabel()}”，不能受理。"),
            StepKind.CorrectionRequested => CheckCorrectionNotice(steps, next, state, received, days),
            StepKind.Corrected => state != CaseState.AwaitingCorrection
                ? StepCheck.Refuse("没有待补正的告知书。")
                : next.On > status.DueOn ? StepCheck.Refuse($"补正期限已于{status.DueOn:yyyy-MM-dd}届满，应按逾期不补正处理。") : StepCheck.Ok,
            StepKind.ConsultationStarted => state == CaseState.Processing ? StepCheck.Ok : StepCheck.Refuse($"当前状态为“{state.ChineseLabel()}”，不能征求第三方意见（须先受理）。"),
            StepKind.ConsultationAnswered => state == CaseState.Consulting ? StepCheck.Ok : StepCheck.Refuse("没有正在进行的征求意见。"),
            StepKind.ExtensionRequested => CheckExtension(status, next),
            StepKind.ExtensionApproved => state != CaseState.ExtensionPending
                ? StepCheck.Refuse("没有待批准的延期申请。")
                : role != Agencies.StaffRole.Head ? StepCheck.Refuse("延长答复期限须经政府信息公开工作机构负责人同意（第三十三条）。") : StepCheck.Ok,
            StepKind.FeeNoticed => state != CaseState.Processing
                ? StepCheck.Refuse($"当前状态为“{state.ChineseLabel()}”，不能发出收费通知（须先受理）。")
                : next.Amount is not > 0 ? StepCheck.Refuse("收费金额必须大于零。")
                : next.On > status.ReplyDueOn ? StepCheck.Refuse("收费通知应当在答复期限内发出。") : StepCheck.Ok,
            StepKind.FeePaid => state != CaseState.AwaitingFee
                ? StepCheck.Refuse("没有待缴纳的信息处理费。")
                : next.On > status.DueOn ? StepCheck.Refuse($"缴费期限已于{status.DueOn:yyyy-MM-dd}届满，应按逾期未缴费处理。") : StepCheck.Ok,
            StepKind.Replied => CheckReply(status, next),
            StepKind.Delivered => state == CaseState.Replied ? StepCheck.Ok : StepCheck.Refuse("尚未作出答复，不能送达。"),
            StepKind.Archived => state == CaseState.Delivered ? StepCheck.Ok : StepCheck.Refuse("尚未送达，不能归档。"),
            _ => StepCheck.Refuse("未知的办理步骤。"),
        };
    }

    private static StepCheck CheckCorrectionNotice(IReadOnlyCollection<RequestStep> steps, RequestStep next, CaseState state, DateOnly? received, WorkingDays days)
    {
        if (steps.Any(s => s.Kind == StepKind.CorrectionRequested))
        {
            return StepCheck.Refuse("补正告知书只能发出一次，应一次性告知需要补正的事项（第三十条）。");
        }

        if (state is not (CaseState.Received or CaseState.Processing))
        {
            return StepCheck.Refuse("当前状态不能发出补正告知书。");
        }

        if (received is { } r && next.On > days.Add(r, CorrectionNoticePeriod))
        {
            return StepCheck.Refuse($"补正告知书应当在收到申请之日起7个工作日内发出（第三十条），期限已于{days.Add(r, CorrectionNoticePeriod):yyyy-MM-dd}届满。");
        }

        return next.Days is >= 1 and <= 60 ? StepCheck.Ok : StepCheck.Refuse("补正期限应为1至60个工作日。");
    }

    private static StepCheck CheckExtension(CaseStatus status, RequestStep next)
    {
        if (status.State != CaseState.Processing)
        {
            return StepCheck.Refuse($"当前状态为“{status.State.ChineseLabel()}”，不能申请延期（须先受理）。");
        }

        if (next.Days is not > 0)
        {
            return StepCheck.Refuse("延长的工作日数必须大于零。");
        }

        if (status.ExtensionDays + next.Days > MaxExtension)
        {
            return StepCheck.Refuse($"延长答复的期限最长不得超过20个工作日（第三十三条），已延长{status.ExtensionDays}个工作日。");
        }

        return next.On > status.ReplyDueOn ? StepCheck.Refuse("答复期限已届满，不能再延期。") : StepCheck.Ok;
    }

    private static StepCheck CheckReply(CaseStatus status, RequestStep next)
    {
        if (next.Outcome is null || !ReplyOutcomes.IsKnown(next.Outcome))
        {
            return StepCheck.Refuse("请选择答复结果（年度报告第三部分的21种情形之一）。");
        }

        if (string.IsNullOrWhiteSpace(next.LegalBasis))
        {
            return StepCheck.Refuse("请填写答复所依据的法律条款。");
        }

        return (status.State, next.Outcome) switch
        {
            (CaseState.AwaitingCorrection, ReplyOutcomes.CorrectionOverdue) => next.On > status.DueOn
                ? StepCheck.Ok
                : StepCheck.Refuse($"补正期限至{status.DueOn:yyyy-MM-dd}，届满前不能按逾期不补正处理。"),
            (_, ReplyOutcomes.CorrectionOverdue) => StepCheck.Refuse("申请人未被告知补正，不能按逾期不补正处理。"),
            (CaseState.AwaitingFee, ReplyOutcomes.FeeUnpaid) => next.On > status.DueOn
                ? StepCheck.Ok
                : StepCheck.Refuse($"缴费期限至{status.DueOn:yyyy-MM-dd}，届满前不能按逾期未缴费处理。"),
            (_, ReplyOutcomes.FeeUnpaid) => StepCheck.Refuse("没有待缴纳的信息处理费，不能按逾期未缴费处理。"),
            (CaseState.Received or CaseState.Processing, _) => StepCheck.Ok,
            _ => StepCheck.Refuse($"当前状态为“{status.State.ChineseLabel()}”，不能作出答复。"),
        };
    }
}
