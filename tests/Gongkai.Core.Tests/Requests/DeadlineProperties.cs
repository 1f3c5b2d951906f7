using FsCheck.Xunit;
using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;

namespace Gongkai.Core.Tests.Requests;

/// <summary>
/// Properties over receipts anywhere in 2019–2026 and pauses of any length: FsCheck draws the offsets,
/// the properties hold for every holiday arrangement in the shipped schedule.
/// </summary>
public sealed class DeadlineProperties
{
    private static readonly WorkdayCalendar Calendar = WorkdayCalendar.Default;
    private static readonly DateOnly First = new(2019, 1, 1);
    private const int Span = 365 * 8 - 120;

    private static DateOnly ReceiptDate(ushort offset) => First.AddDays(offset % Span);

    private static DateOnly Due(params RequestEvent[] events) =>
        DeadlineEngine.Evaluate(Calendar, events, events[^1].Date).Due!.Value;

    // A consultation starting within the first 20 calendar days and lasting up to 40.
    private static (Received Receipt, DateOnly Start, DateOnly End) Consultation(ushort offset, byte startAfter, byte length)
    {
        var receipt = new Received(ReceiptDate(offset), ReceiptChannel.InPerson);
        var start = receipt.Date.AddDays(startAfter % 20);
        return (receipt, start, start.AddDays(length % 40));
    }

    [Property(MaxTest = 500)]
    public bool A_deadline_is_a_working_day(ushort offset, byte startAfter, byte length)
    {
        var (receipt, start, end) = Consultation(offset, startAfter, length);
        return Calendar.IsWorkingDay(Due(receipt, new ThirdPartyConsultationStarted(start), new ThirdPartyConsultationEnded(end)));
    }

    [Property(MaxTest = 500)]
    public bool A_deadline_is_never_earlier_than_without_pauses(ushort offset, byte startAfter, byte length)
    {
        var (receipt, start, end) = Consultation(offset, startAfter, length);
        return Due(receipt, new ThirdPartyConsultationStarted(start), new ThirdPartyConsultationEnded(end)) >= Due(receipt);
    }

    [Property(MaxTest = 500)]
    public bool A_deadline_is_monotone_in_the_receipt_date(ushort offset, byte later)
    {
        var first = new Received(ReceiptDate(offset), ReceiptChannel.Online);
        var second = first with { Date = first.Date.AddDays(later % 60) };
        return Due(first) <= Due(second);
    }

    [Property(MaxTest = 500)]
    public bool A_consultation_moves_the_deadline_by_exactly_the_working_days_it_lasted_within_the_third_partys_period(ushort offset, byte startAfter, byte length)
    {
        var (receipt, start, end) = Consultation(offset, startAfter, length);
        var moved = Calendar.WorkingDaysBetween(Due(receipt), Due(receipt, new ThirdPartyConsultationStarted(start), new ThirdPartyConsultationEnded(end)));
        var thirdPartyDue = Calendar.AddWorkingDays(start, Article32.ThirdPartyReplyPeriod).Date;
        return moved.Days == Calendar.WorkingDaysBetween(start, end < thirdPartyDue ? end : thirdPartyDue).Days;
    }

    [Property(MaxTest = 500)]
    public bool A_fee_wait_moves_the_deadline_by_exactly_the_working_days_it_lasted(ushort offset, byte startAfter, byte length)
    {
        var (receipt, notice, paid) = Consultation(offset, startAfter, (byte)(length % 25));
        var moved = Calendar.WorkingDaysBetween(Due(receipt), Due(receipt, new FeeNoticeSent(notice), new FeePaid(paid)));
        return moved.Days == Calendar.WorkingDaysBetween(notice, paid).Days;
    }

    [Property(MaxTest = 500)]
    public bool Counting_forward_then_between_gives_the_count_back(ushort offset, byte days)
    {
        var start = ReceiptDate(offset);
        return Calendar.WorkingDaysBetween(start, Calendar.AddWorkingDays(start, days).Date).Days.Count == days;
    }
}
