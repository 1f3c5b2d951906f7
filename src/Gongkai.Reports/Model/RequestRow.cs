namespace Gongkai.Reports.Model;

/// <summary>
/// The rows of section 三 (收到和处理政府信息公开申请情况), top to bottom. Outcome rows are the
/// 21 reply outcomes of V2021; <see cref="Other"/> is the single （六）其他处理 row of V2019.
/// </summary>
public enum RequestRow
{
    New,
    CarriedOver,
    Disclosed,
    PartiallyDisclosed,
    WithheldStateSecret,
    WithheldProhibitedByLaw,
    WithheldSecurityAndStability,
    WithheldThirdPartyRights,
    WithheldInternalAffairs,
    WithheldProcessInformation,
    WithheldEnforcementFile,
    WithheldAdministrativeQuery,
    UnavailableNotHeld,
    UnavailableRequiresCreation,
    UnavailableUnclearAfterCorrection,
    NotProcessedPetitionOrComplaint,
    NotProcessedDuplicate,
    NotProcessedPublishedMaterial,
    NotProcessedExcessiveRepeated,
    NotProcessedConfirmOrReissue,
    OtherCorrectionOverdue,
    OtherFeeUnpaid,
    OtherOther,
    Other,
    Handled,
    CarriedForward,
}

/// <summary>The groups that head the outcome rows: （一）…（七）.</summary>
public enum OutcomeGroup { None, Disclosed, PartiallyDisclosed, Withheld, Unavailable, NotProcessed, Other, Handled }

public static class RequestRows
{
    public const int Count = (int)RequestRow.CarriedForward + 1;

    /// <summary>Rows of the V2021 layout, in form order.</summary>
    public static readonly RequestRow[] V2021 = [.. Enumerable.Range(0, Count).Select(i => (RequestRow)i).Where(r => r != RequestRow.Other)];

    /// <summary>Rows of the V2019 layout, in form order.</summary>
    public static readonly RequestRow[] V2019 = [.. Enumerable.Range(0, Count).Select(i => (RequestRow)i)
        .Where(r => r is not (RequestRow.OtherCorrectionOverdue or RequestRow.OtherFeeUnpaid or RequestRow.OtherOther))];

    public static RequestRow[] For(ReportFormat format) => format == ReportFormat.V2019 ? V2019 : V2021;

    /// <summary>All rows that count a reply outcome (summed into <see cref="RequestRow.Handled"/>).</summary>
    public static bool IsOutcome(this RequestRow row) => row is >= RequestRow.Disclosed and <= RequestRow.Other;

    private static readonly string[] Keys =
    [
        "New", "CarriedOver", "Disclosed", "PartiallyDisclosed",
        "Withheld.StateSecret", "Withheld.ProhibitedByLaw", "Withheld.SecurityAndStability", "Withheld.ThirdPartyRights",
        "Withheld.InternalAffairs", "Withheld.ProcessInformation", "Withheld.EnforcementFile", "Withheld.AdministrativeQuery",
        "Unavailable.NotHeld", "Unavailable.RequiresCreation", "Unavailable.UnclearAfterCorrection",
        "NotProcessed.PetitionOrComplaint", "NotProcessed.Duplicate", "NotProcessed.PublishedMaterial",
        "NotProcessed.ExcessiveRepeated", "NotProcessed.ConfirmOrReissue",
        "Other.CorrectionOverdue", "Other.FeeUnpaid", "Other.Other", "Other", "Handled", "CarriedForward",
    ];

    /// <summary>The canonical JSON key, as in the glossary ("Withheld.StateSecret").</summary>
    public static string Key(this RequestRow row) => Keys[(int)row];

    public static bool TryParseKey(string key, out RequestRow row)
    {
        int i = Array.IndexOf(Keys, key);
        row = i < 0 ? default : (RequestRow)i;
        return i >= 0;
    }

