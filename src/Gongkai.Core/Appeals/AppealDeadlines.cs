using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;

namespace Gongkai.Core.Appeals;

/// <summary>《行政复议法》（2023年修订）第四十八条 and 第八十八条: the respondent's written answer (答复).</summary>
public static class ReviewLawArticle48
{
    /// <summary>
    /// The answer and the evidence go to the 复议机构 within 10 days of receiving the copy of the
    /// application; 第八十八条第二款 makes the law's "十日" working days.
    /// </summary>
    public static readonly WorkingDays AnswerPeriod = new(10);
}

/// <summary>《行政诉讼法》第六十七条: the defendant's defence (答辩状) and evidence.</summary>
public static class LitigationLawArticle67
{
    /// <summary>
    /// Within 15 days of receiving the copy of the complaint: calendar days, the first not counted;
    /// a last day that is a holiday or weekend moves to the next working day (第一百零一条 applies the
    /// 《民事诉讼法》's rules on periods).
    /// </summary>
    public const int DefenceDays = 15;
}

/// <summary>The date the agency's 答复 or 答辩状 is due, with how it was computed.</summary>
/// <param name="Due">The last day.</param>
/// <param name="Estimated">The period crosses a year whose holidays are not yet published.</param>
/// <param name="Explanation">The steps, each citing its article.</param>
public sealed record AppealDeadline(DateOnly Due, bool Estimated, IReadOnlyList<ExplanationStep> Explanation)
{
    /// <summary>Working days from <paramref name="today"/> to the due date (negative when past).</summary>
    public int WorkingDaysLeft(WorkdayCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.WorkingDaysBetween(today, Due).Days.Count;
    }
}

/// <summary>Computes the deadlines the register shows, as the deadline engine does for requests.</summary>
public static class AppealDeadlines
{
    /// <summary>The 答复 (复议) or 答辩状 (诉讼) deadline; null until the copy's date of receipt is entered.</summary>
    public static AppealDeadline? AnswerDue(AppealCase appeal, WorkdayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(appeal);
        ArgumentNullException.ThrowIfNull(calendar);
        if (appeal.CopyReceivedOn is not { } received)
        {
            return null;
        }

        return appeal.Kind.IsLawsuit() ? Defence(received, calendar) : Answer(received, calendar);
    }

    private static AppealDeadline Answer(DateOnly received, WorkdayCalendar calendar)
    {
        var due = calendar.AddWorkingDays(received, ReviewLawArticle48.AnswerPeriod);
        return new AppealDeadline(due.Date, due.Estimated,
        [
            new("《行政复议法》第四十八条", $"被申请人自收到行政复议申请书副本之日（{Text(received)}）起十日内提出书面答复"),
            new("《行政复议法》第八十八条", $"“十日”指工作日，不含法定休假日：答复期限至{Text(due.Date)}" + (due.Estimated ? "（跨入尚未公布放假安排的年份，按周末推算）" : "")),
        ]);
    }

    private static AppealDeadline Defence(DateOnly received, WorkdayCalendar calendar)
    {
        var last = received.AddDays(LitigationLawArticle67.DefenceDays);
        var steps = new List<ExplanationStep>
        {
            new("《行政诉讼法》第六十七条", $"被告自收到起诉状副本之日（{Text(received)}）起十五日内提交证据、规范性文件并提出答辩状，第十五日为{Text(last)}"),
        };
        var due = last;
        bool estimated = !calendar.HasSchedule(last.Year);
        while (!calendar.IsWorkingDay(due))
        {
            due = due.AddDays(1);
        }

        if (due != last)
        {
            estimated |= !calendar.HasSchedule(due.Year);
            steps.Add(new("《行政诉讼法》第一百零一条", $"适用《民事诉讼法》关于期间的规定：期间届满的最后一日是休假日的，以休假日后的第一日为届满日期，即{Text(due)}"));
        }

        return new AppealDeadline(due, estimated, steps);
    }

    private static string Text(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";
}
