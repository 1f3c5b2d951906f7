using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;
using static Gongkai.Core.Tests.Calendar.HolidayTableTests;

namespace Gongkai.Core.Tests.Letters;

public sealed class LetterTests
{
    [Fact]
    public void A_document_number_reads_as_gb_9704_writes_it()
    {
        Assert.Equal("临自然资依公开〔2026〕第12号", new DocumentNumber("临自然资依公开", 2026, 12).ToString());
    }

    [Fact]
    public void Every_outcome_has_a_reply_template_citing_its_article()
    {
        var replies = NoticeTemplate.Defaults().Where(t => t.Kind == DocumentKind.ReplyLetter && t.Outcome is not null).ToDictionary(t => t.Outcome!);
        Assert.All(ReplyOutcomes.All, o => Assert.Contains(o.LegalBasis(), replies[o.Key()].Body, StringComparison.Ordinal));
    }

    [Fact]
    public void Chinese_placeholder_names_are_filled_like_english_ones()
    {
        Assert.Equal("张三：", NoticeTemplate.Fill("{{申请人}}：", new Dictionary<string, string> { ["applicant"] = "张三" }));
    }

    [Theory]
    [InlineData("Reviewer", "经办人 → 审核人")]
    [InlineData("Reviewer,Head", "经办人 → 审核人 → 负责人")]
    [InlineData("Head", "经办人 → 负责人")]
    public void A_sign_off_chain_has_one_or_more_levels(string text, string label)
    {
        Assert.Equal(label, SignOffChain.Parse(text)!.ChineseLabel());
    }

    [Theory]
    [InlineData("")]
    [InlineData("Clerk")]
    [InlineData("Head,Reviewer")]
    public void A_sign_off_chain_without_a_level_or_out_of_order_is_refused(string text)
    {
        Assert.Null(SignOffChain.Parse(text));
    }

    [Fact]
    public void The_drafter_cannot_approve_their_own_draft_even_as_head()
    {
        Assert.False(SignOffChain.Parse("Reviewer")!.MayApprove(StaffRole.Head, 0, isDrafter: true));
    }

    [Fact]
    public void A_clerk_cannot_give_the_reviewers_approval()
    {
        Assert.False(SignOffChain.Parse("Reviewer,Head")!.MayApprove(StaffRole.Clerk, 0, isDrafter: false));
    }

    [Fact]
    public void After_the_reviewer_the_head_approves()
    {
        var chain = SignOffChain.Parse("Reviewer,Head")!;
        Assert.Equal(StaffRole.Head, chain.Next(1));
        Assert.False(chain.MayApprove(StaffRole.Reviewer, 1, isDrafter: false));
    }

    [Fact]
    public void Letter_settings_need_the_review_body_and_the_court()
    {
        var problems = new OfficeSettings { NumberPrefix = "临自然资依公开", ContactPerson = "李四", ContactPhone = "1" }.Check();
        Assert.Equal(["Court", "ReviewBody"], problems.Keys.Order());
    }

    [Fact]
    public void A_reply_dated_before_receipt_is_flagged()
    {
        Assert.Single(ReplyDateCheck.Flags(WorkdayCalendar.Default, Date("2026-11-01"), Date("2026-11-02"), Date("2026-11-03")));
    }

    [Fact]
    public void A_reply_dated_in_the_future_is_flagged()
    {
        Assert.Single(ReplyDateCheck.Flags(WorkdayCalendar.Default, Date("2026-11-10"), Date("2026-11-02"), Date("2026-11-05")));
    }

    [Fact]
    public void A_reply_entered_four_working_days_after_its_date_is_flagged()
    {
        // Mon 16 Nov 2026 → Fri 20 Nov: 4 working days later.
        Assert.Single(ReplyDateCheck.Flags(WorkdayCalendar.Default, Date("2026-11-16"), Date("2026-11-02"), Date("2026-11-20")));
    }

    [Fact]
    public void A_reply_entered_three_working_days_after_its_date_is_not_flagged()
    {
        Assert.Empty(ReplyDateCheck.Flags(WorkdayCalendar.Default, Date("2026-11-16"), Date("2026-11-02"), Date("2026-11-19")));
    }
}

public sealed class DeliveryTests
{
    [Fact]
    public void Posting_needs_the_tracking_number()
    {
        Assert.Equal("邮寄送达请填写邮件号码。", Deliveries.Check(DeliveryMethod.Post, " ", hasProof: false));
    }

    [Fact]
    public void Delivery_in_person_needs_the_signed_proof()
    {
        Assert.Equal("当面送达请上传申请人签收的送达回证。", Deliveries.Check(DeliveryMethod.InPerson, null, hasProof: false));
    }

    [Fact]
    public void A_reply_posted_on_the_last_day_is_in_time()
    {
        Assert.True(Deliveries.InTime(Date("2026-11-30"), Date("2026-11-30")));
    }
}

public sealed class LetterComposerTests
{
    private static readonly OfficeSettings Settings = new()
    {
        NumberPrefix = "临自然资依公开", ReviewBody = "临江市人民政府", Court = "临江市中级人民法院", ContactPerson = "李四", ContactPhone = "0571-12345678",
    };

    private static LetterInput Input(DocumentKind kind, Dictionary<string, string> values) => new(
        new DisclosureRequest
        {
            TrackingNumber = "GK23456789", QueryCodeHash = "", InformationWanted = "2025年征收补偿方案", Channel = ReceiptChannel.InPerson,
            ReceivedOn = Date("2026-11-02"), Applicant = new Applicant { Name = "张三", IdNumber = "11010519491231002X", Phone = "13800000000" },
        },
        kind, Date("2026-11-20"), Date("2026-11-30"), Settings, "临江市自然资源局", new DocumentNumber("临自然资依公开", 2026, 3), values, []);

    public static TheoryData<DocumentKind> ApplicantLetters => new(DocumentKind.AcceptanceNotice, DocumentKind.CorrectionNotice, DocumentKind.ExtensionNotice, DocumentKind.FeeNotice, DocumentKind.ReplyLetter);

    [Theory]
    [MemberData(nameof(ApplicantLetters))]
    public void Every_letter_to_the_applicant_names_the_review_body_and_the_court(DocumentKind kind)
    {
        var template = NoticeTemplate.Defaults().First(t => t.Kind == kind && t.Outcome is null);
        var letter = LetterComposer.Compose(template, Input(kind, new() { ["outcome"] = "Disclosed" }));
        Assert.Contains("临江市人民政府申请行政复议", letter.Remedies, StringComparison.Ordinal);
        Assert.Contains("临江市中级人民法院提起行政诉讼", letter.Remedies, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_disclosure_states_what_was_withheld_and_why()
    {
        var template = NoticeTemplate.Defaults().First(t => t.Outcome == "PartiallyDisclosed");
        var letter = LetterComposer.Compose(template, Input(DocumentKind.ReplyLetter, new() { ["outcome"] = "PartiallyDisclosed", ["withheld"] = "第3页被征收人身份证号码，属个人隐私（第十五条）" }));
        Assert.Contains("不予公开的部分及理由如下：第3页被征收人身份证号码，属个人隐私（第十五条）", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_receipt_states_the_channels_receipt_rule()
    {
        var template = NoticeTemplate.Defaults().First(t => t.Kind == DocumentKind.Acknowledgement);
        var letter = LetterComposer.Compose(template, Input(DocumentKind.Acknowledgement, []));
        Assert.Contains("当面提交申请的，以提交之日为收到申请之日", letter.Body, StringComparison.Ordinal);
        Assert.Null(letter.Remedies);
    }
}