    public static OutcomeGroup Group(this RequestRow row) => row switch
    {
        RequestRow.Disclosed => OutcomeGroup.Disclosed,
        RequestRow.PartiallyDisclosed => OutcomeGroup.PartiallyDisclosed,
        >= RequestRow.WithheldStateSecret and <= RequestRow.WithheldAdministrativeQuery => OutcomeGroup.Withheld,
        >= RequestRow.UnavailableNotHeld and <= RequestRow.UnavailableUnclearAfterCorrection => OutcomeGroup.Unavailable,
        >= RequestRow.NotProcessedPetitionOrComplaint and <= RequestRow.NotProcessedConfirmOrReissue => OutcomeGroup.NotProcessed,
        >= RequestRow.OtherCorrectionOverdue and <= RequestRow.Other => OutcomeGroup.Other,
        RequestRow.Handled => OutcomeGroup.Handled,
        _ => OutcomeGroup.None,
    };

    /// <summary>The group heading as the form prints it.</summary>
    public static string ChineseLabel(this OutcomeGroup group) => group switch
    {
        OutcomeGroup.Disclosed => "（一）予以公开",
        OutcomeGroup.PartiallyDisclosed => "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        OutcomeGroup.Withheld => "（三）不予公开",
        OutcomeGroup.Unavailable => "（四）无法提供",
        OutcomeGroup.NotProcessed => "（五）不予处理",
        OutcomeGroup.Other => "（六）其他处理",
        OutcomeGroup.Handled => "（七）总计",
        _ => "",
    };

    /// <summary>The row's own label as the form prints it (a sub-row's numbered label, or the row heading).</summary>
    public static string ChineseLabel(this RequestRow row) => row switch
    {
        RequestRow.New => "一、本年新收政府信息公开申请数量",
        RequestRow.CarriedOver => "二、上年结转政府信息公开申请数量",
        RequestRow.Disclosed => "（一）予以公开",
        RequestRow.PartiallyDisclosed => "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        RequestRow.WithheldStateSecret => "1.属于国家秘密",
        RequestRow.WithheldProhibitedByLaw => "2.其他法律行政法规禁止公开",
        RequestRow.WithheldSecurityAndStability => "3.危及“三安全一稳定”",
        RequestRow.WithheldThirdPartyRights => "4.保护第三方合法权益",
        RequestRow.WithheldInternalAffairs => "5.属于三类内部事务信息",
        RequestRow.WithheldProcessInformation => "6.属于四类过程性信息",
        RequestRow.WithheldEnforcementFile => "7.属于行政执法案卷",
        RequestRow.WithheldAdministrativeQuery => "8.属于行政查询事项",
        RequestRow.UnavailableNotHeld => "1.本机关不掌握相关政府信息",
        RequestRow.UnavailableRequiresCreation => "2.没有现成信息需要另行制作",
        RequestRow.UnavailableUnclearAfterCorrection => "3.补正后申请内容仍不明确",
        RequestRow.NotProcessedPetitionOrComplaint => "1.信访举报投诉类申请",
        RequestRow.NotProcessedDuplicate => "2.重复申请",
        RequestRow.NotProcessedPublishedMaterial => "3.要求提供公开出版物",
        RequestRow.NotProcessedExcessiveRepeated => "4.无正当理由大量反复申请",
        RequestRow.NotProcessedConfirmOrReissue => "5.要求行政机关确认或重新出具已获取信息",
        RequestRow.OtherCorrectionOverdue => "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        RequestRow.OtherFeeUnpaid => "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        RequestRow.OtherOther => "3.其他",
        RequestRow.Other => "（六）其他处理",
        RequestRow.Handled => "（七）总计",
        RequestRow.CarriedForward => "四、结转下年度继续办理",
        _ => row.ToString(),
    };

    /// <summary>A short name for messages: "（三）不予公开·属于国家秘密".</summary>
    public static string ShortChineseName(this RequestRow row)
    {
        var group = row.Group();
        string own = row.ChineseLabel();
        if (group is OutcomeGroup.Withheld or OutcomeGroup.Unavailable or OutcomeGroup.NotProcessed
            || row is RequestRow.OtherCorrectionOverdue or RequestRow.OtherFeeUnpaid or RequestRow.OtherOther)
            return $"{group.ChineseLabel()}{own}";
        return row switch
        {
            RequestRow.New => "本年新收",
            RequestRow.CarriedOver => "上年结转",
            RequestRow.PartiallyDisclosed => "（二）部分公开",
            RequestRow.CarriedForward => "结转下年度",
            _ => own,
        };
    }
}
