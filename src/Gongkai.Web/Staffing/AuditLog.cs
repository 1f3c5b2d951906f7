using Gongkai.Data;

namespace Gongkai.Web.Staffing;

/// <summary>Writes audit entries in the same unit of work as the change they record.</summary>
public sealed class AuditLog(GongkaiDbContext db, TimeProvider clock)
{
    public const string ViewedPersonalData = "ViewedPersonalData";

    public void Record(Staff? staff, string action, long? requestId, string detail = "", int? agencyId = null) =>
        db.Audit.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = staff?.UserId,
            UserName = staff?.Name ?? "申请人或系统",
            AgencyId = agencyId ?? staff?.AgencyId,
            RequestId = requestId,
            Action = action,
            Detail = detail,
        });

    /// <summary>Records a sign-in, a failed one, a lockout (the user name as typed; never the password).</summary>
    public void RecordSignIn(string action, string userName, StaffUser? user, string clientAddress) =>
        db.Audit.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = user?.Id,
            UserName = user?.DisplayName is { Length: > 0 } name ? name : userName[..Math.Min(userName.Length, 100)],
            AgencyId = user?.AgencyId,
            Action = action,
            Detail = $"{userName[..Math.Min(userName.Length, 100)]} {clientAddress}",
        });

    /// <summary>Records a step on a catalog item.</summary>
    public void RecordCatalog(Staff staff, string action, long? publicationId, string detail = "") =>
        db.Audit.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = staff.UserId,
            UserName = staff.Name,
            AgencyId = staff.AgencyId,
            PublicationId = publicationId,
            Action = action,
            Detail = detail,
        });
}
