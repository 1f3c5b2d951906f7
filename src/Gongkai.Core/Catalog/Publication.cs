namespace Gongkai.Core.Catalog;

/// <summary>
/// One item of an agency's disclosure catalog (政府信息公开目录): the catalog fields, the body, its
/// validity, its disclosure mode and where it stands in review (先审后发).
/// </summary>
public sealed class Publication
{
    /// <summary>Database key.</summary>
    public long Id { get; set; }

    /// <summary>The hosting agency whose catalog holds the item.</summary>
    public int AgencyId { get; set; }

    /// <summary>索引号, allocated once by the agency's <see cref="IndexNumberScheme"/> and never reused.</summary>
    public required string IndexNumber { get; set; }

    /// <summary>名称.</summary>
    public required string Title { get; set; }

    /// <summary>发布机构; may differ from the hosting agency.</summary>
    public required string IssuingAgency { get; set; }

    /// <summary>发文字号, e.g. 粤自然资规字〔2024〕3号; empty when the item has none.</summary>
    public string DocumentNumber { get; set; } = "";

    /// <summary>成文日期.</summary>
    public DateOnly WrittenOn { get; set; }

    /// <summary>发布日期, set when the last review level approves.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>
    /// 主题分类: the path of a topic of the agency's <see cref="TopicTree"/>, e.g. 国土资源、能源/矿产资源
    /// (free text while the agency has no tree).
    /// </summary>
    public string Topic { get; set; } = "";

    /// <summary>体裁分类.</summary>
    public Genre Genre { get; set; }

    /// <summary>内容概述.</summary>
    public string Summary { get; set; } = "";

    /// <summary>正文 as sanitized HTML.</summary>
    public string Body { get; set; } = "";

    /// <summary>正文 as plain text, for search snippets.</summary>
    public string BodyText { get; set; } = "";

    /// <summary>有效性 (regulations and normative documents).</summary>
    public ValidityState Validity { get; set; } = ValidityState.InForce;

    /// <summary>施行日期.</summary>
    public DateOnly? EffectiveOn { get; set; }

    /// <summary>废止 or 失效 date.</summary>
    public DateOnly? EndedOn { get; set; }

    /// <summary>The catalog item that repealed this one.</summary>
    public long? RepealedById { get; set; }

    /// <summary>For an interpretation (政策解读): the policy it interprets. The policy finds it back by this link.</summary>
    public long? InterpretsId { get; set; }

    /// <summary>公开属性.</summary>
    public DisclosureMode Mode { get; set; } = DisclosureMode.Proactive;

    /// <summary>The legal basis for 依申请公开 / 不予公开, e.g. 《条例》第十四条.</summary>
    public string ModeBasis { get; set; } = "";

    /// <summary>The reason for 依申请公开 / 不予公开.</summary>
    public string ModeReason { get; set; } = "";

    /// <summary>When the disclosure mode was last reviewed (the ledger shows items not reviewed within a year).</summary>
    public DateOnly ModeReviewedOn { get; set; }

    /// <summary>Where the item stands in review.</summary>
    public PublicationState State { get; set; }

    /// <summary>While <see cref="PublicationState.InReview"/>: the level (1..N) that must approve next.</summary>
    public int ReviewLevel { get; set; }

    /// <summary>1 for the first published text; each correction adds one.</summary>
    public int Revision { get; set; } = 1;

    /// <summary>Optimistic concurrency token.</summary>
    public int Version { get; set; }

    /// <summary>Staff who drafted the item.</summary>
    public string CreatedBy { get; set; } = "";

    /// <summary>Earlier texts of the item, kept by corrections and withdrawals.</summary>
    public List<PublicationRevision> History { get; set; } = [];

    /// <summary>附件.</summary>
    public List<PublicationAttachment> Attachments { get; set; } = [];

    /// <summary>Whether the public may see the item in the portal.</summary>
    public bool IsPublic => State == PublicationState.Published && Mode == DisclosureMode.Proactive;
}

/// <summary>Where a catalog item stands in review before publishing.</summary>
public enum PublicationState
{
    /// <summary>草稿: being written by a clerk.</summary>
    Draft,

    /// <summary>审核中: waiting for the review level in <see cref="Publication.ReviewLevel"/>.</summary>
    InReview,

    /// <summary>已发布.</summary>
    Published,

    /// <summary>已撤回: taken down after publication.</summary>
    Withdrawn,
}

/// <summary>有效性.</summary>
public enum ValidityState
{
    /// <summary>有效.</summary>
    InForce,

    /// <summary>废止.</summary>
    Repealed,

    /// <summary>失效.</summary>
    Expired,
}

/// <summary>公开属性 (第十九条 proactive, 第二十七条 on request, 第十四–十六条 not disclosed).</summary>
public enum DisclosureMode
{
    /// <summary>主动公开.</summary>
    Proactive,

    /// <summary>依申请公开.</summary>
    OnRequest,

    /// <summary>不予公开.</summary>
    NotDisclosed,
}

/// <summary>One earlier text of a catalog item, or one event in its history.</summary>
public sealed class PublicationRevision
{
    /// <summary>Database key.</summary>
    public long Id { get; set; }

    /// <summary>The item.</summary>
    public long PublicationId { get; set; }

    /// <summary>The revision number the text had.</summary>
    public int Revision { get; set; }

    /// <summary>What happened: 更正 or 撤回.</summary>
    public required string Change { get; set; }

    /// <summary>When.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Who.</summary>
    public string By { get; set; } = "";

    /// <summary>Why (required for corrections and withdrawals).</summary>
    public string Note { get; set; } = "";

    /// <summary>The title before the change.</summary>
    public string Title { get; set; } = "";

    /// <summary>The document number before the change.</summary>
    public string DocumentNumber { get; set; } = "";

    /// <summary>The body before the change.</summary>
    public string Body { get; set; } = "";
}

/// <summary>An attached file (附件).</summary>
public sealed class PublicationAttachment
{
    /// <summary>Database key.</summary>
    public long Id { get; set; }

    /// <summary>The item.</summary>
    public long PublicationId { get; set; }

    /// <summary>The file name shown to the public.</summary>
    public required string FileName { get; set; }

    /// <summary>MIME type.</summary>
    public required string ContentType { get; set; }

    /// <summary>The bytes.</summary>
    public required byte[] Content { get; set; }
}

/// <summary>Chinese names of catalog states.</summary>
public static class CatalogLabels
{
    /// <summary>有效 / 废止 / 失效.</summary>
    public static string ChineseLabel(this ValidityState validity) => validity switch
    {
        ValidityState.InForce => "有效",
        ValidityState.Repealed => "废止",
        _ => "失效",
    };

    /// <summary>主动公开 / 依申请公开 / 不予公开.</summary>
    public static string ChineseLabel(this DisclosureMode mode) => mode switch
    {
        DisclosureMode.Proactive => "主动公开",
        DisclosureMode.OnRequest => "依申请公开",
        _ => "不予公开",
    };

    /// <summary>草稿 / 审核中 / 已发布 / 已撤回.</summary>
    public static string ChineseLabel(this PublicationState state) => state switch
    {
        PublicationState.Draft => "草稿",
        PublicationState.InReview => "审核中",
        PublicationState.Published => "已发布",
        _ => "已撤回",
    };
}
