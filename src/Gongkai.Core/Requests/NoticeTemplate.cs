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

    /// <summary>
    /// For a reply letter: the outcome key it is for (e.g. <c>Withheld.StateSecret</c>); null for the
    /// other notices and for the reply letter used when no outcome has its own.
    /// </summary>
    public string? Outcome { get; set; }

    /// <summary>
    /// The placeholders a template may use, with their Chinese names; a template may write either,
    /// <c>{{applicant}}</c> or <c>{{申请人}}</c>.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Placeholders = new Dictionary<string, string>
    {
        ["applicant"] = "申请人",
        ["trackingNumber"] = "申请编号",
        ["receivedOn"] = "收到申请日期",
        ["receiptRule"] = "收到申请日期的认定",
        ["statusUrl"] = "查询网址",
        ["dueOn"] = "期限",
        ["information"] = "所需信息",
        ["days"] = "工作日数",
        ["amount"] = "收费金额",
        ["feeBreakdown"] = "收费计算",
        ["paymentMethod"] = "缴费方式",
        ["outcome"] = "答复结果",
        ["decision"] = "答复意见",
        ["withheld"] = "不予公开部分及理由",
        ["legalBasis"] = "法律依据",
        ["note"] = "说明",
        ["agency"] = "行政机关",
        ["thirdParty"] = "第三方",
        ["today"] = "成文日期",
    };

    private static readonly Dictionary<string, string> KeysByChineseName = Placeholders.ToDictionary(p => p.Value, p => p.Key);

    /// <summary>Replaces each <c>{{name}}</c> (English or Chinese name) by its value; unknown names are left visible so an editor sees them.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(values);
        return PlaceholderPattern().Replace(text, m =>
        {
            var name = KeysByChineseName.GetValueOrDefault(m.Groups[1].Value, m.Groups[1].Value);
            return values.TryGetValue(name, out var v) ? v : m.Value;
        });
    }

    /// <summary>
    /// The default templates shipped with Gongkai: the receipt, acceptance, correction, extension,
    /// consultation and fee notices, and a reply letter for every outcome (each ground of 不予公开,
    /// 无法提供, 不予处理 and 其他处理). The remedies (复议机关, court) are added to every letter to the
    /// applicant by the layout, not by the template, so no edit can drop them.
    /// </summary>
    public static IReadOnlyList<NoticeTemplate> Defaults()
    {
        const string Opening = "{{applicant}}：\n本机关于{{receivedOn}}收到您提出的政府信息公开申请（编号{{trackingNumber}}），申请公开的信息为：{{information}}。";
        var templates = new List<NoticeTemplate>
        {
            new() { Kind = DocumentKind.Acknowledgement, Title = "政府信息公开申请登记回执", Body = Opening + "\n根据《中华人民共和国政府信息公开条例》第三十一条，{{receiptRule}}为收到申请之日，本申请的收到日期为{{receivedOn}}。根据第三十三条，本机关将在{{dueOn}}前答复。\n您可以凭申请编号和查询码在{{statusUrl}}查询办理进度、在线补正和下载答复。{{note}}" },
            new() { Kind = DocumentKind.AcceptanceNotice, Title = "政府信息公开申请受理通知书", Body = Opening + "\n经审查，您的申请符合《中华人民共和国政府信息公开条例》第二十九条的规定，本机关予以受理，并将依照第三十三条在{{dueOn}}前作出答复。" },
            new() { Kind = DocumentKind.CorrectionNotice, Title = "政府信息公开申请补正告知书", Body = Opening + "\n经审查，您的申请内容不明确，需要补正的事项如下：\n{{note}}\n根据《中华人民共和国政府信息公开条例》第三十条，请您在收到本告知书之日起{{days}}个工作日内（{{dueOn}}前）补正，可在申请查询页面在线补正。答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。" },
            new() { Kind = DocumentKind.ConsultationLetter, Title = "政府信息公开第三方意见征询函", Body = "{{thirdParty}}：\n本机关于{{receivedOn}}收到政府信息公开申请（编号{{trackingNumber}}），申请公开的信息可能涉及您的合法权益：{{information}}。\n根据《中华人民共和国政府信息公开条例》第三十二条，请您自收到本函之日起15个工作日内（{{dueOn}}前）以书面形式提出意见。逾期未提出意见的，由本机关依照条例规定决定是否公开。第三方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的内容和理由书面告知第三方。\n{{note}}" },
            new() { Kind = DocumentKind.ExtensionNotice, Title = "政府信息公开申请延期答复告知书", Body = Opening + "\n因{{note}}，不能在规定期限内答复。根据《中华人民共和国政府信息公开条例》第三十三条第二款，经政府信息公开工作机构负责人同意，答复期限延长{{days}}个工作日，本机关将在{{dueOn}}前答复。" },
            new() { Kind = DocumentKind.FeeNotice, Title = "政府信息公开信息处理费缴费通知书", Body = Opening + "\n您申请公开政府信息的数量、频次明显超过合理范围。根据《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），应缴纳信息处理费{{amount}}元。计算方法：{{feeBreakdown}}\n缴费方式：{{paymentMethod}}\n请您自收到本通知次日起20个工作日内（{{dueOn}}前）缴纳。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。本机关收到缴费前所用时间不计算在答复期限内。{{note}}" },
            new() { Kind = DocumentKind.ReplyLetter, Title = "政府信息公开申请答复书", Body = Opening + "\n经审查，答复如下：{{decision}}\n{{note}}\n依据：{{legalBasis}}。" },
        };
        foreach (var outcome in ReplyOutcomes.All)
        {
            templates.Add(new NoticeTemplate
            {
                Kind = DocumentKind.ReplyLetter,
                Outcome = outcome.Key(),
                Title = "政府信息公开申请答复书",
                Body = Opening + "\n经审查，答复如下：" + outcome.Decision() + "\n{{note}}\n依据：" + outcome.LegalBasis() + "。",
            });
        }

        return templates;
    }

    [GeneratedRegex(@"\{\{([A-Za-z\p{IsCJKUnifiedIdeographs}]+)\}\}")]
    private static partial Regex PlaceholderPattern();
}
