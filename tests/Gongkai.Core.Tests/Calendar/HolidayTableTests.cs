using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;

namespace Gongkai.Core.Tests.Calendar;

/// <summary>
/// Every Spring Festival and National Day of 2019–2026: an application received on the last working day
/// before the holiday. Expected dates counted by hand on the State Council's notices.
/// </summary>
public sealed class HolidayTableTests
{
    private static readonly WorkdayCalendar Calendar = WorkdayCalendar.Default;

    public static TheoryData<string, string, string, string> Holidays => new()
    {
        // received,   first working day after, correction notice due (+7), reply due (+20)
        { "2019-02-03", "2019-02-11", "2019-02-19", "2019-03-08" }, // Spring Festival; received on a make-up Sunday
        { "2019-09-30", "2019-10-08", "2019-10-15", "2019-11-01" }, // National Day; 12 Oct is a make-up Saturday
        { "2020-01-23", "2020-02-03", "2020-02-11", "2020-02-28" }, // Spring Festival extended to 2 Feb
        { "2020-09-30", "2020-10-09", "2020-10-16", "2020-11-04" }, // National Day with Mid-Autumn; 10 Oct make-up
        { "2021-02-10", "2021-02-18", "2021-02-25", "2021-03-16" }, // Spring Festival; 20 Feb make-up Saturday
        { "2021-09-30", "2021-10-08", "2021-10-15", "2021-11-03" }, // National Day; 9 Oct make-up Saturday
        { "2022-01-30", "2022-02-07", "2022-02-15", "2022-03-04" }, // Spring Festival; received on a make-up Sunday
        { "2022-09-30", "2022-10-08", "2022-10-14", "2022-11-02" }, // National Day: the court's case, 8 and 9 Oct make-up
        { "2023-01-20", "2023-01-28", "2023-02-03", "2023-02-22" }, // Spring Festival; 28 and 29 Jan make-up
        { "2023-09-28", "2023-10-07", "2023-10-13", "2023-11-01" }, // Mid-Autumn and National Day; 7 and 8 Oct make-up
        { "2024-02-09", "2024-02-18", "2024-02-26", "2024-03-14" }, // Spring Festival; 18 Feb make-up Sunday
        { "2024-09-30", "2024-10-08", "2024-10-15", "2024-11-01" }, // National Day; 12 Oct make-up Saturday
        { "2025-01-27", "2025-02-05", "2025-02-12", "2025-03-03" }, // Spring Festival; 8 Feb make-up Saturday
        { "2025-09-30", "2025-10-09", "2025-10-16", "2025-11-04" }, // National Day to 8 Oct; 11 Oct make-up
        { "2026-02-14", "2026-02-24", "2026-03-03", "2026-03-20" }, // Spring Festival to 23 Feb; received on a make-up Saturday
        { "2026-09-30", "2026-10-08", "2026-10-15", "2026-11-03" }, // National Day; 10 Oct make-up Saturday
    };

    [Theory]
    [MemberData(nameof(Holidays))]
    public void The_first_working_day_after_the_receipt_skips_the_holiday(string received, string firstDay, string noticeDue, string replyDue)
    {
        _ = (noticeDue, replyDue);
        Assert.Equal(Date(firstDay), Calendar.AddWorkingDays(Date(received), 1).Date);
    }

    [Theory]
    [MemberData(nameof(Holidays))]
    public void The_correction_notice_is_due_seven_working_days_after_receipt(string received, string firstDay, string noticeDue, string replyDue)
    {
        _ = (firstDay, replyDue);
        var status = DeadlineEngine.Evaluate(Calendar, [new Received(Date(received), ReceiptChannel.InPerson)], Date(received));
        Assert.Equal(Date(noticeDue), status.CorrectionNoticeDue);
    }

