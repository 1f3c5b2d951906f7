using Gongkai.Core.Appeals;
using Gongkai.Core.Calendar;

namespace Gongkai.Core.Tests.Appeals;

public sealed class AppealDeadlineTests
{
    private static readonly WorkdayCalendar Calendar = WorkdayCalendar.Default;

    [Fact]
    public void The_review_answer_is_due_ten_working_days_after_the_copy_arrives()
    {
        // Received Friday 26 September 2025; 1–8 October is the National Day holiday (11 October a make-up workday).
        var appeal = new AppealCase { Kind = AppealKind.AdministrativeReview, CopyReceivedOn = new DateOnly(2025, 9, 26) };
        var due = AppealDeadlines.AnswerDue(appeal, Calendar)!;
        Assert.Equal(Calendar.AddWorkingDays(new DateOnly(2025, 9, 26), 10).Date, due.Due);
        Assert.Equal(10, Calendar.WorkingDaysBetween(new DateOnly(2025, 9, 26), due.Due).Days.Count);
        Assert.True(due.Due > new DateOnly(2025, 10, 10));
    }

    [Fact]
    public void The_defence_is_due_fifteen_calendar_days_after_the_complaint_arrives()
    {
        var appeal = new AppealCase { Kind = AppealKind.LawsuitDirect, CopyReceivedOn = new DateOnly(2025, 3, 3) };
        Assert.Equal(new DateOnly(2025, 3, 18), AppealDeadlines.AnswerDue(appeal, Calendar)!.Due);
    }

    [Fact]
    public void A_defence_period_ending_on_a_holiday_ends_on_the_next_working_day()
    {
        // 15 days after 16 September 2025 is Wednesday 1 October, the National Day holiday (to 8 October).
        var appeal = new AppealCase { Kind = AppealKind.LawsuitAfterReview, CopyReceivedOn = new DateOnly(2025, 9, 16) };
        var due = AppealDeadlines.AnswerDue(appeal, Calendar)!;
        Assert.Equal(new DateOnly(2025, 10, 9), due.Due);
        Assert.Contains(due.Explanation, s => s.Article == "《行政诉讼法》第一百零一条");
    }

    [Fact]
    public void No_deadline_is_shown_before_the_copy_is_received()
    {
        Assert.Null(AppealDeadlines.AnswerDue(new AppealCase { Kind = AppealKind.AdministrativeReview }, Calendar));
    }

    [Fact]
    public void The_answer_deadline_explains_itself_by_article()
    {
        var appeal = new AppealCase { Kind = AppealKind.AdministrativeReview, CopyReceivedOn = new DateOnly(2025, 3, 3) };
        var steps = AppealDeadlines.AnswerDue(appeal, Calendar)!.Explanation;
        Assert.Equal(["《行政复议法》第四十八条", "《行政复议法》第八十八条"], steps.Select(s => s.Article));
    }
}
