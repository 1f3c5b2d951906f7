using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;
using Gongkai.Reports.Model;
using static Gongkai.Core.Tests.Calendar.HolidayTableTests;

namespace Gongkai.Core.Tests.Requests;

public sealed class DeadlineEngineTests
{
    private static readonly WorkdayCalendar Calendar = WorkdayCalendar.Default;
    // Received Friday 27 Sep 2024 online; the plain reply period ends 30 Oct 2024.
    private static readonly Received Receipt = new(Date("2024-09-27"), ReceiptChannel.Online);

    private static DeadlineStatus Evaluate(string today, params RequestEvent[] events) =>
        DeadlineEngine.Evaluate(Calendar, [Receipt, .. events], Date(today));

    [Fact]
    public void The_court_case_received_30_September_2022_is_due_2_November()
    {
        var status = DeadlineEngine.Evaluate(Calendar, [new Received(Date("2022-09-30"), ReceiptChannel.RegisteredPost)], Date("2022-10-10"));
        Assert.Equal(Date("2022-11-02"), status.Due);
    }

    [Fact]
    public void A_new_request_is_in_progress()
    {
        Assert.Equal(RequestState.InProgress, Evaluate("2024-10-08").State);
    }

    [Fact]
    public void Working_days_left_count_from_today_to_the_deadline()
    {
        // 21 to 25 Oct and 28 to 30 Oct.
        Assert.Equal(new WorkingDays(8), Evaluate("2024-10-20").WorkingDaysLeft);
    }

    [Fact]
    public void Working_days_left_are_zero_on_the_last_day()
    {
        Assert.Equal(WorkingDays.Zero, Evaluate("2024-10-30").WorkingDaysLeft);
    }

    [Fact]
    public void Working_days_left_are_negative_once_overdue()
    {
        Assert.Equal(new WorkingDays(-2), Evaluate("2024-11-01").WorkingDaysLeft);
    }

    [Fact]
    public void A_request_past_its_deadline_is_overdue()
    {
        Assert.True(Evaluate("2024-10-31").IsOverdue);
    }

    [Fact]
    public void An_extension_moves_the_deadline_by_its_working_days()
    {
        var status = Evaluate("2024-10-20", new Extended(Date("2024-10-18"), new WorkingDays(10), "张主任"));
        Assert.Equal(Date("2024-11-13"), status.Due);
    }

    [Fact]
    public void Two_extensions_within_twenty_days_in_total_are_accepted()
    {
        var status = Evaluate("2024-10-20",
            new Extended(Date("2024-10-18"), new WorkingDays(10), "张主任"),
            new Extended(Date("2024-10-19"), new WorkingDays(10), "张主任"));
        Assert.Equal(new WorkingDays(20), status.ExtensionUsed);
    }

    [Fact]
    public void A_correction_stops_the_reply_period()
    {
        var status = Evaluate("2024-10-10", new CorrectionRequested(Date("2024-10-08")));
        Assert.Null(status.Due);
    }

    [Fact]
    public void Article30_correction_period_defaults_to_fifteen_working_days_from_the_notice()
    {
        Assert.Equal(new WorkingDays(15), Article30.DefaultCorrectionPeriod);
        var status = Evaluate("2024-10-10", new CorrectionRequested(Date("2024-10-08")));
        // 12 Oct 2024 is a make-up Saturday.
        Assert.Equal(Date("2024-10-28"), status.CorrectionPeriodEnd);
    }

    [Fact]
    public void The_agency_may_set_its_own_correction_period()
    {
        var status = Evaluate("2024-10-10", new CorrectionRequested(Date("2024-10-08"), new WorkingDays(5)));
        Assert.Equal(Date("2024-10-14"), status.CorrectionPeriodEnd);
    }

    [Fact]
    public void A_correction_restarts_twenty_working_days_from_its_receipt()
    {
        var status = Evaluate("2024-10-20", new CorrectionRequested(Date("2024-10-08")), new CorrectionReceived(Date("2024-10-15")));
        Assert.Equal(Date("2024-11-12"), status.Due);
    }

