namespace Gongkai.Core.Calendar;

/// <summary>
/// One year of the State Council's holiday notice (国务院办公厅关于部分节假日安排的通知): the weekdays
/// that are days off and the weekend days that are working days.
/// </summary>
public sealed class YearSchedule
{
    /// <summary>Creates a year's schedule. Dates outside <paramref name="year"/> are kept and reported by <see cref="Validate"/>.</summary>
    /// <param name="year">The calendar year.</param>
    /// <param name="holidays">Monday-to-Friday dates that are days off (法定节假日).</param>
    /// <param name="workdays">Saturday and Sunday dates that are working days (调休上班日).</param>
    public YearSchedule(int year, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> workdays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(workdays);
        Year = year;
        Holidays = holidays.Order().Distinct().ToArray();
        Workdays = workdays.Order().Distinct().ToArray();
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>The weekdays that are days off, in order.</summary>
    public IReadOnlyList<DateOnly> Holidays { get; }

    /// <summary>The weekend days that are working days, in order.</summary>
    public IReadOnlyList<DateOnly> Workdays { get; }

    /// <summary>
    /// Lists what is wrong with the schedule, in Chinese: a date outside the year, a "holiday" on a
    /// weekend (it changes nothing and is most likely a typing error), a "workday" on a weekday, a date
    /// given as both. Empty when the schedule is sound.
    /// </summary>
    public IReadOnlyList<CalendarProblem> Validate()
    {
        var problems = new List<CalendarProblem>();
        foreach (var day in Holidays.Concat(Workdays).Where(d => d.Year != Year).Distinct())
        {
            problems.Add(new CalendarProblem(day, $"{ChineseDate.Format(day)}不属于{Year}年"));
        }
        foreach (var day in Holidays.Where(IsWeekend))
        {
            problems.Add(new CalendarProblem(day, $"{ChineseDate.Format(day)}是周末，不应列为节假日（holidays 只列周一至周五的休息日）"));
        }
        foreach (var day in Workdays.Where(d => !IsWeekend(d)))
        {
            problems.Add(new CalendarProblem(day, $"{ChineseDate.Format(day)}是周一至周五，不应列为调休上班日（workdays 只列周末上班日）"));
        }
        foreach (var day in Holidays.Intersect(Workdays))
        {
            problems.Add(new CalendarProblem(day, $"{ChineseDate.Format(day)}同时列为节假日和上班日"));
        }
        return problems;
    }

    /// <summary>
    /// Compares the schedule with the law, in Chinese: every statutory holiday of
    /// 《全国年节及纪念日放假办法》 that falls on a weekday must be a day off, and a notice swaps days
    /// rather than adding working days, so there are no more make-up days than weekday holidays.
    /// </summary>
    public IReadOnlyList<CalendarProblem> CheckAgainstStatute()
    {
        var problems = new List<CalendarProblem>();
        foreach (var holiday in StatutoryHolidays.Of(Year).Where(h => !IsWeekend(h.Date) && !Holidays.Contains(h.Date)))
        {
            problems.Add(new CalendarProblem(holiday.Date, $"{ChineseDate.Format(holiday.Date)}（{holiday.Name}）是法定节假日，但未列为放假日"));
        }

        if (Workdays.Count > Holidays.Count)
        {
            problems.Add(new CalendarProblem(null, $"调休上班日（{Workdays.Count}天）多于放假的工作日（{Holidays.Count}天），请核对"));
        }

        return problems;
    }

    internal static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

/// <summary>A problem found in a schedule or a schedule file, in Chinese.</summary>
/// <param name="Date">The date concerned, where there is one.</param>
/// <param name="Message">What is wrong, in Chinese.</param>
public sealed record CalendarProblem(DateOnly? Date, string Message)
{
    /// <summary>The message.</summary>
    public override string ToString() => Message;
}
