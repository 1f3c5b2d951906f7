using Gongkai.Core.Calendar;

namespace Gongkai.Core.Requests;

/// <summary>Keeps the computed columns of a request row (state, due date and its estimate, closing) in step with its steps.</summary>
public static class CaseRow
{
    /// <summary>Recomputes <paramref name="request"/> on <paramref name="today"/>; true when any column changed.</summary>
    public static bool Refresh(DisclosureRequest request, WorkdayCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(calendar);
        return Apply(request, DeskLifecycle.Evaluate(request.Steps, request.Channel, calendar, today), calendar);
    }

    /// <summary>Writes <paramref name="status"/> onto <paramref name="request"/>; true when any column changed.</summary>
    public static bool Apply(DisclosureRequest request, CaseStatus status, WorkdayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(calendar);
        var estimated = status.DueOn is { } due && calendar.RestsOnEstimate(request.ReceivedOn, due);
        var changed = request.State != status.State || request.DueOn != status.DueOn || request.IsOpen != status.IsOpen
            || request.ClosedOn != status.ClosedOn || request.Outcome != status.Outcome || request.DueEstimated != estimated;
        request.State = status.State;
        request.DueOn = status.DueOn;
        request.DueEstimated = estimated;
        request.IsOpen = status.IsOpen;
        request.ClosedOn = status.ClosedOn;
        request.Outcome = status.Outcome;
        return changed;
    }
}
