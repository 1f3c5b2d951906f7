using Gongkai.Core.Agencies;
using Gongkai.Core.Reports;

namespace Gongkai.Core.Tests.Reports;

public sealed class ReportWorkflowTests
{
    [Fact]
    public void A_draft_goes_through_review_and_the_heads_approval_to_publication()
    {
        var state = ReportState.Draft;
        foreach (var (step, role) in new[] { (ReportStepKind.Submit, StaffRole.Clerk), (ReportStepKind.Review, StaffRole.Reviewer), (ReportStepKind.Approve, StaffRole.Head) })
        {
            state = ReportWorkflow.Take(state, step, role).Next!.Value;
        }

        Assert.Equal(ReportState.Published, state);
    }

    [Fact]
    public void Only_the_head_approves()
    {
        var (next, refusal) = ReportWorkflow.Take(ReportState.Reviewed, ReportStepKind.Approve, StaffRole.Reviewer);
        Assert.Null(next);
        Assert.Equal("只有负责人可以签批发布年度报告。", refusal);
    }

    [Fact]
    public void A_submitted_report_cannot_skip_review()
    {
        Assert.Null(ReportWorkflow.Take(ReportState.Submitted, ReportStepKind.Approve, StaffRole.Head).Next);
    }

    [Fact]
    public void A_correction_needs_a_note()
    {
        Assert.Null(ReportWorkflow.Take(ReportState.Published, ReportStepKind.Correct, StaffRole.Clerk, " ").Next);
        Assert.Equal(ReportState.Draft, ReportWorkflow.Take(ReportState.Published, ReportStepKind.Correct, StaffRole.Clerk, "更正第三部分").Next);
    }

    [Fact]
    public void A_returned_report_goes_back_to_draft_with_a_reason()
    {
        Assert.Equal(ReportState.Draft, ReportWorkflow.Take(ReportState.Reviewed, ReportStepKind.Return, StaffRole.Head, "数据有误").Next);
    }
}
