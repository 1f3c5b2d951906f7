using Gongkai.Core.Calendar;

namespace Gongkai.Core.Catalog;

/// <summary>
/// 第二十六条: proactive information is published within 20 working days of being formed or changed
/// (自该政府信息形成或者变更之日起20个工作日内), counted on the official working-day calendar.
/// </summary>
public static class Article26
{
    /// <summary>The publication period: 20 working days, the day of forming not counted.</summary>
    public static readonly WorkingDays PublicationPeriod = new(20);

    /// <summary>Staff are warned this many working days (or fewer) before the period ends: <see cref="DueSoon.DefaultWindow"/>.</summary>
    public static WorkingDays WarningWindow => DueSoon.DefaultWindow;

    /// <summary>
    /// Where an item stands against 第二十六条: the due date counted from <paramref name="formedOn"/>
    /// (成文日期, or the date of a correction), and whether it was published in time or, while
    /// unpublished on <paramref name="today"/>, how many working days are left.
    /// </summary>
    /// <param name="calendar">The working-day calendar (the one registered for the installation).</param>
    /// <param name="formedOn">The day the information was formed or changed.</param>
    /// <param name="publishedOn">The day it was published, or null while not yet published.</param>
    /// <param name="today">Today in China, for an unpublished item.</param>
    /// <returns>Null when a date lies outside the calendar's years (<see cref="WorkdayCalendar.FirstYear"/>–<see cref="WorkdayCalendar.LastYear"/>).</returns>
    public static PublicationDeadline? Assess(WorkdayCalendar calendar, DateOnly formedOn, DateOnly? publishedOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var reference = publishedOn ?? today;
        if (!InCalendar(formedOn) || !InCalendar(reference) || formedOn.Year >= WorkdayCalendar.LastYear)
        {
            return null;
        }

        var due = calendar.AddWorkingDays(formedOn, PublicationPeriod);
        var left = calendar.WorkingDaysBetween(reference, due.Date).Days;
        var status = publishedOn is not null
            ? publishedOn <= due.Date ? PublicationTimeliness.OnTime : PublicationTimeliness.Late
            : today > due.Date ? PublicationTimeliness.Overdue
            : DueSoon.Within(left) ? PublicationTimeliness.DueSoon
            : PublicationTimeliness.Pending;
        return new PublicationDeadline(formedOn, due, publishedOn, status, left);
    }

    /// <summary>
    /// The earliest day of forming whose period has not ended on <paramref name="today"/>: information
    /// formed before it and still unpublished is overdue. Lets a database query find overdue items by
    /// their 成文日期 alone.
    /// </summary>
    public static DateOnly EarliestNotOverdue(WorkdayCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var first = new DateOnly(WorkdayCalendar.FirstYear, 1, 1);
        var day = today;
        // The due date never decreases as the day of forming moves later, so walk back until it passes today.
        while (day > first && calendar.AddWorkingDays(day.AddDays(-1), PublicationPeriod).Date >= today)
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    private static bool InCalendar(DateOnly date) => date.Year is >= WorkdayCalendar.FirstYear and <= WorkdayCalendar.LastYear;
}

/// <summary>How an item stands against 第二十六条.</summary>
public enum PublicationTimeliness
{
    /// <summary>Not yet published; more than <see cref="Article26.WarningWindow"/> working days left.</summary>
    Pending,

    /// <summary>Not yet published; the period ends within <see cref="Article26.WarningWindow"/> working days.</summary>
    DueSoon,

    /// <summary>Not yet published and the period has ended (已超过第二十六条规定的20个工作日).</summary>
    Overdue,

    /// <summary>Published within the period.</summary>
    OnTime,

    /// <summary>Published after the period ended.</summary>
    Late,
}

/// <summary>An item's 第二十六条 period and where it stands.</summary>
/// <param name="FormedOn">The day the information was formed or changed.</param>
/// <param name="Due">The last day to publish; <see cref="CalendarDate.Estimated"/> where a year had no State Council schedule.</param>
/// <param name="PublishedOn">The day it was published, if it was.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="WorkingDaysLeft">
/// Working days from today (or from publication) to the due date; negative when past it, so a late
/// publication's delay is its negation.
/// </param>
public sealed record PublicationDeadline(DateOnly FormedOn, CalendarDate Due, DateOnly? PublishedOn, PublicationTimeliness Status, WorkingDays WorkingDaysLeft)
{
    /// <summary>Whether staff should be warned: overdue, or due within <see cref="Article26.WarningWindow"/>.</summary>
    public bool NeedsWarning => Status is PublicationTimeliness.Overdue or PublicationTimeliness.DueSoon;

    /// <summary>A Chinese sentence for staff, e.g. "已超过第二十六条规定的20个工作日（应于2026-02-02前发布，已逾期20个工作日）".</summary>
    public string Explanation
    {
        get
        {
            var due = Due.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + (Due.Estimated ? $"（{CalendarDate.EstimateNote}）" : "");
            var late = -WorkingDaysLeft.Count;
            return Status switch
            {
                PublicationTimeliness.Pending => $"应于{due}前发布，还有{WorkingDaysLeft}。",
                PublicationTimeliness.DueSoon => WorkingDaysLeft.Count == 0
                    ? $"即将超过第二十六条规定的发布时限：今天（{due}）是最后一天。"
                    : $"即将超过第二十六条规定的发布时限：应于{due}前发布，只剩{WorkingDaysLeft}。",
                PublicationTimeliness.Overdue => $"已超过第二十六条规定的20个工作日（应于{due}前发布{(late > 0 ? $"，已逾期{new WorkingDays(late)}" : "")}）。",
                PublicationTimeliness.OnTime => $"按时发布（时限{due}）。",
                _ => $"逾期发布：超过第二十六条规定的时限（{due}）{(late > 0 ? new WorkingDays(late).ToString() : "")}。",
            };
        }
    }
}
