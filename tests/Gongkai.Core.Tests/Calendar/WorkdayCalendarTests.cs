using Gongkai.Core.Calendar;
using static Gongkai.Core.Tests.Calendar.HolidayTableTests;

namespace Gongkai.Core.Tests.Calendar;

public sealed class WorkdayCalendarTests
{
    private const string Year2027 = """
        {"years": {"2027": {"holidays": ["2027-01-01", "2027-02-08"], "workdays": ["2027-02-06"]}}}
        """;

    [Fact]
    public void The_default_calendar_has_the_schedules_of_2019_to_2026()
    {
        Assert.Equal(Enumerable.Range(2019, 8), WorkdayCalendar.Default.ScheduledYears);
    }

    [Fact]
    public void The_shipped_schedule_passes_its_own_checks()
    {
        Assert.Empty(WorkdayCalendar.Default.Validate());
    }

    [Fact]
    public void An_ordinary_Saturday_is_not_a_working_day()
    {
        Assert.False(WorkdayCalendar.Default.IsWorkingDay(Date("2024-10-19")));
    }

    [Fact]
    public void Zero_working_days_after_a_date_is_the_date_itself()
    {
        Assert.Equal(Date("2024-10-05"), WorkdayCalendar.Default.AddWorkingDays(Date("2024-10-05"), 0).Date);
    }

    [Fact]
    public void Counting_from_a_holiday_starts_with_the_next_working_day()
    {
        Assert.Equal(Date("2024-10-08"), WorkdayCalendar.Default.AddWorkingDays(Date("2024-10-03"), 1).Date);
    }

    [Fact]
    public void Working_days_between_counts_the_end_but_not_the_start()
    {
        // 27 Sep 2024 (Fri) to 8 Oct: 29 Sep (make-up Sunday), 30 Sep, 8 Oct.
        Assert.Equal(new WorkingDays(3), WorkdayCalendar.Default.WorkingDaysBetween(Date("2024-09-27"), Date("2024-10-08")).Days);
    }

    [Fact]
    public void Working_days_between_is_negative_when_the_end_is_earlier()
    {
        Assert.Equal(new WorkingDays(-3), WorkdayCalendar.Default.WorkingDaysBetween(Date("2024-10-08"), Date("2024-09-27")).Days);
    }

    [Fact]
    public void A_count_inside_scheduled_years_is_not_estimated()
    {
        Assert.False(WorkdayCalendar.Default.AddWorkingDays(Date("2026-12-01"), 20).Estimated);
    }

    [Fact]
    public void A_count_into_a_year_without_schedule_is_estimated()
    {
        Assert.True(WorkdayCalendar.Default.AddWorkingDays(Date("2026-12-20"), 20).Estimated);
    }

    [Fact]
    public void Counting_from_the_last_day_of_a_year_without_schedule_is_not_estimated()
    {
        // 2018 has no schedule, but counting starts on 1 January 2019.
        Assert.False(WorkdayCalendar.Default.AddWorkingDays(Date("2018-12-31"), 20).Estimated);
    }

    [Fact]
    public void A_year_without_schedule_counts_an_ordinary_weekday_as_working()
    {
        // 4 Jan 2027 is a Monday and no statutory holiday; with no notice yet it is a working day.
        Assert.True(WorkdayCalendar.Default.IsWorkingDay(Date("2027-01-04")));
    }

    [Fact]
    public void Loading_a_year_makes_its_holidays_days_off()
    {
        var calendar = WorkdayCalendar.Default.Merge(WorkdayCalendar.FromJson(Year2027).Calendar!);
        Assert.False(calendar.IsWorkingDay(Date("2027-01-01")));
    }

    [Fact]
    public void Loading_a_year_makes_its_make_up_days_working_days()
    {
        var calendar = WorkdayCalendar.Default.Merge(WorkdayCalendar.FromJson(Year2027).Calendar!);
        Assert.Equal(DayKind.MakeUpWorkday, calendar.Kind(Date("2027-02-06")));
    }

