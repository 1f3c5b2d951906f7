namespace Gongkai.Core.Requests;

/// <summary>
/// One application for disclosure (政府信息公开申请) as the desk keeps it: the applicant's form
/// (第二十九条), the steps taken on it, and the state and due date last computed from those steps
/// (kept on the row so that the inbox can sort by an index).
/// </summary>
public sealed class DisclosureRequest
{
    public long Id { get; set; }

    public int AgencyId { get; set; }

    /// <summary>The number given to the applicant to follow the request (受理编号).</summary>
    public required string TrackingNumber { get; set; }

    /// <summary>SHA-256 of the query code given to the applicant with the tracking number.</summary>
    public required string QueryCodeHash { get; set; }

    public required Applicant Applicant { get; set; }

    /// <summary>The information wanted: title, document number or other identifying features.</summary>
    public required string InformationWanted { get; set; }

    public DeliveryForm DeliveryForm { get; set; }

    public DeliveryMeans DeliveryMeans { get; set; }

    public SubmissionChannel Channel { get; set; }

    /// <summary>When the server stored the request.</summary>
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>The date of receipt under 第三十一条, which depends on the channel.</summary>
    public DateOnly ReceivedOn { get; set; }

    /// <summary>The state computed from the steps (a <see cref="CaseState"/> name).</summary>
    public CaseState State { get; set; }

    /// <summary>The date the next action is due (reply, correction, payment…), or null when closed.</summary>
    public DateOnly? DueOn { get; set; }

    public bool IsOpen { get; set; } = true;

    /// <summary>The date of the reply or closing decision that ended the request.</summary>
    public DateOnly? ClosedOn { get; set; }

    /// <summary>The outcome key of the reply (e.g. <c>Withheld.StateSecret</c>), one row of section 三.</summary>
    public string? Outcome { get; set; }

    /// <summary>The staff user the request is assigned to.</summary>
    public string? ClerkId { get; set; }

    public string? ClerkName { get; set; }

    /// <summary>Optimistic concurrency: two clerks acting at once cannot both append a step.</summary>
    public int Version { get; set; }

    public List<RequestStep> Steps { get; set; } = [];

    public List<CaseDocument> Documents { get; set; } = [];
}

/// <summary>The form in which the applicant wants the information (第二十九条).</summary>
public enum DeliveryForm
{
    /// <summary>纸质文本</summary>
    Paper,

    /// <summary>电子文本</summary>
    Electronic,
}

/// <summary>How the applicant wants to receive it.</summary>
public enum DeliveryMeans
{
    /// <summary>邮寄</summary>
    Post,

    /// <summary>电子邮件</summary>
    Email,

    /// <summary>当面领取</summary>
    Pickup,

    /// <summary>网上获取</summary>
    Online,
}

/// <summary>The channel through which the request arrived; it decides the date of receipt (第三十一条).</summary>
public enum SubmissionChannel
{
    /// <summary>网上申请: received on the day both sides confirm (the acknowledgement).</summary>
    Online,

    /// <summary>当面提交: received on the day of submission.</summary>
    InPerson,

    /// <summary>邮寄（需签收）: received on the day the agency signs for it.</summary>
    SignedPost,

    /// <summary>平常信函: received on the day the office confirms with the applicant.</summary>
    OrdinaryPost,

    /// <summary>传真: received on the day both sides confirm.</summary>
    Fax,
}

/// <summary>One step taken on a request: who did what, on which date, with which document.</summary>
public sealed class RequestStep
{
    public long Id { get; set; }

    public long RequestId { get; set; }

    public StepKind Kind { get; set; }

    /// <summary>The legal date of the step (a notice's date, the date of receipt of a correction…).</summary>
    public DateOnly On { get; set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset RecordedAt { get; set; }

    public string? ActorId { get; set; }

    public string ActorName { get; set; } = "";

    public string? Note { get; set; }

    /// <summary>Working days: the correction period, or the extension asked for.</summary>
    public int? Days { get; set; }

    /// <summary>The fee amount of a fee notice, in 元.</summary>
    public decimal? Amount { get; set; }

    /// <summary>The outcome key of a reply.</summary>
    public string? Outcome { get; set; }

    /// <summary>The legal basis cited in a reply.</summary>
    public string? LegalBasis { get; set; }

    public long? DocumentId { get; set; }
}

/// <summary>The kinds of step of the request lifecycle, in the order they usually happen.</summary>
public enum StepKind
{
    Received,
    Accepted,
    CorrectionRequested,
    Corrected,
    ConsultationStarted,
    ConsultationAnswered,
    ExtensionRequested,
    ExtensionApproved,
    FeeNoticed,
    FeePaid,
    Replied,
    Delivered,
    Archived,
}

/// <summary>A file kept with a case: an applicant's attachment, or a generated notice or reply letter.</summary>
public sealed class CaseDocument
{
    public long Id { get; set; }

    public long RequestId { get; set; }

    public DocumentKind Kind { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Whether the applicant may download it from the status page.</summary>
    public bool VisibleToApplicant { get; set; }
}

/// <summary>What a case document is.</summary>
public enum DocumentKind
{
    Attachment,
    Acknowledgement,
    CorrectionNotice,
    ConsultationLetter,
    ExtensionNotice,
    FeeNotice,
    ReplyLetter,
}
