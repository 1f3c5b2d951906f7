namespace Gongkai.Core.Requests;

/// <summary>Where a request stands on the desk.</summary>
public enum CaseState
{
    /// <summary>已收件: received, not yet accepted.</summary>
    Received,

    /// <summary>办理中: accepted and being handled.</summary>
    Processing,

    /// <summary>待补正: a correction notice was sent (第三十条).</summary>
    AwaitingCorrection,

    /// <summary>征求意见中: a third party or other agency is consulted (第三十二条, 第三十四条).</summary>
    Consulting,

    /// <summary>延期待批: an extension waits for the Head's approval (第三十三条).</summary>
    ExtensionPending,

    /// <summary>待缴费: a fee notice was sent (国办函〔2020〕109号).</summary>
    AwaitingFee,

    /// <summary>已答复</summary>
    Replied,

    /// <summary>已送达</summary>
    Delivered,

    /// <summary>已归档</summary>
    Archived,

    /// <summary>已终止: treated as abandoned when a correction or fee period lapsed (第三十条, 109号).</summary>
    Closed,
}

/// <summary>Chinese labels of <see cref="CaseState"/>.</summary>
public static class CaseStates
{
    /// <summary>The state as the desk and the applicant read it, e.g. 待补正.</summary>
    public static string ChineseLabel(this CaseState state) => state switch
    {
        CaseState.Received => "已收件",
        CaseState.Processing => "办理中",
        CaseState.AwaitingCorrection => "待补正",
        CaseState.Consulting => "征求意见中",
        CaseState.ExtensionPending => "延期待批",
        CaseState.AwaitingFee => "待缴费",
        CaseState.Replied => "已答复",
        CaseState.Delivered => "已送达",
        CaseState.Archived => "已归档",
        CaseState.Closed => "已终止",
        _ => state.ToString(),
    };

    /// <summary>The step as the timeline shows it, e.g. 发出补正告知书.</summary>
    public static string ChineseLabel(this StepKind kind) => kind switch
    {
        StepKind.Received => "收到申请",
        StepKind.Accepted => "受理",
        StepKind.CorrectionRequested => "发出补正告知书",
        StepKind.Corrected => "收到补正材料",
        StepKind.ConsultationStarted => "征求第三方意见",
        StepKind.ConsultationAnswered => "收到第三方意见",
        StepKind.ExtensionRequested => "申请延长答复期限",
        StepKind.ExtensionApproved => "负责人批准延期",
        StepKind.FeeNoticed => "发出收费通知",
        StepKind.FeePaid => "缴纳信息处理费",
        StepKind.Replied => "作出答复",
        StepKind.Delivered => "送达",
        StepKind.Archived => "归档",
        _ => kind.ToString(),
    };
}
