namespace Gongkai.Core.Requests;

/// <summary>
/// The remedies every letter names (第五十一条): administrative review within 60 days
/// (《中华人民共和国行政复议法》第二十条) and a suit within 6 months (《中华人民共和国行政诉讼法》第四十六条),
/// both counted from the day the applicant knew of the decision.
/// </summary>
public static class AppealRights
{
    /// <summary>Days to apply for administrative review (《行政复议法》第二十条).</summary>
    public const int ReviewPeriodDays = 60;

    /// <summary>Months to bring a suit (《行政诉讼法》第四十六条).</summary>
    public const int LitigationPeriodMonths = 6;

    /// <summary>The sentence printed on a letter, naming the review body and the court; <paramref name="decision"/> is 答复, 告知 or 决定.</summary>
    public static string Sentence(string decision, string reviewBody, string court) =>
        $"如对本{decision}不服，可以自收到本{decision}之日起{ReviewPeriodDays}日内向{reviewBody}申请行政复议（《中华人民共和国行政复议法》第二十条），"
        + $"或者自收到本{decision}之日起{LitigationPeriodMonths}个月内向{court}提起行政诉讼（《中华人民共和国行政诉讼法》第四十六条）。";
}

/// <summary>The article a reply of each outcome rests on, and what it tells the applicant.</summary>
public static class ReplyGrounds
{
    /// <summary>The legal basis of <paramref name="outcome"/>, by article of the 条例.</summary>
    public static string LegalBasis(this ReplyOutcome outcome) => "《中华人民共和国政府信息公开条例》" + outcome switch
    {
        ReplyOutcome.Disclosed => "第三十六条第（二）项",
        ReplyOutcome.PartiallyDisclosed => "第三十六条第（二）项、第三十七条",
        ReplyOutcome.WithheldStateSecret => "第十四条、第三十六条第（三）项",
        ReplyOutcome.WithheldProhibitedByLaw => "第十四条、第三十六条第（三）项",
        ReplyOutcome.WithheldSecurityAndStability => "第十四条、第三十六条第（三）项",
        ReplyOutcome.WithheldThirdPartyRights => "第十五条、第三十二条、第三十六条第（三）项",
        ReplyOutcome.WithheldInternalAffairs => "第十六条第一款、第三十六条第（三）项",
        ReplyOutcome.WithheldProcessInformation => "第十六条第二款、第三十六条第（三）项",
        ReplyOutcome.WithheldEnforcementFile => "第十六条第二款、第三十六条第（三）项",
        ReplyOutcome.WithheldAdministrativeQuery => "第三十六条第（七）项",
        ReplyOutcome.UnavailableNotHeld => "第三十六条第（四）项、第（五）项",
        ReplyOutcome.UnavailableRequiresCreation => "第三十八条",
        ReplyOutcome.UnavailableUnclearAfterCorrection => "第三十条",
        ReplyOutcome.NotProcessedPetitionOrComplaint => "第三十九条第一款",
        ReplyOutcome.NotProcessedDuplicate => "第三十六条第（六）项",
        ReplyOutcome.NotProcessedPublishedMaterial => "第三十九条第二款",
        ReplyOutcome.NotProcessedExcessiveRepeated => "第三十五条",
        ReplyOutcome.NotProcessedConfirmOrReissue => "第三十九条",
        ReplyOutcome.OtherCorrectionOverdue => "第三十条",
        ReplyOutcome.OtherFeeUnpaid => "第四十二条",
        ReplyOutcome.OtherOther => "第三十六条",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a reply outcome."),
    };

    /// <summary>The decision sentence of the reply, in Chinese.</summary>
    public static string Decision(this ReplyOutcome outcome) => outcome switch
    {
        ReplyOutcome.Disclosed => "您申请公开的信息属于可以公开的政府信息，本机关决定予以公开，现随本答复书提供（见附件）。",
        ReplyOutcome.PartiallyDisclosed => "您申请公开的信息中含有不应当公开的内容，但能够作区分处理。本机关决定对可以公开的部分予以公开（见附件），不予公开的部分及理由如下：{{withheld}}",
        ReplyOutcome.WithheldStateSecret => "您申请公开的信息经审查属于国家秘密，依法不予公开。",
        ReplyOutcome.WithheldProhibitedByLaw => "您申请公开的信息属于法律、行政法规禁止公开的政府信息，依法不予公开。",
        ReplyOutcome.WithheldSecurityAndStability => "您申请公开的信息公开后可能危及国家安全、公共安全、经济安全、社会稳定，依法不予公开。",
        ReplyOutcome.WithheldThirdPartyRights => "您申请公开的信息涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害，经征求第三方意见，第三方不同意公开，依法不予公开。",
        ReplyOutcome.WithheldInternalAffairs => "您申请公开的信息属于人事管理、后勤管理、内部工作流程等内部事务信息，依法可以不予公开。",
        ReplyOutcome.WithheldProcessInformation => "您申请公开的信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息，依法可以不予公开。",
        ReplyOutcome.WithheldEnforcementFile => "您申请公开的信息属于行政执法案卷信息，依法可以不予公开。",
        ReplyOutcome.WithheldAdministrativeQuery => "您申请获取的信息属于有关法律、行政法规对信息的获取有特别规定的查询事项，请按照相关法律、行政法规的规定办理。",
        ReplyOutcome.UnavailableNotHeld => "经检索，本机关未制作或者获取您申请公开的信息，该政府信息不存在；如能确定负责公开的行政机关，其名称和联系方式见下文说明。",
        ReplyOutcome.UnavailableRequiresCreation => "您申请公开的信息需要本机关对现有政府信息进行加工、分析后方能形成，本机关可以不予提供。",
        ReplyOutcome.UnavailableUnclearAfterCorrection => "您补正后的申请内容仍不明确，本机关无法确定您所需要的政府信息，无法提供。",
        ReplyOutcome.NotProcessedPetitionOrComplaint => "您以政府信息公开申请的形式进行信访、投诉、举报等活动，本机关不作为政府信息公开申请处理，您可以通过相应渠道提出。",
        ReplyOutcome.NotProcessedDuplicate => "您提出的申请与已经答复的申请内容重复，本机关不予重复处理。",
        ReplyOutcome.NotProcessedPublishedMaterial => "您申请的是公开出版物，本机关不作为政府信息公开申请处理，获取途径见下文说明。",
        ReplyOutcome.NotProcessedExcessiveRepeated => "您申请公开政府信息的数量、频次明显超过合理范围，且说明的理由不合理，本机关不予处理。",
        ReplyOutcome.NotProcessedConfirmOrReissue => "您的申请系要求本机关确认或者重新出具已获取的信息，不属于政府信息公开申请，本机关不作为政府信息公开申请处理。",
        ReplyOutcome.OtherCorrectionOverdue => "您无正当理由逾期未补正，视为放弃申请，本机关不再处理该政府信息公开申请。",
        ReplyOutcome.OtherFeeUnpaid => "您逾期未缴纳信息处理费，视为放弃申请，本机关不再处理该政府信息公开申请。",
        ReplyOutcome.OtherOther => "本机关对您的申请作出如下处理：",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a reply outcome."),
    };
}
