namespace Gongkai.Core.Requests;

/// <summary>
/// Counting 工作日 for the desk. A period "自收到申请之日起N个工作日" starts the day after the start
/// date and ends at the end of the Nth working day. Holidays and make-up workdays come from the
/// State Council's notices (given as two sets); without them, Monday to Friday are working days.
/// </summary>
public sealed class WorkingDays(IReadOnlySet<DateOnly> holidays, IReadOnlySet<DateOnly> makeUpWorkdays)
{
    /// <summary>Monday to Friday, no holidays: for tests and as a fallback.</summary>
    public static readonly WorkingDays WeekdaysOnly = new(new HashSet<DateOnly>(), new HashSet<DateOnly>());

    public bool IsWorkingDay(DateOnly day) =>
        makeUpWorkdays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day));

    /// <summary>The end of the <paramref name="count"/>th working day after <paramref name="start"/>.</summary>
    public DateOnly Add(DateOnly start, int count)
    {
        var day = start;
        for (var i = 0; i < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                i++;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int Between(DateOnly from, DateOnly to)
    {
        var n = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                n++;
            }
        }

        return n;
    }
}
