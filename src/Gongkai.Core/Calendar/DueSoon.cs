namespace Gongkai.Core.Calendar;

/// <summary>
/// "Due soon" (即将到期), the one definition for the desk's inbox and the catalog's 第二十六条 warning:
/// a deadline not yet passed with at most <see cref="DefaultWindow"/> working days left. Working days,
/// not calendar days, because every period of the regulations is counted in working days; the window
/// is a parameter so that it can become an agency setting (issue 14).
/// </summary>
public static class DueSoon
{
    /// <summary>Five working days: a working week's notice.</summary>
    public static readonly WorkingDays DefaultWindow = new(5);

    /// <summary>Whether <paramref name="workingDaysLeft"/> (negative once overdue) falls in the window.</summary>
    /// <param name="workingDaysLeft">Working days from today to the due date.</param>
    /// <param name="window">The warning window; <see cref="DefaultWindow"/> when null.</param>
    public static bool Within(WorkingDays workingDaysLeft, WorkingDays? window = null) =>
        workingDaysLeft.Count >= 0 && workingDaysLeft <= (window ?? DefaultWindow);

    /// <summary>Whether a due date is due soon on <paramref name="today"/>; false once passed or outside the calendar.</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="due">The due date.</param>
    /// <param name="today">Today in China (<see cref="ChinaClock.Today"/>).</param>
    /// <param name="window">The warning window; <see cref="DefaultWindow"/> when null.</param>
    public static bool On(WorkdayCalendar calendar, DateOnly due, DateOnly today, WorkingDays? window = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (due < today || today.Year < WorkdayCalendar.FirstYear || due.Year > WorkdayCalendar.LastYear)
        {
            return false;
        }

        return Within(calendar.WorkingDaysBetween(today, due).Days, window);
    }
}
