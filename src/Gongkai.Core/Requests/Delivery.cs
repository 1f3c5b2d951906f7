namespace Gongkai.Core.Requests;

/// <summary>How a reply or notice reached the applicant (送达).</summary>
public enum DeliveryMethod
{
    /// <summary>网上获取: made available for download on the status page.</summary>
    OnlineDownload,

    /// <summary>电子邮件.</summary>
    Email,

    /// <summary>邮寄, with the postal tracking number.</summary>
    Post,

    /// <summary>当面领取, proven by the 送达回证 the applicant signs.</summary>
    InPerson,

    /// <summary>传真.</summary>
    Fax,
}

/// <summary>
/// The delivery rules. The 条例 says a reply is given within the period (第三十三条) but not when a
/// posted reply counts as given; Gongkai reads it as the courts read procedural periods (《民事诉讼法》
/// 第八十五条: a document posted before the period ends is in time, time in the post not counted):
/// a reply is given on the day it leaves the agency — posted, e-mailed, faxed, made downloadable — or,
/// in person, on the day the applicant signs the 送达回证.
/// </summary>
public static class Deliveries
{
    /// <summary>The method's Chinese name.</summary>
    public static string ChineseLabel(this DeliveryMethod method) => method switch
    {
        DeliveryMethod.OnlineDownload => "网上获取",
        DeliveryMethod.Email => "电子邮件",
        DeliveryMethod.Post => "邮寄",
        DeliveryMethod.InPerson => "当面送达",
        DeliveryMethod.Fax => "传真",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "未知的送达方式"),
    };

    /// <summary>What the delivery record lacks, in Chinese; null when complete.</summary>
    /// <param name="method">The method.</param>
    /// <param name="postalTrackingNumber">The postal tracking number (邮寄).</param>
    /// <param name="hasProof">Whether a proof of delivery is attached (the signed 送达回证 for 当面送达).</param>
    public static string? Check(DeliveryMethod method, string? postalTrackingNumber, bool hasProof) => method switch
    {
        _ when !Enum.IsDefined(method) => "请选择送达方式。",
        DeliveryMethod.Post when string.IsNullOrWhiteSpace(postalTrackingNumber) => "邮寄送达请填写邮件号码。",
        DeliveryMethod.InPerson when !hasProof => "当面送达请上传申请人签收的送达回证。",
        _ => null,
    };

    /// <summary>Whether a reply delivered on <paramref name="deliveredOn"/> was given in time for <paramref name="due"/>.</summary>
    public static bool InTime(DateOnly deliveredOn, DateOnly due) => deliveredOn <= due;
}
