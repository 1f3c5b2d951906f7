using Gongkai.Core.Agencies;

namespace Gongkai.Core.Reports;

/// <summary>Where an agency-year's report stands: 草稿 → 待审核 → 待负责人签批 → 已发布.</summary>
public enum ReportState
{
    /// <summary>草稿: the clerk composes it.</summary>
    Draft,

    /// <summary>待审核: submitted to the Reviewer.</summary>
    Submitted,

    /// <summary>待负责人签批: reviewed, waiting for the Head.</summary>
    Reviewed,

    /// <summary>已发布: approved and published; frozen.</summary>
    Published,
}

/// <summary>A step on the report.</summary>
public enum ReportStepKind
{
    /// <summary>提交审核 (Clerk).</summary>
    Submit,

    /// <summary>审核通过 (Reviewer).</summary>
    Review,

    /// <summary>退回修改 (Reviewer or Head).</summary>
    Return,

    /// <summary>负责人签批并发布 (Head).</summary>
    Approve,

    /// <summary>更正: reopen a published report as a new version with a note (Clerk).</summary>
    Correct,
}

/// <summary>The approval of an annual report: who may take which step from which state.</summary>
public static class ReportWorkflow
{
    /// <summary>The state after <paramref name="step"/>, or the reason (in Chinese) it is refused.</summary>
    public static (ReportState? Next, string? Refusal) Take(ReportState state, ReportStepKind step, StaffRole role, string? note = null)
    {
        (ReportState From, StaffRole[] Roles, ReportState To) rule = step switch
        {
            ReportStepKind.Submit => (ReportState.Draft, [StaffRole.Clerk, StaffRole.Reviewer, StaffRole.Head], ReportState.Submitted),
            ReportStepKind.Review => (ReportState.Submitted, [StaffRole.Reviewer], ReportState.Reviewed),
            ReportStepKind.Approve => (ReportState.Reviewed, [StaffRole.Head], ReportState.Published),
            ReportStepKind.Correct => (ReportState.Published, [StaffRole.Clerk, StaffRole.Reviewer, StaffRole.Head], ReportState.Draft),
            _ => (state is ReportState.Submitted or ReportState.Reviewed ? state : ReportState.Submitted, [StaffRole.Reviewer, StaffRole.Head], ReportState.Draft),
        };
        if (state != rule.From)
        {
            return (null, $"报告当前为“{state.ChineseLabel()}”，不能{step.ChineseLabel()}。");
        }

        if (!rule.Roles.Contains(role))
        {
            return (null, step switch
            {
                ReportStepKind.Review => "只有审核人可以审核年度报告。",
                ReportStepKind.Approve => "只有负责人可以签批发布年度报告。",
                ReportStepKind.Return => "只有审核人或负责人可以退回年度报告。",
                _ => "您的角色不能进行此操作。",
            });
        }

        if (step is ReportStepKind.Correct or ReportStepKind.Return && string.IsNullOrWhiteSpace(note))
        {
            return (null, step == ReportStepKind.Correct ? "更正须说明更正的内容和原因。" : "退回须说明理由。");
        }

        return (rule.To, null);
    }

    /// <summary>The state in Chinese.</summary>
    public static string ChineseLabel(this ReportState state) => state switch
    {
        ReportState.Draft => "草稿",
        ReportState.Submitted => "待审核",
        ReportState.Reviewed => "待负责人签批",
        _ => "已发布",
    };

    /// <summary>The step in Chinese.</summary>
    public static string ChineseLabel(this ReportStepKind step) => step switch
    {
        ReportStepKind.Submit => "提交审核",
        ReportStepKind.Review => "审核通过",
        ReportStepKind.Return => "退回修改",
        ReportStepKind.Approve => "签批发布",
        _ => "更正",
    };
}
