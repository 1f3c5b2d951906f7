namespace Gongkai.Core.Requests;

/// <summary>
/// How an application reached the agency. 第三十一条 fixes, per channel, which day is the day of receipt;
/// <see cref="RequestEvent.Date"/> of <see cref="Received"/> is that day.
/// </summary>
public enum ReceiptChannel
{
    /// <summary>当面提交: received the day it is submitted.</summary>
    InPerson,

    /// <summary>邮寄，需签收: received the day the agency signs for it.</summary>
    RegisteredPost,

    /// <summary>
    /// 平常信函等无需签收的邮件: received the day the disclosure office confirms with the applicant
    /// (it must try on the day the letter arrives).
    /// </summary>
    OrdinaryPost,

    /// <summary>互联网渠道: received the day both sides confirm.</summary>
    Online,

    /// <summary>传真: received the day both sides confirm.</summary>
    Fax,
}

/// <summary>The 第三十一条 wording of each <see cref="ReceiptChannel"/>.</summary>
public static class ReceiptChannels
{
    /// <summary>Which day counts as receipt for the channel, in Chinese, e.g. "当面提交，以提交之日".</summary>
    public static string ReceiptRule(this ReceiptChannel channel) => channel switch
    {
        ReceiptChannel.InPerson => "当面提交申请的，以提交之日",
        ReceiptChannel.RegisteredPost => "以邮寄方式提交申请的，以行政机关签收之日",
        ReceiptChannel.OrdinaryPost => "以平常信函等无需签收的邮寄方式提交申请的，以政府信息公开工作机构与申请人确认之日",
        ReceiptChannel.Online => "通过互联网渠道提交申请的，以双方确认之日",
        ReceiptChannel.Fax => "以传真方式提交申请的，以双方确认之日",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Not a receipt channel."),
    };
}
