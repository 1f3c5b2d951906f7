namespace Gongkai.Core.Requests;

/// <summary>One of the 21 reply outcomes of section 三 (a row of the request table).</summary>
/// <param name="Key">The glossary key, e.g. <c>Withheld.StateSecret</c>.</param>
/// <param name="Group">The group heading, e.g. （三）不予公开.</param>
/// <param name="Label">The row label, e.g. 1.属于国家秘密.</param>
public sealed record ReplyOutcomeRow(string Key, string Group, string Label)
{
    public string ChineseLabel => Group == Label ? Label : $"{Group} {Label}";
}

/// <summary>The 21 reply outcomes of section 三 of the annual report, in the form's order.</summary>
public static class ReplyOutcomes
{
    public const string CorrectionOverdue = "Other.CorrectionOverdue";
    public const string FeeUnpaid = "Other.FeeUnpaid";

    public static readonly IReadOnlyList<ReplyOutcomeRow> All =
    [
        new("Disclosed", "（一）予以公开", "（一）予以公开"),
        new("PartiallyDisclosed", "（二）部分公开", "（二）部分公开"),
        new("Withheld.StateSecret", "（三）不予公开", "1.属于国家秘密"),
        new("Withheld.ProhibitedByLaw", "（三）不予公开", "2.其他法律行政法规禁止公开"),
        new("Withheld.SecurityAndStability", "（三）不予公开", "3.危及“三安全一稳定”"),
        new("Withheld.ThirdPartyRights", "（三）不予公开", "4.保护第三方合法权益"),
        new("Withheld.InternalAffairs", "（三）不予公开", "5.属于三类内部事务信息"),
        new("Withheld.ProcessInformation", "（三）不予公开", "6.属于四类过程性信息"),
        new("Withheld.EnforcementFile", "（三）不予公开", "7.属于行政执法案卷"),
        new("Withheld.AdministrativeQuery", "（三）不予公开", "8.属于行政查询事项"),
        new("Unavailable.NotHeld", "（四）无法提供", "1.本机关不掌握相关政府信息"),
        new("Unavailable.RequiresCreation", "（四）无法提供", "2.没有现成信息需要另行制作"),
        new("Unavailable.UnclearAfterCorrection", "（四）无法提供", "3.补正后申请内容仍不明确"),
        new("NotProcessed.PetitionOrComplaint", "（五）不予处理", "1.信访举报投诉类申请"),
        new("NotProcessed.Duplicate", "（五）不予处理", "2.重复申请"),
        new("NotProcessed.PublishedMaterial", "（五）不予处理", "3.要求提供公开出版物"),
        new("NotProcessed.ExcessiveRepeated", "（五）不予处理", "4.无正当理由大量反复申请"),
        new("NotProcessed.ConfirmOrReissue", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
        new(CorrectionOverdue, "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        new(FeeUnpaid, "（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        new("Other.Other", "（六）其他处理", "3.其他"),
    ];

    private static readonly Dictionary<string, ReplyOutcomeRow> ByKey = All.ToDictionary(o => o.Key, StringComparer.Ordinal);

    public static bool IsKnown(string key) => ByKey.ContainsKey(key);

    public static ReplyOutcomeRow? Find(string? key) => key is null ? null : ByKey.GetValueOrDefault(key);
}
