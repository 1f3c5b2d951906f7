using System.Text.RegularExpressions;

namespace Gongkai.Core.Requests;

/// <summary>
/// The text of a notice or reply letter, with placeholders such as <c>{{applicant}}</c>,
/// <c>{{receivedOn}}</c>, <c>{{dueOn}}</c>. An Administrator edits it; the defaults ship with Gongkai.
/// A template with no agency is the installation's default.
/// </summary>
public sealed partial class NoticeTemplate
{
    /// <summary>The database id.</summary>
    public int Id { get; set; }

    /// <summary>The agency whose template it is; null for the installation's default.</summary>
    public int? AgencyId { get; set; }

    /// <summary>The notice the template writes.</summary>
    public DocumentKind Kind { get; set; }

    /// <summary>The title, with placeholders.</summary>
    public required string Title { get; set; }

    /// <summary>The body, one paragraph a line, with placeholders.</summary>
    public required string Body { get; set; }

    /// <summary>The placeholders a template may use, with what they stand for.</summary>
    public static readonly IReadOnlyDictionary<string, string> Placeholders = new Dictionary<string, string>
    {
        ["applicant"] = "申请人姓名或名称",
        ["trackingNumber"] = "申请编号",
        ["receivedOn"] = "收到申请日期",
        ["dueOn"] = "答复期限（或补正、缴费期限）",
        ["information"] = "申请公开的信息",
        ["days"] = "补正期限或延长的工作日数",
        ["amount"] = "收费金额（元）",
        ["outcome"] = "答复结果",
        ["legalBasis"] = "法律依据",
        ["note"] = "说明",
        ["agency"] = "行政机关名称",
        ["today"] = "成文日期",
    };

    /// <summary>Replaces each <c>{{name}}</c> by its value; unknown names are left visible so an editor sees them.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(values);
        return PlaceholderPattern().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
    }

    /// <summary>The default templates shipped with Gongkai.</summary>
    public static IReadOnlyList<NoticeTemplate> Defaults() =>
    [
        new() { Kind = DocumentKind.Acknowledgement, Title = "政府信息公开申请登记回执", Body = "{{applicant}}：\n本机关于{{receivedOn}}收到您提出的政府信息公开申请（编号{{trackingNumber}}），申请公开的信息为：{{information}}。\n根据《中华人民共和国政府信息公开条例》第三十三条，本机关将在{{dueOn}}前答复。" },
        new() { Kind = DocumentKind.CorrectionNotice, Title = "政府信息公开申请补正告知书", Body = "{{applicant}}：\n本机关于{{receivedOn}}收到您提出的政府信息公开申请（编号{{trackingNumber}}）。经审查，您的申请内容不明确，需要补正的事项如下：\n{{note}}\n根据《中华人民共和国政府信息公开条例》第三十条，请您在收到本告知书之日起{{days}}个工作日内（{{dueOn}}前）补正。答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。" },
        new() { Kind = DocumentKind.ConsultationLetter, Title = "政府信息公开第三方意见征询函", Body = "有关第三方：\n本机关于{{receivedOn}}收到政府信息公开申请（编号{{trackingNumber}}），申请公开的信息可能涉及您的合法权益：{{information}}。\n根据《中华人民共和国政府信息公开条例》第三十二条，请您自收到本函之日起15个工作日内提出意见。逾期未提出意见的，由本机关依照条例规定决定是否公开。\n{{note}}" },
        new() { Kind = DocumentKind.ExtensionNotice, Title = "政府信息公开申请延期答复告知书", Body = "{{applicant}}：\n本机关于{{receivedOn}}收到您提出的政府信息公开申请（编号{{trackingNumber}}）。因{{note}}，不能在规定期限内答复。根据《中华人民共和国政府信息公开条例》第三十三条，经政府信息公开工作机构负责人同意，答复期限延长{{days}}个工作日，本机关将在{{dueOn}}前答复。" },
        new() { Kind = DocumentKind.FeeNotice, Title = "政府信息公开信息处理费缴费通知书", Body = "{{applicant}}：\n您提出的政府信息公开申请（编号{{trackingNumber}}）的数量、频次明显超过合理范围。根据《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），应缴纳信息处理费{{amount}}元。{{note}}\n请您自收到本通知次日起20个工作日内（{{dueOn}}前）缴纳。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。" },
        new() { Kind = DocumentKind.ReplyLetter, Title = "政府信息公开申请答复书", Body = "{{applicant}}：\n本机关于{{receivedOn}}收到您提出的政府信息公开申请（编号{{trackingNumber}}），申请公开的信息为：{{information}}。\n经审查，答复如下：{{outcome}}。\n{{note}}\n依据：{{legalBasis}}。\n如对本答复不服，可以在收到本答复之日起60日内依法申请行政复议，或者在6个月内依法提起行政诉讼（第五十一条）。" },
    ];

    [GeneratedRegex(@"\{\{([A-Za-z]+)\}\}")]
    private static partial Regex PlaceholderPattern();
}
