namespace Gongkai.Core.Requests;

/// <summary>
/// One application for disclosure (政府信息公开申请) as the desk keeps it: the applicant's form
/// (第二十九条), the steps taken on it, and the state and due date last computed from those steps
/// (kept on the row so that the inbox can sort by an index).
/// </summary>
public sealed class DisclosureRequest
{
    /// <summary>The database id.</summary>
    public long Id { get; set; }

    /// <summary>The agency the request is addressed to; it decides who may see it.</summary>
    public int AgencyId { get; set; }

    /// <summary>The number given to the applicant to follow the request (受理编号).</summary>
    public required string TrackingNumber { get; set; }

    /// <summary>SHA-256 of the query code given to the applicant with the tracking number.</summary>
    public required string QueryCodeHash { get; set; }

    /// <summary>Who asks (第二十九条).</summary>
    public required Applicant Applicant { get; set; }

    /// <summary>The information wanted: title, document number or other identifying features.</summary>
    public required string InformationWanted { get; set; }

    /// <summary>Paper or electronic (第二十九条).</summary>
    public DeliveryForm DeliveryForm { get; set; }

    /// <summary>Post, e-mail, pickup or online.</summary>
    public DeliveryMeans DeliveryMeans { get; set; }

    /// <summary>How the request arrived; it decides the date of receipt (第三十一条).</summary>
    public ReceiptChannel Channel { get; set; }

    /// <summary>When the server stored the request.</summary>
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>The date of receipt under 第三十一条, which depends on the channel.</summary>
    public DateOnly ReceivedOn { get; set; }

    /// <summary>The state computed from the steps (a <see cref="CaseState"/> name).</summary>
    public CaseState State { get; set; }

    /// <summary>The date the next action is due (reply, correction, payment…), or null when closed.</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>
    /// Whether <see cref="DueOn"/> rests on a year without the State Council's schedule (estimated from
    /// the statutory holidays); shown to staff and the applicant beside the date, never on a letter.
    /// </summary>
    public bool DueEstimated { get; set; }

    /// <summary>False once replied to or closed; the inbox lists open requests.</summary>
    public bool IsOpen { get; set; } = true;

    /// <summary>The date of the reply or closing decision that ended the request.</summary>
    public DateOnly? ClosedOn { get; set; }

    /// <summary>The outcome key of the reply (e.g. <c>Withheld.StateSecret</c>), one row of section 三.</summary>
    public string? Outcome { get; set; }

    /// <summary>The staff user the request is assigned to.</summary>
    public string? ClerkId { get; set; }

    /// <summary>The assigned clerk's display name, for the inbox.</summary>
    public string? ClerkName { get; set; }

    /// <summary>A registration voided as made in error (or as a duplicate registration): closed and not counted.</summary>
    public bool IsVoid { get; set; }

    /// <summary>Why it was voided.</summary>
    public string? VoidReason { get; set; }

    /// <summary>The request this one duplicates, when voided as a duplicate registration.</summary>
    public long? DuplicateOfId { get; set; }

    /// <summary>Optimistic concurrency: two clerks acting at once cannot both append a step.</summary>
    public int Version { get; set; }

    /// <summary>The steps taken, the first being its receipt.</summary>
    public List<RequestStep> Steps { get; set; } = [];

    /// <summary>The attachments and generated notices kept with the case.</summary>
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

/// <summary>One step taken on a request: who did what, on which date, with which document.</summary>
public sealed class RequestStep
{
    /// <summary>The database id; orders steps of the same day.</summary>
    public long Id { get; set; }

    /// <summary>The request the step belongs to.</summary>
    public long RequestId { get; set; }

    /// <summary>What was done.</summary>
    public StepKind Kind { get; set; }

