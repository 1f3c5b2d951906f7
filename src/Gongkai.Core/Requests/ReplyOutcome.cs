using Gongkai.Reports.Model;

namespace Gongkai.Core.Requests;

/// <summary>
/// How a request ended: one member per row of section 三 of the annual report. <see cref="ReplyOutcomes.Key"/>
/// gives the glossary id ("Withheld.StateSecret"), <see cref="ReplyOutcomes.ChineseLabel"/> the row's text.
/// </summary>
public enum ReplyOutcome
{
    /// <summary>（一）予以公开.</summary>
    Disclosed,
    /// <summary>（二）部分公开 (第三十七条).</summary>
    PartiallyDisclosed,
    /// <summary>（三）不予公开 1 属于国家秘密.</summary>
    WithheldStateSecret,
    /// <summary>（三）不予公开 2 其他法律行政法规禁止公开.</summary>
    WithheldProhibitedByLaw,
    /// <summary>（三）不予公开 3 危及“三安全一稳定”.</summary>
    WithheldSecurityAndStability,
    /// <summary>（三）不予公开 4 保护第三方合法权益.</summary>
    WithheldThirdPartyRights,
    /// <summary>（三）不予公开 5 属于三类内部事务信息.</summary>
    WithheldInternalAffairs,
    /// <summary>（三）不予公开 6 属于四类过程性信息.</summary>
    WithheldProcessInformation,
    /// <summary>（三）不予公开 7 属于行政执法案卷.</summary>
    WithheldEnforcementFile,
    /// <summary>（三）不予公开 8 属于行政查询事项.</summary>
    WithheldAdministrativeQuery,
    /// <summary>（四）无法提供 1 本机关不掌握相关政府信息.</summary>
    UnavailableNotHeld,
    /// <summary>（四）无法提供 2 没有现成信息需要另行制作 (第三十八条).</summary>
    UnavailableRequiresCreation,
    /// <summary>（四）无法提供 3 补正后申请内容仍不明确.</summary>
    UnavailableUnclearAfterCorrection,
    /// <summary>（五）不予处理 1 信访举报投诉类申请 (第三十九条).</summary>
    NotProcessedPetitionOrComplaint,
    /// <summary>（五）不予处理 2 重复申请.</summary>
    NotProcessedDuplicate,
    /// <summary>（五）不予处理 3 要求提供公开出版物.</summary>
    NotProcessedPublishedMaterial,
    /// <summary>（五）不予处理 4 无正当理由大量反复申请 (第三十五条).</summary>
    NotProcessedExcessiveRepeated,
    /// <summary>（五）不予处理 5 要求行政机关确认或重新出具已获取信息.</summary>
    NotProcessedConfirmOrReissue,
    /// <summary>（六）其他处理 1 逾期不补正 (第三十条); set by the deadline engine, not by a reply.</summary>
    OtherCorrectionOverdue,
    /// <summary>（六）其他处理 2 逾期未缴纳信息处理费; set by the deadline engine, not by a reply.</summary>
    OtherFeeUnpaid,
    /// <summary>（六）其他处理 3 其他.</summary>
    OtherOther,
}

/// <summary>
/// The glossary id and Chinese label of each <see cref="ReplyOutcome"/>, taken from the report row it is
/// counted in (<see cref="RequestRow"/>), so that a case and the annual report always speak alike.
/// </summary>
public static class ReplyOutcomes
{
    /// <summary>Every outcome, in the order of the report's rows.</summary>
    public static IReadOnlyList<ReplyOutcome> All { get; } = Enum.GetValues<ReplyOutcome>();

    /// <summary>The row of section 三 of the annual report that counts the outcome.</summary>
    public static RequestRow Row(this ReplyOutcome outcome) => outcome switch
    {
        ReplyOutcome.Disclosed => RequestRow.Disclosed,
        ReplyOutcome.PartiallyDisclosed => RequestRow.PartiallyDisclosed,
        ReplyOutcome.WithheldStateSecret => RequestRow.WithheldStateSecret,
        ReplyOutcome.WithheldProhibitedByLaw => RequestRow.WithheldProhibitedByLaw,
        ReplyOutcome.WithheldSecurityAndStability => RequestRow.WithheldSecurityAndStability,
        ReplyOutcome.WithheldThirdPartyRights => RequestRow.WithheldThirdPartyRights,
        ReplyOutcome.WithheldInternalAffairs => RequestRow.WithheldInternalAffairs,
        ReplyOutcome.WithheldProcessInformation => RequestRow.WithheldProcessInformation,
        ReplyOutcome.WithheldEnforcementFile => RequestRow.WithheldEnforcementFile,
        ReplyOutcome.WithheldAdministrativeQuery => RequestRow.WithheldAdministrativeQuery,
        ReplyOutcome.UnavailableNotHeld => RequestRow.UnavailableNotHeld,
        ReplyOutcome.UnavailableRequiresCreation => RequestRow.UnavailableRequiresCreation,
        ReplyOutcome.UnavailableUnclearAfterCorrection => RequestRow.UnavailableUnclearAfterCorrection,
        ReplyOutcome.NotProcessedPetitionOrComplaint => RequestRow.NotProcessedPetitionOrComplaint,
        ReplyOutcome.NotProcessedDuplicate => RequestRow.NotProcessedDuplicate,
        ReplyOutcome.NotProcessedPublishedMaterial => RequestRow.NotProcessedPublishedMaterial,
        ReplyOutcome.NotProcessedExcessiveRepeated => RequestRow.NotProcessedExcessiveRepeated,
        ReplyOutcome.NotProcessedConfirmOrReissue => RequestRow.NotProcessedConfirmOrReissue,
        ReplyOutcome.OtherCorrectionOverdue => RequestRow.OtherCorrectionOverdue,
        ReplyOutcome.OtherFeeUnpaid => RequestRow.OtherFeeUnpaid,
        ReplyOutcome.OtherOther => RequestRow.OtherOther,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a reply outcome."),
    };

    /// <summary>The glossary id, e.g. "Withheld.StateSecret", "Other.CorrectionOverdue".</summary>
    public static string Key(this ReplyOutcome outcome) => outcome.Row().Key();

    /// <summary>The report row's Chinese text with its group, e.g. "（三）不予公开1.属于国家秘密".</summary>
    public static string ChineseLabel(this ReplyOutcome outcome) => outcome.Row().ShortChineseName();

    /// <summary>The outcome whose glossary id is <paramref name="key"/>, or null.</summary>
    public static ReplyOutcome? FromKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (RequestRows.TryParseKey(key, out var row))
        {
            foreach (var outcome in All)
            {
                if (outcome.Row() == row)
                {
                    return outcome;
                }
            }
        }

        return null;
    }
}
