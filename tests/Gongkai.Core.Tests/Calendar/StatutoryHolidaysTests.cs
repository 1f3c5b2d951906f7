using Gongkai.Core.Calendar;
using static Gongkai.Core.Tests.Calendar.HolidayTableTests;

namespace Gongkai.Core.Tests.Calendar;

public sealed class StatutoryHolidaysTests
{
    public static TheoryData<int> KnownYears => new(Enumerable.Range(2019, 8));

    // The shipped schedule is /work/shared/data/cn-workday-calendar.json, byte for byte.
    [Theory]
    [MemberData(nameof(KnownYears))]
    public void Every_estimated_weekday_holiday_of_a_known_year_is_a_holiday_of_its_notice(int year)
    {
        var official = WorkdayCalendar.Default.Schedule(year)!.Holidays;
        Assert.All(StatutoryHolidays.Weekdays(year), day => Assert.Contains(day, official));
    }

    [Theory]
    [InlineData(2019, "2019-04-05")]
    [InlineData(2020, "2020-04-04")]
    [InlineData(2021, "2021-04-04")]
    [InlineData(2022, "2022-04-05")]
    [InlineData(2023, "2023-04-05")]
    [InlineData(2024, "2024-04-04")]
    [InlineData(2025, "2025-04-04")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-04-05")]
    [InlineData(2028, "2028-04-04")]
    public void Qingming_is_the_day_of_the_solar_term(int year, string expected)
    {
        Assert.Equal(Date(expected), StatutoryHolidays.Qingming(year));
    }

    [Fact]
    public void The_2024_revision_gives_spring_festival_four_days_from_new_years_eve_in_2027()
    {
        // 春节 2027 is 6 February; 除夕 is 5 February.
        var spring = StatutoryHolidays.Of(2027).Where(h => h.Name == "春节").Select(h => h.Date);
        Assert.Equal([Date("2027-02-05"), Date("2027-02-06"), Date("2027-02-07"), Date("2027-02-08")], spring);
    }

    [Fact]
    public void Lunar_dates_after_a_leap_month_are_not_shifted()
    {
        // 2025 has a leap 6th month; 中秋 (8/15) is 6 October 2025.
        Assert.Equal(Date("2025-10-06"), StatutoryHolidays.LunarDate(2025, 8, 15));
    }

    [Fact]
    public void A_year_without_a_notice_counts_new_years_day_as_a_holiday()
    {
        Assert.Equal(DayKind.PublicHoliday, WorkdayCalendar.Default.Kind(Date("2027-01-01")));
    }

    [Fact]
    public void A_request_received_on_4_December_2026_is_due_after_new_years_day_and_estimated()
    {
        var due = WorkdayCalendar.Default.AddWorkingDays(Date("2026-12-04"), 20);
        Assert.Equal(new CalendarDate(Date("2027-01-04"), true), due);
    }

    [Fact]
    public void A_loaded_year_replaces_the_estimate()
    {
        var loaded = WorkdayCalendar.Default.WithYear(new YearSchedule(2027, [], []));
        Assert.Equal(new CalendarDate(Date("2027-01-01"), false), loaded.AddWorkingDays(Date("2026-12-04"), 20));
    }
}