    /// <summary>The legal date of the step (a notice's date, the date of receipt of a correction…).</summary>
    public DateOnly On { get; set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The staff user who took the step; null for the applicant's online submission.</summary>
    public string? ActorId { get; set; }

    /// <summary>The name shown on the timeline and in notices.</summary>
    public string ActorName { get; set; } = "";

    /// <summary>Free text: what to correct, why an extension, the reply's content.</summary>
    public string? Note { get; set; }

    /// <summary>Working days: the correction period, or the extension asked for.</summary>
    public int? Days { get; set; }

    /// <summary>The fee amount of a fee notice, in 元.</summary>
    public decimal? Amount { get; set; }

    /// <summary>The outcome key of a reply.</summary>
    public string? Outcome { get; set; }

    /// <summary>The legal basis cited in a reply.</summary>
    public string? LegalBasis { get; set; }

    /// <summary>The notice generated by the step, if any.</summary>
    public long? DocumentId { get; set; }

    /// <summary>The 发文字号 of the step's letter.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>How a delivery was made.</summary>
    public DeliveryMethod? DeliveryMethod { get; set; }

    /// <summary>The postal tracking number of a posted delivery.</summary>
    public string? PostalTrackingNumber { get; set; }

    /// <summary>What a reviewer should check about the step's dates (<see cref="ReplyDateCheck"/>), in Chinese.</summary>
    public string? Flags { get; set; }
}

/// <summary>The kinds of step of the request lifecycle, in the order they usually happen.</summary>
public enum StepKind
{
    /// <summary>收到申请 (第三十一条).</summary>
    Received,
    /// <summary>受理.</summary>
    Accepted,
    /// <summary>补正告知书 sent (第三十条).</summary>
    CorrectionRequested,
    /// <summary>The corrected request received; the reply period restarts.</summary>
    Corrected,
    /// <summary>征求第三方意见 (第三十二条).</summary>
    ConsultationStarted,
    /// <summary>The third party answered, or its 15 working days ended.</summary>
    ConsultationAnswered,
    /// <summary>An extension asked for by the clerk, waiting for the Head.</summary>
    ExtensionRequested,
    /// <summary>The Head approved the extension (第三十三条).</summary>
    ExtensionApproved,
    /// <summary>收费通知 sent (国办函〔2020〕109号).</summary>
    FeeNoticed,
    /// <summary>The applicant paid the fee.</summary>
    FeePaid,
    /// <summary>The reply, with one of the 21 outcomes of section 三.</summary>
    Replied,
    /// <summary>The reply delivered to the applicant.</summary>
    Delivered,
    /// <summary>The case archived (第四十五条).</summary>
    Archived,
}

/// <summary>A file kept with a case: an applicant's attachment, or a generated notice or reply letter.</summary>
public sealed class CaseDocument
{
    /// <summary>The database id.</summary>
    public long Id { get; set; }

    /// <summary>The case the document belongs to.</summary>
    public long RequestId { get; set; }

    /// <summary>Attachment, notice or reply letter.</summary>
    public DocumentKind Kind { get; set; }

    /// <summary>The name offered on download (generated, never the uploader's path).</summary>
    public required string FileName { get; set; }

    /// <summary>The MIME type checked on upload or set on generation.</summary>
    public required string ContentType { get; set; }

    /// <summary>The file's bytes.</summary>
    public required byte[] Content { get; set; }

    /// <summary>When it was stored.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Whether the applicant may download it from the status page.</summary>
    public bool VisibleToApplicant { get; set; }
}

/// <summary>What a case document is.</summary>
public enum DocumentKind
{
    /// <summary>An applicant's attachment.</summary>
    Attachment,
    /// <summary>登记回执.</summary>
    Acknowledgement,
    /// <summary>补正告知书 (第三十条).</summary>
    CorrectionNotice,
    /// <summary>征求意见函 (第三十二条); not shown to the applicant.</summary>
    ConsultationLetter,
    /// <summary>延期答复告知书 (第三十三条).</summary>
    ExtensionNotice,
    /// <summary>收费通知书 (国办函〔2020〕109号).</summary>
    FeeNotice,
    /// <summary>答复书 (第三十六条).</summary>
    ReplyLetter,
    /// <summary>受理通知书.</summary>
    AcceptanceNotice,
    /// <summary>A document disclosed with the reply, downloaded by the applicant.</summary>
    DisclosedDocument,
    /// <summary>Proof of delivery: the signed 送达回证, a postal receipt.</summary>
    DeliveryProof,
}
