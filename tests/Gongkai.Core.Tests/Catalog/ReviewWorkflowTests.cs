using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;

namespace Gongkai.Core.Tests.Catalog;

public sealed class ReviewWorkflowTests
{
    private static readonly Reviewer Clerk = new("clerk", StaffRole.Clerk);
    private static readonly Reviewer Checker = new("reviewer", StaffRole.Reviewer);
    private static readonly Reviewer Head = new("head", StaffRole.Head);
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private static Publication Draft() => new()
    {
        Id = 7,
        IndexNumber = "X/2026-00001",
        Title = "关于征地补偿标准的通知",
        IssuingAgency = "广东省自然资源厅",
        WrittenOn = new DateOnly(2026, 2, 20),
        CreatedBy = Clerk.UserId,
    };

    private static Publication InReview(int level = 1)
    {
        var item = Draft();
        Assert.Null(ReviewWorkflow.Submit(item, Clerk));
        item.ReviewLevel = level;
        return item;
    }

    private static Publication Published()
    {
        var item = InReview();
        Assert.Null(ReviewWorkflow.Approve(item, Head, 1, Today));
        return item;
    }

    [Fact]
    public void Two_levels_publish_only_after_the_heads_approval_of_the_second()
    {
        var item = InReview();
        Assert.Null(ReviewWorkflow.Approve(item, Checker, 2, Today));
        Assert.Equal((PublicationState.InReview, 2), (item.State, item.ReviewLevel));
        Assert.Null(ReviewWorkflow.Approve(item, Head, 2, Today));
        Assert.Equal((PublicationState.Published, Today), (item.State, item.PublishedOn!.Value));
    }

    [Fact]
    public void Reviewer_cannot_approve_the_last_level()
    {
        var result = ReviewWorkflow.Approve(InReview(2), Checker, 2, Today);
        Assert.Contains("须由负责人批准发布", result?.Message);
    }

    [Fact]
    public void Clerk_cannot_approve_a_review_level()
    {
        var item = InReview();
        item.CreatedBy = "someone else";
        Assert.Contains("须由审核人或负责人办理", ReviewWorkflow.Approve(item, Clerk, 3, Today)?.Message);
    }

    [Fact]
    public void Nobody_approves_what_they_drafted()
    {
        var item = InReview();
        item.CreatedBy = Head.UserId;
        Assert.Contains("不能审核本人起草", ReviewWorkflow.Approve(item, Head, 1, Today)?.Message);
    }

    [Fact]
    public void Rejection_needs_a_reason()
    {
        Assert.Contains("须写明理由", ReviewWorkflow.Reject(InReview(), Checker, " ")?.Message);
    }

    [Fact]
    public void Rejection_returns_the_item_to_draft()
    {
        var item = InReview();
        ReviewWorkflow.Reject(item, Checker, "标题有误");
        Assert.Equal(PublicationState.Draft, item.State);
    }

    [Fact]
    public void Withdrawal_keeps_the_published_text_in_the_history()
    {
        var item = Published();
        Assert.Null(ReviewWorkflow.Withdraw(item, Head, "含有不应公开的个人信息", Now));
        Assert.Equal(PublicationState.Withdrawn, item.State);
        var entry = Assert.Single(item.History);
        Assert.Equal(("撤回", "关于征地补偿标准的通知"), (entry.Change, entry.Title));
    }

    [Fact]
    public void Correction_adds_a_revision_and_keeps_the_old_text()
    {
        var item = Published();
        Assert.Null(ReviewWorkflow.Correct(item, Head, "更正文号", Now));
        Assert.Equal(2, item.Revision);
        Assert.Equal(1, Assert.Single(item.History).Revision);
    }

    [Fact]
    public void Only_the_head_corrects_a_published_item()
    {
        Assert.Contains("须由负责人办理", ReviewWorkflow.Correct(Published(), Checker, "更正文号", Now)?.Message);
    }

    [Fact]
    public void A_draft_cannot_be_withdrawn()
    {
        Assert.Contains("只有已发布的信息可以撤回", ReviewWorkflow.Withdraw(Draft(), Head, "理由", Now)?.Message);
    }

    [Fact]
    public void Submitting_twice_is_refused()
    {
        Assert.Contains("只有草稿可以送审", ReviewWorkflow.Submit(InReview(), Clerk)?.Message);
    }

    [Fact]
    public void An_item_not_disclosed_is_not_sent_to_review()
    {
        var item = Draft();
        item.Mode = DisclosureMode.NotDisclosed;
        Assert.Contains("无需送审", ReviewWorkflow.Submit(item, Clerk)?.Message);
    }

    [Fact]
    public void Not_disclosed_needs_a_legal_basis_and_a_reason()
    {
        var errors = ReviewWorkflow.CheckMode(DisclosureMode.NotDisclosed, "", null);
        Assert.Equal(["ModeBasis", "ModeReason"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Proactive_needs_no_reason()
    {
        Assert.Empty(ReviewWorkflow.CheckMode(DisclosureMode.Proactive, null, null));
    }
}