    [Fact]
    public void A_correction_not_received_in_its_period_ends_the_request_as_correction_overdue()
    {
        var status = Evaluate("2024-10-29", new CorrectionRequested(Date("2024-10-08")));
        Assert.Equal(ReplyOutcome.OtherCorrectionOverdue, status.Outcome);
    }

    [Fact]
    public void A_request_abandoned_for_want_of_correction_keeps_no_reply_deadline()
    {
        var status = Evaluate("2024-10-29", new CorrectionRequested(Date("2024-10-08")));
        Assert.Null(status.Due);
    }

    [Fact]
    public void A_correction_period_that_has_not_lapsed_keeps_the_request_open()
    {
        var status = Evaluate("2024-10-28", new CorrectionRequested(Date("2024-10-08")));
        Assert.Equal(RequestState.AwaitingCorrection, status.State);
    }

    [Fact]
    public void A_third_party_consultation_is_not_counted()
    {
        // 10 Oct to 17 Oct 2024: 11, 12 (make-up Saturday), 14, 15, 16, 17 = 6 working days.
        var status = Evaluate("2024-10-20",
            new ThirdPartyConsultationStarted(Date("2024-10-10")), new ThirdPartyConsultationEnded(Date("2024-10-17")));
        Assert.Equal(Date("2024-11-07"), status.Due);
    }

    [Fact]
    public void Waiting_beyond_the_third_partys_fifteen_days_counts_against_the_agency()
    {
        // Not counted: 11 Oct to the third party's last day, 30 Oct = 15 working days; 31 Oct to 4 Nov count.
        var status = Evaluate("2024-11-05",
            new ThirdPartyConsultationStarted(Date("2024-10-10")), new ThirdPartyConsultationEnded(Date("2024-11-04")));
        Assert.Equal(Date("2024-11-20"), status.Due);
    }

    [Fact]
    public void Consulting_another_agency_is_not_counted_either()
    {
        var status = Evaluate("2024-10-20",
            new ThirdPartyConsultationStarted(Date("2024-10-10"), ConsultedParty.OtherAgency), new ThirdPartyConsultationEnded(Date("2024-10-17")));
        Assert.Equal(Date("2024-11-07"), status.Due);
    }

    [Fact]
    public void The_explanation_cites_article_34_for_another_agency()
    {
        var status = Evaluate("2024-10-11", new ThirdPartyConsultationStarted(Date("2024-10-10"), ConsultedParty.OtherAgency));
        Assert.Contains(status.Explanation, s => s.Article == "第三十四条");
    }

    [Fact]
    public void The_third_party_answers_within_fifteen_working_days()
    {
        var status = Evaluate("2024-10-11", new ThirdPartyConsultationStarted(Date("2024-10-10")));
        Assert.Equal(Date("2024-10-30"), status.ThirdPartyReplyDue);
    }

    [Fact]
    public void Working_days_left_stay_still_while_a_third_party_is_consulted()
    {
        var consulting = new ThirdPartyConsultationStarted(Date("2024-10-10"));
        Assert.Equal(Evaluate("2024-10-10", consulting).WorkingDaysLeft, Evaluate("2024-10-25", consulting).WorkingDaysLeft);
    }

    [Fact]
    public void The_fee_is_due_twenty_working_days_after_the_notice()
    {
        var status = Evaluate("2024-10-11", new FeeNoticeSent(Date("2024-10-10")));
        Assert.Equal(Date("2024-11-06"), status.FeePaymentDue);
    }

    [Fact]
    public void The_time_from_fee_notice_to_payment_is_not_counted()
    {
        var status = Evaluate("2024-10-20", new FeeNoticeSent(Date("2024-10-10")), new FeePaid(Date("2024-10-17")));
        Assert.Equal(Date("2024-11-07"), status.Due);
    }

