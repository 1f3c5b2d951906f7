using Gongkai.Core.Calendar;
using static Gongkai.Core.Tests.Calendar.HolidayTableTests;

namespace Gongkai.Core.Tests.Calendar;

public sealed class HolidayNoticeTests
{
    // The 2026 notice (国办发明电〔2025〕7号) as pasted from its web page.
    private const string Notice2026 = """
        一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
        二、春节：2月15日（农历腊月二十八、周日）至23日（周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
        三、清明节：4月4日（周六）至6日（周一）放假，共3天。
        四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
        五、端午节：6月19日（周五）至21日（周日）放假，共3天。
        六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
        七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
        """;

    [Fact]
    public void The_pasted_2026_notice_gives_the_shipped_2026_schedule()
    {
        var read = HolidayNotice.Parse(2026, Notice2026).Calendar!.Schedule(2026)!;
        var shipped = WorkdayCalendar.Default.Schedule(2026)!;
        Assert.Equal(shipped.Holidays, read.Holidays);
        Assert.Equal(shipped.Workdays, read.Workdays);
    }

    [Fact]
    public void Text_without_any_day_off_is_refused()
    {
        Assert.False(HolidayNotice.Parse(2027, "2月6日（周六）上班。").Succeeded);
    }

    [Fact]
    public void The_shipped_schedules_agree_with_the_statute()
    {
        Assert.All(WorkdayCalendar.Default.ScheduledYears, y => Assert.Empty(WorkdayCalendar.Default.Schedule(y)!.CheckAgainstStatute()));
    }

    [Fact]
    public void A_schedule_missing_new_years_day_is_reported()
    {
        var problems = new YearSchedule(2027, [Date("2027-02-05"), Date("2027-02-08")], []).CheckAgainstStatute();
        Assert.Contains(problems, p => p.Message == "2027年1月1日（元旦）是法定节假日，但未列为放假日");
    }

    [Fact]
    public void More_make_up_days_than_weekday_holidays_is_reported()
    {
        var problems = new YearSchedule(2027, [Date("2027-01-01")], [Date("2027-01-02"), Date("2027-01-03")]).CheckAgainstStatute();
        Assert.Contains(problems, p => p.Message.StartsWith("调休上班日（2天）多于", StringComparison.Ordinal));
    }
}
