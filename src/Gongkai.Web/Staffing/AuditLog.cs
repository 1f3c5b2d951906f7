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