    [Fact]
    public void The_fee_time_counts_when_the_setting_is_off()
    {
        var status = DeadlineEngine.Evaluate(Calendar,
            [Receipt, new FeeNoticeSent(Date("2024-10-10")), new FeePaid(Date("2024-10-17"))], Date("2024-10-20"),
            new DeadlineRules(FeeTimeExcluded: false));
        Assert.Equal(Date("2024-10-30"), status.Due);
    }

    [Fact]
    public void An_unpaid_fee_ends_the_request_as_fee_unpaid()
    {
        var status = Evaluate("2024-11-07", new FeeNoticeSent(Date("2024-10-10")));
        Assert.Equal(ReplyOutcome.OtherFeeUnpaid, status.Outcome);
    }

    [Fact]
    public void A_request_abandoned_for_an_unpaid_fee_keeps_no_reply_deadline()
    {
        Assert.Null(Evaluate("2024-11-07", new FeeNoticeSent(Date("2024-10-10"))).Due);
    }

    [Fact]
    public void A_reply_closes_the_request_with_its_outcome()
    {
        var status = Evaluate("2024-10-25", new Replied(Date("2024-10-25"), ReplyOutcome.PartiallyDisclosed));
        Assert.Equal((RequestState.Replied, ReplyOutcome.PartiallyDisclosed), (status.State, status.Outcome));
    }

    [Fact]
    public void A_reply_after_the_deadline_is_marked_overdue()
    {
        Assert.True(Evaluate("2024-11-05", new Replied(Date("2024-11-04"), ReplyOutcome.Disclosed)).IsOverdue);
    }

    [Fact]
    public void A_replied_request_has_no_working_days_left()
    {
        Assert.Null(Evaluate("2024-10-25", new Replied(Date("2024-10-25"), ReplyOutcome.Disclosed)).WorkingDaysLeft);
    }

    [Fact]
    public void A_withdrawn_request_is_closed_without_outcome()
    {
        var status = Evaluate("2024-10-25", new Withdrawn(Date("2024-10-11")));
        Assert.Equal((RequestState.Closed, (ReplyOutcome?)null), (status.State, status.Outcome));
    }

    [Fact]
    public void The_correction_notice_is_due_seven_working_days_after_receipt()
    {
        Assert.Equal(Date("2024-10-12"), Evaluate("2024-10-08").CorrectionNoticeDue);
    }

    [Fact]
    public void The_correction_notice_deadline_is_not_shown_once_it_passed()
    {
        Assert.Null(Evaluate("2024-10-16").CorrectionNoticeDue);
    }

    [Fact]
    public void A_deadline_in_a_year_without_schedule_is_estimated()
    {
        var status = DeadlineEngine.Evaluate(Calendar, [new Received(Date("2026-12-15"), ReceiptChannel.Fax)], Date("2026-12-16"));
        Assert.True(status.Estimated);
    }

    [Fact]
    public void The_estimate_is_explained_in_Chinese()
    {
        var status = DeadlineEngine.Evaluate(Calendar, [new Received(Date("2026-12-15"), ReceiptChannel.Fax)], Date("2026-12-16"));
        Assert.Contains(status.Explanation, s => s.ToString() == "注意：2027年尚无国务院节假日安排，按周末推算，待国务院公布安排");
    }

    [Fact]
    public void The_explanation_cites_article_33_with_the_dates()
    {
        Assert.Contains(Evaluate("2024-10-20").Explanation,
            s => s.ToString() == "第三十三条：自2024年9月28日起计算20个工作日，答复期限至2024年10月30日");
    }

    [Fact]
    public void The_explanation_names_the_receipt_rule_of_the_channel()
    {
        Assert.Equal("第三十一条：通过互联网渠道提交申请的，以双方确认之日为收到申请之日：2024年9月27日",
            Evaluate("2024-10-20").Explanation[0].ToString());
    }

