using Gongkai.Core.Calendar;

namespace Gongkai.Core.Requests;

/// <summary>
/// Dates on a reply that a reviewer should look at before it counts: a reply dated before the request
/// was received, dated in the future, or entered long after its date (a back-dated reply is how a late
/// answer is made to look timely).
/// </summary>
public static class ReplyDateCheck
{
    /// <summary>Working days after its date within which a reply should be entered.</summary>
    public static readonly WorkingDays EntryWindow = new(3);

    /// <summary>What is odd about the dates, in Chinese; empty when nothing is.</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="replyDate">The date on the reply (成文日期).</param>
    /// <param name="receivedOn">The date of receipt of the request.</param>
    /// <param name="enteredOn">The day (China time) the reply was entered.</param>
    public static IReadOnlyList<string> Flags(WorkdayCalendar calendar, DateOnly replyDate, DateOnly receivedOn, DateOnly enteredOn)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var flags = new List<string>();
        if (replyDate < receivedOn)
        {
            flags.Add($"答复日期{ChineseDate.Format(replyDate)}早于收到申请日期{ChineseDate.Format(receivedOn)}");
        }

        if (replyDate > enteredOn)
        {
            flags.Add($"答复日期{ChineseDate.Format(replyDate)}晚于录入当日{ChineseDate.Format(enteredOn)}");
        }
        else if (calendar.WorkingDaysBetween(replyDate, enteredOn).Days.Count > EntryWindow.Count)
        {
            flags.Add($"答复日期{ChineseDate.Format(replyDate)}之后超过{EntryWindow.Count}个工作日才录入（{ChineseDate.Format(enteredOn)}）");
        }

        return flags;
    }
}
