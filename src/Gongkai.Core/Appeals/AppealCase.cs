namespace Gongkai.Core.Appeals;

/// <summary>
/// One 行政复议 or 行政诉讼 about a disclosure decision of an agency, as the register keeps it: the
/// request it concerns (none for a decision taken outside the desk), the applicant, the body, the
/// dates, the result and any appeal. Section 四 of the annual report is counted from these.
/// </summary>
public sealed class AppealCase
{
    /// <summary>The database id.</summary>
    public long Id { get; set; }

    /// <summary>The agency whose decision is challenged (or which is sued as co-defendant); it decides who may see the case.</summary>
    public int AgencyId { get; set; }

    /// <summary>复议, 直接起诉 or 复议后起诉; the row of section 四.</summary>
    public AppealKind Kind { get; set; }

    /// <summary>The request whose decision is challenged; null for a decision outside the desk.</summary>
    public long? RequestId { get; set; }

    /// <summary>The decision challenged, in words (its document number, or what it was when outside the desk).</summary>
    public string Decision { get; set; } = "";

    /// <summary>For a lawsuit after review: the 复议 case it follows.</summary>
    public long? ReviewCaseId { get; set; }

    /// <summary>申请人 (复议) or 原告 (诉讼).</summary>
    public string ApplicantName { get; set; } = "";

    /// <summary>复议机关 or 人民法院 (of first instance).</summary>
    public string BodyName { get; set; } = "";

    /// <summary>The level of the body.</summary>
    public BodyLevel BodyLevel { get; set; }

    /// <summary>案号.</summary>
    public string CaseNumber { get; set; } = "";

    /// <summary>The date the body accepted the case (受理 / 立案).</summary>
    public DateOnly FiledOn { get; set; }

    /// <summary>The date the agency received the 复议申请书副本 or the 起诉状副本; the answer or defence period runs from it.</summary>
    public DateOnly? CopyReceivedOn { get; set; }

    /// <summary>The date the agency submitted its 答复 or 答辩状.</summary>
    public DateOnly? AnsweredOn { get; set; }

    /// <summary>The date of the 复议决定 or the first-instance judgement or ruling; null while undecided.</summary>
    public DateOnly? DecidedOn { get; set; }

    /// <summary>What the body decided; null while undecided.</summary>
    public Disposition? Disposition { get; set; }

    /// <summary>
    /// True when this agency is sued only as the 复议机关 that upheld another agency's decision
    /// (共同被告): the case is then counted for the agency whose decision was reviewed, not here.
    /// </summary>
    public bool CoDefendantOnly { get; set; }

    /// <summary>The date an appeal (上诉, 二审) was filed; null when none.</summary>
    public DateOnly? AppealFiledOn { get; set; }

    /// <summary>The court of second instance.</summary>
    public string AppealCourt { get; set; } = "";

    /// <summary>The date of the second-instance decision.</summary>
    public DateOnly? AppealDecidedOn { get; set; }

    /// <summary>What the court of second instance decided.</summary>
    public Disposition? AppealDisposition { get; set; }

    /// <summary>Free notes.</summary>
    public string Note { get; set; } = "";

    /// <summary>Hearings (听证、开庭), in date order.</summary>
    public List<AppealHearing> Hearings { get; set; } = [];

    /// <summary>Documents of the case (申请书副本、答复书、决定书、判决书…).</summary>
    public List<AppealDocument> Documents { get; set; } = [];

    /// <summary>The section 四 column the case counts under; null while undecided (尚未审结).</summary>
    public AppealResult? Result => Disposition?.Result();

    /// <summary>The facts section 四 counts.</summary>
    public AppealFacts Facts => new(Kind, FiledOn, DecidedOn, Result, CoDefendantOnly);
}

/// <summary>The three rows of section 四.</summary>
public enum AppealKind
{
    /// <summary>行政复议.</summary>
    AdministrativeReview,

    /// <summary>行政诉讼：未经复议直接起诉.</summary>
    LawsuitDirect,

    /// <summary>行政诉讼：复议后起诉.</summary>
    LawsuitAfterReview,
}

/// <summary>The level of a 复议机关 or a court.</summary>
public enum BodyLevel
{
    /// <summary>县级 / 基层人民法院.</summary>
    County,

    /// <summary>市级 / 中级人民法院.</summary>
    City,

    /// <summary>省级 / 高级人民法院.</summary>
    Province,

    /// <summary>国务院部门 / 最高人民法院.</summary>
    National,
}

/// <summary>The section 四 columns of a decided case.</summary>
public enum AppealResult
{
    /// <summary>结果维持.</summary>
    Upheld,