    [Theory]
    [MemberData(nameof(Holidays))]
    public void The_reply_is_due_twenty_working_days_after_receipt(string received, string firstDay, string noticeDue, string replyDue)
    {
        _ = (firstDay, noticeDue);
        var status = DeadlineEngine.Evaluate(Calendar, [new Received(Date(received), ReceiptChannel.InPerson)], Date(received));
        Assert.Equal(Date(replyDue), status.Due);
    }

    [Theory]
    [InlineData("2019-02-02")] [InlineData("2019-02-03")] [InlineData("2019-04-28")] [InlineData("2019-05-05")] [InlineData("2019-09-29")] [InlineData("2019-10-12")]
    [InlineData("2020-01-19")] [InlineData("2020-04-26")] [InlineData("2020-05-09")] [InlineData("2020-06-28")] [InlineData("2020-09-27")] [InlineData("2020-10-10")]
    [InlineData("2021-02-07")] [InlineData("2021-02-20")] [InlineData("2021-04-25")] [InlineData("2021-05-08")] [InlineData("2021-09-18")] [InlineData("2021-09-26")] [InlineData("2021-10-09")]
    [InlineData("2022-01-29")] [InlineData("2022-01-30")] [InlineData("2022-04-02")] [InlineData("2022-04-24")] [InlineData("2022-05-07")] [InlineData("2022-10-08")] [InlineData("2022-10-09")]
    [InlineData("2023-01-28")] [InlineData("2023-01-29")] [InlineData("2023-04-23")] [InlineData("2023-05-06")] [InlineData("2023-06-25")] [InlineData("2023-10-07")] [InlineData("2023-10-08")]
    [InlineData("2024-02-04")] [InlineData("2024-02-18")] [InlineData("2024-04-07")] [InlineData("2024-04-28")] [InlineData("2024-05-11")] [InlineData("2024-09-14")] [InlineData("2024-09-29")] [InlineData("2024-10-12")]
    [InlineData("2025-01-26")] [InlineData("2025-02-08")] [InlineData("2025-04-27")] [InlineData("2025-09-28")] [InlineData("2025-10-11")]
    [InlineData("2026-01-04")] [InlineData("2026-02-14")] [InlineData("2026-02-28")] [InlineData("2026-05-09")] [InlineData("2026-09-20")] [InlineData("2026-10-10")]
    public void A_make_up_weekend_day_is_a_working_day(string day)
    {
        Assert.Equal(DayKind.MakeUpWorkday, Calendar.Kind(Date(day)));
    }

    [Theory]
    [InlineData("2019-02-04")] [InlineData("2019-10-07")] [InlineData("2020-01-31")] [InlineData("2020-10-08")]
    [InlineData("2021-02-17")] [InlineData("2021-10-07")] [InlineData("2022-02-04")] [InlineData("2022-10-07")]
    [InlineData("2023-01-27")] [InlineData("2023-09-29")] [InlineData("2024-02-16")] [InlineData("2024-10-07")]
    [InlineData("2025-02-04")] [InlineData("2025-10-08")] [InlineData("2026-02-23")] [InlineData("2026-10-07")]
    public void A_weekday_inside_Spring_Festival_or_National_Day_is_not_a_working_day(string day)
    {
        Assert.False(Calendar.IsWorkingDay(Date(day)));
    }

    [Theory]
    [InlineData("2024-09-27", "2024-10-30")] // Friday before National Day; 29 Sep and 12 Oct are make-up days
    [InlineData("2025-09-26", "2025-10-30")] // two make-up days (28 Sep, 11 Oct) inside the period
    [InlineData("2026-12-31", "2027-01-29")] // runs into 2027, which has no schedule yet: weekends and 元旦
    public void Receipts_around_the_holidays_give_hand_counted_deadlines(string received, string due)
    {
        var status = DeadlineEngine.Evaluate(Calendar, [new Received(Date(received), ReceiptChannel.Online)], Date(received));
        Assert.Equal(Date(due), status.Due);
    }

    internal static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");
}
