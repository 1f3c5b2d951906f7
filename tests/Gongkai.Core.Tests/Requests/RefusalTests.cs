using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;
using static Gongkai.Core.Tests.Calendar.HolidayTableTests;

namespace Gongkai.Core.Tests.Requests;

/// <summary>One test per reason a next event is refused. Received 27 Sep 2024; reply due 30 Oct 2024.</summary>
public sealed class RefusalTests
{
    private static readonly Received Receipt = new(Date("2024-09-27"), ReceiptChannel.InPerson);

    private static RefusalReason? Offer(RequestEvent next, params RequestEvent[] history) =>
        DeadlineEngine.Validate(WorkdayCalendar.Default, history, next)?.Reason;

    private static RefusalReason? OfferAfterReceipt(RequestEvent next, params RequestEvent[] history) =>
        Offer(next, [Receipt, .. history]);

    [Fact]
    public void A_reply_before_receipt_is_refused() =>
        Assert.Equal(RefusalReason.NotReceived, Offer(new Replied(Date("2024-09-30"), ReplyOutcome.Disclosed)));

    [Fact]
    public void A_second_receipt_is_refused() =>
        Assert.Equal(RefusalReason.AlreadyReceived, OfferAfterReceipt(new Received(Date("2024-09-30"), ReceiptChannel.Fax)));

    [Fact]
    public void An_event_dated_before_the_previous_one_is_refused() =>
        Assert.Equal(RefusalReason.BeforePreviousEvent, OfferAfterReceipt(new Replied(Date("2024-09-26"), ReplyOutcome.Disclosed)));

    [Fact]
    public void An_event_on_a_replied_request_is_refused() =>
        Assert.Equal(RefusalReason.RequestClosed,
            OfferAfterReceipt(new Extended(Date("2024-10-11"), new WorkingDays(5), "张主任"), new Replied(Date("2024-10-10"), ReplyOutcome.Disclosed)));

    [Fact]
    public void An_event_on_a_withdrawn_request_is_refused() =>
        Assert.Equal(RefusalReason.RequestClosed,
            OfferAfterReceipt(new Replied(Date("2024-10-11"), ReplyOutcome.Disclosed), new Withdrawn(Date("2024-10-10"))));

    [Fact]
    public void A_correction_after_its_period_is_refused_because_the_request_ended() =>
        Assert.Equal(RefusalReason.RequestClosed,
            OfferAfterReceipt(new CorrectionReceived(Date("2024-10-29")), new CorrectionRequested(Date("2024-10-08"))));

    [Fact]
    public void A_second_correction_notice_is_refused() =>
        Assert.Equal(RefusalReason.CorrectionAlreadyRequested,
            OfferAfterReceipt(new CorrectionRequested(Date("2024-10-20")),
                new CorrectionRequested(Date("2024-10-08")), new CorrectionReceived(Date("2024-10-15"))));

    [Fact]
    public void A_correction_notice_after_seven_working_days_is_refused() =>
        Assert.Equal(RefusalReason.CorrectionNoticeTooLate, OfferAfterReceipt(new CorrectionRequested(Date("2024-10-14"))));

    [Fact]
    public void A_correction_notice_on_the_seventh_working_day_is_accepted() =>
        Assert.Null(OfferAfterReceipt(new CorrectionRequested(Date("2024-10-12"))));

    [Fact]
    public void A_correction_period_of_no_days_is_refused() =>
        Assert.Equal(RefusalReason.PeriodNotPositive, OfferAfterReceipt(new CorrectionRequested(Date("2024-10-08"), WorkingDays.Zero)));

    [Fact]
    public void A_correction_received_without_a_notice_is_refused() =>
        Assert.Equal(RefusalReason.CorrectionNotRequested, OfferAfterReceipt(new CorrectionReceived(Date("2024-10-08"))));

    [Fact]
    public void An_extension_while_awaiting_correction_is_refused() =>
        Assert.Equal(RefusalReason.AwaitingCorrection,
            OfferAfterReceipt(new Extended(Date("2024-10-10"), new WorkingDays(5), "张主任"), new CorrectionRequested(Date("2024-10-08"))));