    [Fact]
    public void The_explanation_ends_with_the_working_days_left()
    {
        Assert.Equal("截至2024年10月20日，距答复期限2024年10月30日还有8个工作日", Evaluate("2024-10-20").Explanation[^1].ToString());
    }

    [Fact]
    public void The_explanation_of_an_overdue_request_ends_with_the_working_days_past()
    {
        Assert.Equal("截至2024年11月1日，已超过答复期限（2024年10月30日）2个工作日", Evaluate("2024-11-01").Explanation[^1].ToString());
    }

    [Fact]
    public void The_explanation_records_the_restart_after_correction()
    {
        var status = Evaluate("2024-10-20", new CorrectionRequested(Date("2024-10-08")), new CorrectionReceived(Date("2024-10-15")));
        Assert.Contains(status.Explanation,
            s => s.ToString() == "第三十条：2024年10月15日收到补正后的申请，自2024年10月16日起重新计算20个工作日，答复期限至2024年11月12日");
    }

    [Fact]
    public void A_history_with_a_refused_step_cannot_be_evaluated()
    {
        Assert.Throws<ArgumentException>(() => Evaluate("2024-10-20", new FeePaid(Date("2024-10-10"))));
    }

    [Fact]
    public void An_empty_history_cannot_be_evaluated()
    {
        Assert.Throws<ArgumentException>(() => DeadlineEngine.Evaluate(Calendar, [], Date("2024-10-20")));
    }

    [Fact]
    public void An_accepted_step_is_appended_to_the_events()
    {
        var step = DeadlineEngine.Apply(Calendar, [Receipt], new Replied(Date("2024-10-25"), ReplyOutcome.Disclosed));
        Assert.Equal(2, step.Events.Count);
    }

    [Theory]
    [InlineData(2024, ReportIssuer.Department, "2025-01-31")]
    [InlineData(2024, ReportIssuer.Government, "2025-03-31")]
    public void The_annual_report_is_due_by_31_January_or_31_March(int year, ReportIssuer issuer, string due)
    {
        Assert.Equal(Date(due), Article49.AnnualReportDue(year, issuer));
    }

    [Fact]
    public void Every_outcome_has_its_glossary_key()
    {
        Assert.Equal(21, ReplyOutcomes.All.Select(o => o.Key()).Distinct().Count());
    }

    [Fact]
    public void Every_outcome_is_counted_in_the_report_row_of_the_same_name()
    {
        Assert.All(Enum.GetValues<ReplyOutcome>(), o => Assert.Equal(o.ToString(), o.Row().ToString()));
    }

    [Fact]
    public void The_outcomes_fill_every_V2021_outcome_row_once()
    {
        var rows = Enum.GetValues<ReplyOutcome>().Select(o => o.Row()).ToList();
        Assert.Equal(RequestRows.V2021.Where(r => r.IsOutcome()), rows);
    }

    [Fact]
    public void Every_outcome_is_found_again_by_its_key()
    {
        Assert.All(Enum.GetValues<ReplyOutcome>(), o => Assert.Equal(o, ReplyOutcomes.FromKey(o.Key())));
    }

    [Fact]
    public void An_outcome_reads_in_Chinese_as_its_report_row()
    {
        Assert.Equal("（三）不予公开1.属于国家秘密", ReplyOutcome.WithheldStateSecret.ChineseLabel());
    }

    [Theory]
    [InlineData(ReplyOutcome.WithheldStateSecret, "Withheld.StateSecret")]
    [InlineData(ReplyOutcome.OtherCorrectionOverdue, "Other.CorrectionOverdue")]
    [InlineData(ReplyOutcome.NotProcessedConfirmOrReissue, "NotProcessed.ConfirmOrReissue")]
    public void An_outcome_key_reads_back_as_the_outcome(ReplyOutcome outcome, string key)
    {
        Assert.Equal((key, (ReplyOutcome?)outcome), (outcome.Key(), ReplyOutcomes.FromKey(key)));
    }
}
