namespace Gongkai.Data;

/// <summary>
/// One line of the audit log: who did what, when, on which case. Every state change and every
/// view of unmasked personal data writes one. Details never carry unmasked personal data.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string? UserId { get; set; }

    public string UserName { get; set; } = "";

    public int? AgencyId { get; set; }

    public long? RequestId { get; set; }

    /// <summary>The catalog item the entry is about, if any.</summary>
    public long? PublicationId { get; set; }

    /// <summary>The 复议 or 诉讼 case of the register the entry is about, if any.</summary>
    public long? AppealCaseId { get; set; }

    public required string Action { get; set; }

    public string Detail { get; set; } = "";
}