    [Fact]
    public void A_fee_notice_during_a_consultation_is_refused() =>
        Assert.Equal(RefusalReason.AnotherPauseRunning,
            OfferAfterReceipt(new FeeNoticeSent(Date("2024-10-11")), new ThirdPartyConsultationStarted(Date("2024-10-10"))));

    [Fact]
    public void Ending_a_consultation_that_never_started_is_refused() =>
        Assert.Equal(RefusalReason.ThirdPartyNotConsulted, OfferAfterReceipt(new ThirdPartyConsultationEnded(Date("2024-10-10"))));

    [Fact]
    public void Extension_beyond_twenty_days_in_total_is_refused() =>
        Assert.Equal(RefusalReason.ExtensionExceedsMaximum,
            OfferAfterReceipt(new Extended(Date("2024-10-21"), new WorkingDays(11), "张主任"),
                new Extended(Date("2024-10-18"), new WorkingDays(10), "张主任")));

    [Fact]
    public void An_absurdly_long_extension_is_refused_not_overflowed() =>
        Assert.Equal(RefusalReason.ExtensionExceedsMaximum,
            OfferAfterReceipt(new Extended(Date("2024-10-21"), new WorkingDays(int.MaxValue), "张主任"),
                new Extended(Date("2024-10-18"), new WorkingDays(10), "张主任")));

    [Fact]
    public void An_extension_after_the_deadline_is_refused() =>
        Assert.Equal(RefusalReason.ExtensionAfterDeadline, OfferAfterReceipt(new Extended(Date("2024-10-31"), new WorkingDays(5), "张主任")));

    [Fact]
    public void An_extension_without_approver_is_refused() =>
        Assert.Equal(RefusalReason.ExtensionWithoutApproval, OfferAfterReceipt(new Extended(Date("2024-10-18"), new WorkingDays(5), " ")));

    [Fact]
    public void An_extension_of_no_days_is_refused() =>
        Assert.Equal(RefusalReason.PeriodNotPositive, OfferAfterReceipt(new Extended(Date("2024-10-18"), WorkingDays.Zero, "张主任")));

    [Fact]
    public void A_second_fee_notice_is_refused() =>
        Assert.Equal(RefusalReason.FeeNoticeAlreadySent,
            OfferAfterReceipt(new FeeNoticeSent(Date("2024-10-20")), new FeeNoticeSent(Date("2024-10-08")), new FeePaid(Date("2024-10-10"))));

    [Fact]
    public void A_fee_notice_after_the_deadline_is_refused() =>
        Assert.Equal(RefusalReason.FeeNoticeAfterDeadline, OfferAfterReceipt(new FeeNoticeSent(Date("2024-10-31"))));

    [Fact]
    public void A_fee_paid_without_notice_is_refused() =>
        Assert.Equal(RefusalReason.FeeNotNoticed, OfferAfterReceipt(new FeePaid(Date("2024-10-10"))));

    [Fact]
    public void A_reply_giving_an_automatic_outcome_is_refused() =>
        Assert.Equal(RefusalReason.OutcomeIsAutomatic, OfferAfterReceipt(new Replied(Date("2024-10-10"), ReplyOutcome.OtherFeeUnpaid)));

    [Fact]
    public void A_refusal_gives_its_reason_in_Chinese_citing_the_article()
    {
        var refusal = DeadlineEngine.Validate(WorkdayCalendar.Default, [Receipt, new Extended(Date("2024-10-18"), new WorkingDays(15), "张主任")],
            new Extended(Date("2024-10-21"), new WorkingDays(10), "张主任"));
        Assert.Equal("第三十三条：延长答复期限最长不超过20个工作日，已延长15个工作日，不能再延长10个工作日", refusal?.Message);
    }

    [Fact]
    public void A_refused_step_leaves_the_events_unchanged()
    {
        var step = DeadlineEngine.Apply(WorkdayCalendar.Default, [Receipt], new FeePaid(Date("2024-10-10")));
        Assert.Equal([Receipt], step.Events);
    }
}
