using Gongkai.Core.Calendar;
using static Gongkai.Core.Calendar.ChineseDate;

namespace Gongkai.Core.Requests;

/// <summary>
/// The statutory time limits of a disclosure request: replays its events under the 条例's rules to give
/// its deadline and state on a day, the deadlines of its pending notices, and the steps that produced them;
/// and accepts or refuses each next event.
/// </summary>
/// <remarks>
/// Keep only accepted events (through <see cref="Apply"/> or <see cref="Validate"/>); <see cref="Evaluate"/>
/// takes such a history. Every method is pure: the same events and day give the same answer.
/// </remarks>
public static class DeadlineEngine
{
    /// <summary>The request's deadline and state on <paramref name="today"/>.</summary>
    /// <param name="calendar">The working-day calendar, e.g. <see cref="WorkdayCalendar.Default"/> with the years an administrator loaded.</param>
    /// <param name="events">
    /// The request's accepted events, in order, starting with <see cref="Received"/>. The status keeps the list
    /// to build its explanation when first read: do not change it afterwards.
    /// </param>
    /// <param name="today">The day to evaluate on. A correction or fee period that lapsed before it ends the request.</param>
    /// <param name="rules">Settings where the law leaves a choice; <see cref="DeadlineRules.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The events are empty or contain a step <see cref="Validate"/> refuses.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date, or a period's end, outside the calendar's years (2000–2099).</exception>
    public static DeadlineStatus Evaluate(WorkdayCalendar calendar, IReadOnlyList<RequestEvent> events, DateOnly today,
        DeadlineRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(events);
        rules ??= DeadlineRules.Default;
        var clock = Replay(calendar, events, rules, trace: null);
        clock.AdvanceTo(today);
        // A withdrawn or abandoned request has no deadline left to keep.
        var due = clock.State == RequestState.Closed ? null : clock.DueAsOf(today);
        WorkingDays? left = null;
        bool estimated = clock.Estimated;
        if (due is { } running && clock.State is not (RequestState.Replied or RequestState.Closed))
        {
            var count = calendar.WorkingDaysBetween(today, running);
            left = count.Days;
            estimated |= count.Estimated;
        }
        return new DeadlineStatus(clock, today, due, left, estimated, calendar, events, rules);
    }

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="history"/>: null when it may, else why not, in Chinese.</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="history">The request's accepted events so far (empty for a new request).</param>
    /// <param name="next">The event offered.</param>
    /// <param name="rules">Settings where the law leaves a choice; <see cref="DeadlineRules.Default"/> when null.</param>
    /// <exception cref="ArgumentException"><paramref name="history"/> itself holds a refused step.</exception>
    public static Refusal? Validate(WorkdayCalendar calendar, IReadOnlyList<RequestEvent> history, RequestEvent next,
        DeadlineRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(next);
        var clock = new DeadlineClock(calendar, rules ?? DeadlineRules.Default, trace: null);
        ApplyAll(ref clock, history);
        return clock.Apply(next);
    }

    /// <summary>Offers <paramref name="next"/> to the request: the events with it when accepted, or the refusal.</summary>
    /// <inheritdoc cref="Validate" path="/param"/>
    /// <exception cref="ArgumentException"><paramref name="history"/> itself holds a refused step.</exception>
    public static StepResult Apply(WorkdayCalendar calendar, IReadOnlyList<RequestEvent> history, RequestEvent next,
        DeadlineRules? rules = null)
    {
        var refusal = Validate(calendar, history, next, rules);
        return refusal is null ? new StepResult([.. history, next], null) : new StepResult(history, refusal);
    }

    private static DeadlineClock Replay(WorkdayCalendar calendar, IReadOnlyList<RequestEvent> events, DeadlineRules rules,
        List<ExplanationStep>? trace)
    {
        if (events.Count == 0)
        {
            throw new ArgumentException("A request has at least its Received event.", nameof(events));
        }
        var clock = new DeadlineClock(calendar, rules, trace);
        ApplyAll(ref clock, events);
        return clock;
    }

    private static void ApplyAll(ref DeadlineClock clock, IReadOnlyList<RequestEvent> events)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i] ?? throw new ArgumentException($"Event {i + 1} is null.", nameof(events));
            if (clock.Apply(e) is { } refusal)
            {
                throw new ArgumentException($"Event {i + 1} ({e}) is refused: {refusal.Message}", nameof(events));
            }
        }
    }

    internal static IReadOnlyList<ExplanationStep> Explain(WorkdayCalendar calendar, IReadOnlyList<RequestEvent> events, DateOnly today,
        DeadlineRules rules, bool estimated)
    {
        var steps = new List<ExplanationStep>();
        var clock = Replay(calendar, events, rules, steps);
        clock.AdvanceTo(today);
        var due = clock.DueAsOf(today);
        switch (clock.State)
        {
            case RequestState.AwaitingCorrection:
                steps.Add(new(null, $"截至{Format(today)}，正在等待申请人补正（补正期限至{Format(clock.CorrectionPeriodEnd)}）；答复期限自收到补正之日起重新计算"));
                break;
            case RequestState.InProgress or RequestState.AwaitingThirdParty or RequestState.AwaitingFee:
                var paused = clock.PausedSoFar(today);
                if (clock.State != RequestState.InProgress)
                {
                    string what = clock.State == RequestState.AwaitingThirdParty ? $"{clock.ConsultationName}尚未结束" : "申请人尚未缴费";
                    steps.Add(new(clock.State == RequestState.AwaitingThirdParty ? "第三十三条" : "国办函〔2020〕109号",
                        clock.State == RequestState.AwaitingThirdParty || rules.FeeTimeExcluded
                            ? $"{what}，至{Format(today)}已有{paused}不计入，答复期限暂计至{Format(due!.Value)}"
                            : $"{what}，答复期限仍至{Format(due!.Value)}"));
                }
                var left = calendar.WorkingDaysBetween(today, due!.Value).Days;
                steps.Add(new(null, left.Count >= 0
                    ? $"截至{Format(today)}，距答复期限{Format(due.Value)}还有{left}"
                    : $"截至{Format(today)}，已超过答复期限（{Format(due.Value)}）{-left.Count}个工作日"));
                break;
        }
        if (!estimated)
        {
            return steps;
        }
        var last = new[] { today, due ?? today, clock.ClosedOn ?? today, events[^1].Date, clock.CorrectionPeriodEnd, clock.FeePaymentDue, clock.ThirdPartyReplyDue }.Max();
        var unscheduled = Enumerable.Range(clock.ReceivedOn.Year, last.Year - clock.ReceivedOn.Year + 1)
            .Where(year => !calendar.HasSchedule(year)).ToArray();
        steps.Add(new("注意", $"{string.Join("、", unscheduled)}年尚无国务院节假日安排，{CalendarDate.EstimateNote}"));
        return steps;
    }
}
