using Gongkai.Core.Calendar;
using Gongkai.Core.Catalog;

namespace Gongkai.Core.Tests.Calendar;

/// <summary>Rules that were stated twice, settled once (issue 12).</summary>
public sealed class OneRuleTests
{
    private static readonly WorkdayCalendar Calendar = WorkdayCalendar.Default;

    // The regulations count every period in working days (条例 第三十三条: 20个工作日), so "due soon" does too:
    // Monday 2 March 2026 to Monday 9 March is 7 calendar days but 5 working days.
    [Fact]
    public void Due_soon_counts_five_working_days_not_calendar_days()
    {
        var monday = new DateOnly(2026, 3, 2);
        Assert.True(DueSoon.On(Calendar, new DateOnly(2026, 3, 9), monday));
        Assert.False(DueSoon.On(Calendar, new DateOnly(2026, 3, 10), monday));
    }

    [Fact]
    public void A_passed_due_date_is_overdue_not_due_soon()
    {
        Assert.False(DueSoon.On(Calendar, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 2)));
    }

    [Fact]
    public void The_catalog_warning_window_is_the_same_due_soon()
    {
        Assert.Equal(DueSoon.DefaultWindow, Article26.WarningWindow);
    }

    // Legal dates are days in China (Asia/Shanghai, UTC+8) whatever the machine's zone:
    // 17:00 UTC on 1 March is already 2 March in Beijing.
    [Fact]
    public void Today_is_the_day_in_china_not_on_the_machine()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 3, 1, 17, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 3, 2), ChinaClock.Today(clock));
        Assert.Equal(new DateOnly(2026, 3, 1), ChinaClock.DateOf(new DateTimeOffset(2026, 3, 1, 15, 59, 0, TimeSpan.Zero)));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
