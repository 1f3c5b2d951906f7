namespace Gongkai.Data;

/// <summary>
/// One line of the audit log: who did what, when, on which case. Every state change and every
/// view of unmasked personal data writes one. Details never carry unmasked personal data.
/// Entries are chained (<see cref="AuditChain"/>): <see cref="Sequence"/> and <see cref="Hash"/>
/// are set when the entry is sealed, shortly after it is written.
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

    /// <summary>The entry's place in the chain (1, 2, 3, … without gaps); null until sealed.</summary>
    public long? Sequence { get; set; }

    /// <summary>HMAC-SHA256 over the previous entry's hash and this entry's fields, hex; null until sealed.</summary>
    public string? Hash { get; set; }
}