    /// <summary>结果纠正.</summary>
    Corrected,

    /// <summary>其他结果.</summary>
    OtherResult,
}

/// <summary>What a 复议机关 or a court decided.</summary>
public enum Disposition
{
    /// <summary>维持 (复议) / 驳回诉讼请求 upholding the decision (判决驳回原告诉讼请求).</summary>
    Upheld,

    /// <summary>撤销.</summary>
    Annulled,

    /// <summary>变更.</summary>
    Varied,

    /// <summary>确认违法.</summary>
    DeclaredUnlawful,

    /// <summary>责令履行.</summary>
    OrderedToPerform,

    /// <summary>驳回 (复议申请或起诉).</summary>
    Dismissed,

    /// <summary>终止.</summary>
    Terminated,

    /// <summary>撤诉 / 撤回申请.</summary>
    Withdrawn,

    /// <summary>调解 / 和解.</summary>
    Mediated,

    /// <summary>其他.</summary>
    Other,
}

/// <summary>Chinese labels and the section 四 column of each register value.</summary>
public static class AppealTerms
{
    /// <summary>The column a disposition counts under: 维持; 纠正 (撤销、变更、确认违法、责令履行); 其他结果 (驳回、终止、撤诉、调解…).</summary>
    public static AppealResult Result(this Disposition disposition) => disposition switch
    {
        Disposition.Upheld => AppealResult.Upheld,
        Disposition.Annulled or Disposition.Varied or Disposition.DeclaredUnlawful or Disposition.OrderedToPerform => AppealResult.Corrected,
        _ => AppealResult.OtherResult,
    };

    /// <summary>The disposition as the register shows it.</summary>
    public static string ChineseLabel(this Disposition disposition) => disposition switch
    {
        Disposition.Upheld => "维持",
        Disposition.Annulled => "撤销",
        Disposition.Varied => "变更",
        Disposition.DeclaredUnlawful => "确认违法",
        Disposition.OrderedToPerform => "责令履行",
        Disposition.Dismissed => "驳回",
        Disposition.Terminated => "终止",
        Disposition.Withdrawn => "撤诉（撤回申请）",
        Disposition.Mediated => "调解（和解）",
        _ => "其他",
    };

    /// <summary>The column's name in section 四.</summary>
    public static string ChineseLabel(this AppealResult result) => result switch
    {
        AppealResult.Upheld => "结果维持",
        AppealResult.Corrected => "结果纠正",
        _ => "其他结果",
    };

    /// <summary>The kind as section 四 names its row.</summary>
    public static string ChineseLabel(this AppealKind kind) => kind switch
    {
        AppealKind.AdministrativeReview => "行政复议",
        AppealKind.LawsuitDirect => "行政诉讼（未经复议直接起诉）",
        _ => "行政诉讼（复议后起诉）",
    };

    /// <summary>Whether the case goes to a court (诉讼) rather than a 复议机关.</summary>
    public static bool IsLawsuit(this AppealKind kind) => kind != AppealKind.AdministrativeReview;

    /// <summary>The level as the body's kind names it: 县级…国务院部门 for a 复议机关, 基层…最高人民法院 for a court.</summary>
    public static string ChineseLabel(this BodyLevel level, AppealKind kind) => (kind.IsLawsuit(), level) switch
    {
        (true, BodyLevel.County) => "基层人民法院",
        (true, BodyLevel.City) => "中级人民法院",
        (true, BodyLevel.Province) => "高级人民法院",
        (true, _) => "最高人民法院",
        (false, BodyLevel.County) => "县级",
        (false, BodyLevel.City) => "市级",
        (false, BodyLevel.Province) => "省级",
        _ => "国务院部门",
    };
}

/// <summary>A hearing (听证 in a 复议, 开庭 in a lawsuit).</summary>
public sealed class AppealHearing
{
    /// <summary>The database id.</summary>
    public long Id { get; set; }

    /// <summary>The case.</summary>
    public long AppealCaseId { get; set; }

    /// <summary>The date.</summary>
    public DateOnly On { get; set; }

    /// <summary>Where and what happened.</summary>
    public string Note { get; set; } = "";
}

/// <summary>A document of a case, stored in the database like the desk's case documents.</summary>
public sealed class AppealDocument
{
    /// <summary>The database id.</summary>
    public long Id { get; set; }

    /// <summary>The case.</summary>
    public long AppealCaseId { get; set; }

    /// <summary>The uploaded file's name.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The MIME type.</summary>
    public string ContentType { get; set; } = "";

    /// <summary>The file.</summary>
    public byte[] Content { get; set; } = [];

    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset UploadedAt { get; set; }
}
