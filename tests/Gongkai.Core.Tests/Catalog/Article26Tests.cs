using Gongkai.Core.Calendar;
using Gongkai.Core.Catalog;

namespace Gongkai.Core.Tests.Catalog;

/// <summary>
/// 第二十六条: published within 20 working days of being formed or changed. Due dates counted by hand
/// on the State Council's notices; the day of forming is not counted.
/// </summary>
public sealed class Article26Tests
{
    private static readonly WorkdayCalendar Calendar = WorkdayCalendar.Default;

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    public static TheoryData<string, string, string> DueDates => new()
    {
        // formed on,  due,          why
        { "2025-03-03", "2025-03-31", "four ordinary weeks" },
        { "2025-01-20", "2025-02-21", "Spring Festival 2025: 28 Jan–4 Feb off, 26 Jan and 8 Feb make-up days count" },
        { "2026-01-30", "2026-03-05", "Spring Festival 2026: 16–23 Feb off, 14 and 28 Feb make-up Saturdays count" },
        { "2026-02-10", "2026-03-16", "Spring Festival 2026, formed four days before it" },
        { "2026-02-18", "2026-03-20", "formed on a Spring Festival holiday: counting starts after the holiday" },
        { "2025-09-26", "2025-10-30", "National Day 2025: 1–8 Oct off, 28 Sep and 11 Oct make-up days count" },
        { "2024-09-27", "2024-10-30", "National Day 2024: 1–7 Oct off, 29 Sep and 12 Oct make-up days count" },
    };

    [Theory]
    [MemberData(nameof(DueDates))]
    public void Due_date_is_the_twentieth_working_day_after_forming(string formedOn, string due, string why)
    {
        var deadline = Article26.Assess(Calendar, Date(formedOn), null, Date(formedOn))!;
        Assert.True(Date(due) == deadline.Due.Date, $"{why}: expected {due}, got {deadline.Due.Date:yyyy-MM-dd}");
        Assert.False(deadline.Due.Estimated);
    }

    public static TheoryData<string?, string, PublicationTimeliness, int> Statuses => new()
    {
        // formed 2026-02-10, due 2026-03-16 (Monday)
        // published on, today,     status,                        working days left
        { "2026-03-16", "2026-04-01", PublicationTimeliness.OnTime, 0 },
        { "2026-02-11", "2026-04-01", PublicationTimeliness.OnTime, 19 },
        { "2026-03-17", "2026-04-01", PublicationTimeliness.Late, -1 },
        { null, "2026-03-06", PublicationTimeliness.Pending, 6 },
        { null, "2026-03-09", PublicationTimeliness.DueSoon, 5 },
        { null, "2026-03-10", PublicationTimeliness.DueSoon, 4 },
        { null, "2026-03-11", PublicationTimeliness.DueSoon, 3 },
        { null, "2026-03-16", PublicationTimeliness.DueSoon, 0 },
        { null, "2026-03-17", PublicationTimeliness.Overdue, -1 },
        { null, "2026-02-20", PublicationTimeliness.Pending, 16 },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Status_follows_publication_or_today(string? publishedOn, string today, PublicationTimeliness status, int left)
    {
        var deadline = Article26.Assess(Calendar, Date("2026-02-10"), publishedOn is null ? null : Date(publishedOn), Date(today))!;
        Assert.Equal(status, deadline.Status);
        Assert.Equal(new WorkingDays(left), deadline.WorkingDaysLeft);
    }

    [Fact]
    public void Overdue_item_is_explained_with_the_article_and_the_days_late()
    {
        var deadline = Article26.Assess(Calendar, Date("2026-02-10"), null, Date("2026-03-18"))!;
        Assert.Equal("已超过第二十六条规定的20个工作日（应于2026-03-16前发布，已逾期2个工作日）。", deadline.Explanation);
        Assert.True(deadline.NeedsWarning);
    }

    [Fact]
    public void An_item_due_today_is_warned_that_today_is_the_last_day()
    {
        var deadline = Article26.Assess(Calendar, Date("2026-02-10"), null, Date("2026-03-16"))!;
        Assert.Contains("今天（2026-03-16）是最后一天", deadline.Explanation);
    }

    [Fact]
    public void Period_reaching_a_year_without_a_schedule_is_estimated()
    {
        Assert.True(Article26.Assess(Calendar, Date("2026-12-20"), null, Date("2026-12-21"))!.Due.Estimated);
    }

    [Fact]
    public void Date_outside_the_calendar_has_no_deadline()
    {
        Assert.Null(Article26.Assess(Calendar, Date("1998-06-01"), Date("1998-06-03"), Date("2026-03-02")));
    }

    [Fact]
    public void Earliest_not_overdue_splits_unpublished_items_exactly_where_assess_does()
    {
        for (var today = Date("2025-01-01"); today <= Date("2026-12-31"); today = today.AddDays(1))
        {
            var earliest = Article26.EarliestNotOverdue(Calendar, today);
            for (var formed = today.AddDays(-60); formed <= today; formed = formed.AddDays(1))
            {
                var overdue = Article26.Assess(Calendar, formed, null, today)!.Status == PublicationTimeliness.Overdue;
                Assert.True(overdue == formed < earliest, $"today {today:yyyy-MM-dd}, formed {formed:yyyy-MM-dd}, earliest not overdue {earliest:yyyy-MM-dd}");
            }
        }
    }
}