    [Fact]
    public void Loading_a_year_keeps_the_years_already_there()
    {
        var calendar = WorkdayCalendar.Default.Merge(WorkdayCalendar.FromJson(Year2027).Calendar!);
        Assert.Equal(Enumerable.Range(2019, 9), calendar.ScheduledYears);
    }

    [Fact]
    public void A_loaded_year_ends_the_estimate()
    {
        var calendar = WorkdayCalendar.Default.Merge(WorkdayCalendar.FromJson(Year2027).Calendar!);
        Assert.False(calendar.AddWorkingDays(Date("2026-12-20"), 20).Estimated);
    }

    [Fact]
    public void A_year_added_again_replaces_the_old_schedule()
    {
        var corrected = new YearSchedule(2025, [Date("2025-03-03")], []);
        var calendar = WorkdayCalendar.Default.WithYear(corrected);
        Assert.True(calendar.IsWorkingDay(Date("2025-10-08")));
    }

    [Fact]
    public void Adding_a_year_leaves_the_original_calendar_unchanged()
    {
        _ = WorkdayCalendar.Default.WithYear(new YearSchedule(2025, [], []));
        Assert.False(WorkdayCalendar.Default.IsWorkingDay(Date("2025-10-08")));
    }

    [Fact]
    public void Written_schedules_read_back_the_same()
    {
        var again = WorkdayCalendar.FromJson(WorkdayCalendar.Default.ToJson()).Calendar!;
        Assert.Equal(
            Enumerable.Range(0, 365 * 8).Select(i => WorkdayCalendar.Default.Kind(Date("2019-01-01").AddDays(i))),
            Enumerable.Range(0, 365 * 8).Select(i => again.Kind(Date("2019-01-01").AddDays(i))));
    }

    [Fact]
    public void A_holiday_on_a_weekend_is_reported()
    {
        var schedule = new YearSchedule(2027, [Date("2027-01-02")], []);
        Assert.Contains("是周末", Assert.Single(schedule.Validate()).Message);
    }

    [Fact]
    public void A_make_up_day_on_a_weekday_is_reported()
    {
        var schedule = new YearSchedule(2027, [], [Date("2027-01-04")]);
        Assert.Contains("是周一至周五", Assert.Single(schedule.Validate()).Message);
    }

    [Fact]
    public void A_date_outside_the_year_is_reported()
    {
        var schedule = new YearSchedule(2027, [Date("2028-01-03")], []);
        Assert.Contains("不属于2027年", Assert.Single(schedule.Validate()).Message);
    }

    [Fact]
    public void A_stray_date_of_another_year_does_not_change_that_year()
    {
        var calendar = WorkdayCalendar.Default.WithYear(new YearSchedule(2027, [Date("2025-10-09")], []));
        Assert.True(calendar.IsWorkingDay(Date("2025-10-09")));
    }

    [Fact]
    public void A_file_that_is_not_json_is_not_read()
    {
        Assert.False(WorkdayCalendar.FromJson("{ not json").Succeeded);
    }

    [Fact]
    public void A_file_without_years_is_not_read()
    {
        Assert.Contains("years", Assert.Single(WorkdayCalendar.FromJson("""{"2027": {}}""").Problems).Message);
    }

    [Fact]
    public void A_badly_written_date_is_reported_with_its_text()
    {
        var result = WorkdayCalendar.FromJson("""{"years": {"2027": {"holidays": ["2027/01/01"], "workdays": []}}}""");
        Assert.Contains("2027/01/01", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void A_year_outside_the_supported_range_is_reported()
    {
        var result = WorkdayCalendar.FromJson("""{"years": {"2150": {"holidays": [], "workdays": []}}}""");
        Assert.Contains("2150", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void A_date_outside_the_supported_range_is_an_argument_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkdayCalendar.Default.IsWorkingDay(new DateOnly(2100, 1, 4)));
    }

    [Fact]
    public void Negative_working_days_are_an_argument_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkdayCalendar.Default.AddWorkingDays(Date("2024-01-02"), -1));
    }

    [Fact]
    public void Working_days_read_in_Chinese()
    {
        Assert.Equal("20个工作日", new WorkingDays(20).ToString());
    }
}
