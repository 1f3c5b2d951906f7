using System.Globalization;

namespace Gongkai.Core.Calendar;

/// <summary>
/// The public holidays for everyone fixed by 《全国年节及纪念日放假办法》, used to estimate a year whose
/// State Council schedule (with its make-up working days) is not yet published. Each revision applies
/// from the year it took effect: 1999 (元旦, 春节 3 days, 劳动节 3 days, 国庆 3 days), 2008 (adds 清明,
/// 端午, 中秋; 劳动节 1 day; 春节 from 除夕), 2014 (春节 from 初一), 2025 (the 2024 revision: 春节 4 days
/// from 除夕, 劳动节 2 days).
/// </summary>
/// <remarks>
/// Lunar dates come from <see cref="ChineseLunisolarCalendar"/>; 清明 is the day (Beijing time) the sun
/// reaches ecliptic longitude 15°. The State Council's own notice moves days around weekends
/// (调休) in ways no rule predicts, so an estimate lists only the holidays themselves.
/// </remarks>
public static class StatutoryHolidays
{
    private static readonly ChineseLunisolarCalendar Lunar = new();

    /// <summary>A named holiday day (e.g. 春节, 2027-02-06).</summary>
    /// <param name="Date">The day off.</param>
    /// <param name="Name">The holiday's Chinese name.</param>
    public readonly record struct Holiday(DateOnly Date, string Name);

    /// <summary>The statutory holidays of <paramref name="year"/> under the revision in force that year, weekends included, in date order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A year outside <see cref="WorkdayCalendar.FirstYear"/>–<see cref="WorkdayCalendar.LastYear"/>.</exception>
    public static IReadOnlyList<Holiday> Of(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, WorkdayCalendar.FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, WorkdayCalendar.LastYear);
        var days = new List<Holiday> { new(new DateOnly(year, 1, 1), "元旦") };
        var newYear = LunarDate(year, 1, 1);
        var (springStart, springDays) = year switch
        {
            >= 2025 => (newYear.AddDays(-1), 4),
            >= 2014 => (newYear, 3),
            >= 2008 => (newYear.AddDays(-1), 3),
            _ => (newYear, 3),
        };
        Add(days, springStart, springDays, "春节");
        if (year >= 2008)
        {
            days.Add(new Holiday(Qingming(year), "清明节"));
        }

        Add(days, new DateOnly(year, 5, 1), year switch { >= 2025 => 2, >= 2008 => 1, _ => 3 }, "劳动节");
        if (year >= 2008)
        {
            days.Add(new Holiday(LunarDate(year, 5, 5), "端午节"));
            days.Add(new Holiday(LunarDate(year, 8, 15), "中秋节"));
        }

        Add(days, new DateOnly(year, 10, 1), 3, "国庆节");
        return days.OrderBy(d => d.Date).ToArray();
    }

    /// <summary>The Monday-to-Friday statutory holidays of <paramref name="year"/>: the estimate of its 休 days.</summary>
    public static IEnumerable<DateOnly> Weekdays(int year) =>
        Of(year).Select(h => h.Date).Where(d => !YearSchedule.IsWeekend(d)).Distinct();

    /// <summary>The day of the solar term 清明 (sun at ecliptic longitude 15°) in Beijing time.</summary>
    public static DateOnly Qingming(int year)
    {
        // The term falls on 4, 5 or 6 April; find the Beijing day during which the longitude passes 15°.
        for (var day = new DateOnly(year, 4, 3); day.Day <= 6; day = day.AddDays(1))
        {
            if (SunLongitudeAtBeijingMidnight(day) < 15 && SunLongitudeAtBeijingMidnight(day.AddDays(1)) >= 15)
            {
                return day;
            }
        }

        throw new InvalidOperationException($"No 清明 found in April {year}.");
    }

    /// <summary>The Gregorian date of lunar month <paramref name="month"/> (never a leap month), day <paramref name="day"/> of the lunar year starting in <paramref name="year"/>.</summary>
    public static DateOnly LunarDate(int year, int month, int day)
    {
        // ChineseLunisolarCalendar numbers a leap month as the month after the one it repeats (a leap
        // 6th month is month 7, the ordinary 7th month becomes 8).
        var leap = Lunar.GetLeapMonth(year);
        var index = leap != 0 && month >= leap ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    private static void Add(List<Holiday> days, DateOnly first, int count, string name)
    {
        for (var i = 0; i < count; i++)
        {
            days.Add(new Holiday(first.AddDays(i), name));
        }
    }

    // Apparent solar longitude (Meeus, Astronomical Algorithms ch. 25, low accuracy: about 0.01°,
    // a quarter of an hour) at 00:00 Beijing time (16:00 UT the day before).
    private static double SunLongitudeAtBeijingMidnight(DateOnly day)
    {
        var utc = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);
        var julianDay = (utc - new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc)).TotalDays + 2451545.0;
        var t = (julianDay - 2451545.0) / 36525.0;
        var meanLongitude = 280.46646 + (36000.76983 * t) + (0.0003032 * t * t);
        var meanAnomaly = Radians(357.52911 + (35999.05029 * t) - (0.0001537 * t * t));
        var centre = ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Math.Sin(meanAnomaly))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * meanAnomaly))
            + (0.000289 * Math.Sin(3 * meanAnomaly));
        var node = Radians(125.04 - (1934.136 * t));
        var apparent = meanLongitude + centre - 0.00569 - (0.00478 * Math.Sin(node));
        return ((apparent % 360) + 360) % 360;
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
