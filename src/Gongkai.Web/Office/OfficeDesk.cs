using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Gongkai.Web.Attachments;
using Gongkai.Web.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Office;

/// <summary>One clerk's line of the supervision view.</summary>
public sealed record ClerkLoad(string? ClerkId, string ClerkName, int Open, int DueSoon, int Overdue, IReadOnlyList<SupervisedCase> Cases);

/// <summary>An overdue or due-soon case in the supervision view.</summary>
public sealed record SupervisedCase(long Id, string TrackingNumber, CaseState State, DateOnly? DueOn, bool DueEstimated, bool Overdue);

/// <summary>
/// The office's housekeeping on cases: voiding a registration made in error, marking a duplicate
/// registration, the disclosed documents of a reply, and the supervision view by clerk.
/// </summary>
public sealed class OfficeDesk(GongkaiDbContext db, AgencyScope scope, AuditLog audit, TimeProvider clock, WorkdayCalendar calendar)
{
    /// <summary>
    /// Voids a registration made in error: closed, not counted in section 三, the reason kept in the
    /// audit log. Refused once the case has any step beyond its receipt (then it is a real request).
    /// </summary>
    public async Task<string?> VoidAsync(Staff staff, long id, string? reason, long? duplicateOf, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason) && duplicateOf is null)
        {
            return "请写明作废原因。";
        }

        var request = await scope.Requests(staff).Include(r => r.Steps).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return null;
        }

        if (request.IsVoid)
        {
            return "该登记已作废。";
        }

        if (duplicateOf is { } original)
        {
            var first = await scope.Requests(staff).AsNoTracking().FirstOrDefaultAsync(r => r.Id == original, cancellationToken);
            if (first is null || first.Id == request.Id || first.AgencyId != request.AgencyId)
            {
                return "请填写本机关另一件申请的编号。";
            }

            request.DuplicateOfId = first.Id;
            reason = $"重复登记，与{first.TrackingNumber}为同一申请。{reason}".Trim();
        }

        request.IsVoid = true;
        request.VoidReason = reason!.Trim();
        request.IsOpen = false;
        request.DueOn = null;
        request.ClosedOn ??= ChinaClock.Today(clock);
        request.Version++;
        audit.Record(staff, duplicateOf is null ? "Voided" : "MarkedDuplicate", request.Id, $"{request.TrackingNumber}: {request.VoidReason}");
        await db.SaveChangesAsync(cancellationToken);
        return "";
    }

    /// <summary>Stores disclosed documents with the case; the applicant sees them once the reply is signed off.</summary>
    public async Task<(IReadOnlyList<long> Ids, string? Error, bool NotFound)> AddDisclosedAsync(Staff staff, long id, IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        if (!await scope.Requests(staff).AnyAsync(r => r.Id == id && r.IsOpen, cancellationToken))
        {
            return ([], null, true);
        }

        var (checkedFiles, error) = await Uploads.CheckAsync(files, cancellationToken);
        if (error is not null || checkedFiles.Count == 0)
        {
            return ([], error ?? "请选择要公开的文件。", false);
        }

        var documents = checkedFiles.Select((f, i) => new CaseDocument
        {
            RequestId = id,
            Kind = DocumentKind.DisclosedDocument,
            FileName = $"公开信息{i + 1}{Path.GetExtension(f.FileName)}",
            ContentType = f.ContentType,
            Content = f.Content,
            CreatedAt = clock.GetUtcNow(),
            VisibleToApplicant = false,
        }).ToList();
        db.Documents.AddRange(documents);
        audit.Record(staff, "DisclosedAttached", id, string.Join("、", documents.Select(d => d.FileName)));
        await db.SaveChangesAsync(cancellationToken);
        return (documents.Select(d => d.Id).ToList(), null, false);
    }

    /// <summary>The agency's due-soon window (<see cref="OfficeSettings.DueSoonDays"/>, default 5 working days).</summary>
    public async Task<WorkingDays> DueSoonWindowAsync(int agencyId, CancellationToken cancellationToken) =>
        new(await db.OfficeSettings.AsNoTracking().Where(s => s.AgencyId == agencyId).Select(s => (int?)s.DueSoonDays).FirstOrDefaultAsync(cancellationToken)
            ?? DueSoon.DefaultWindow.Count);

    /// <summary>Open cases by clerk, with the overdue and the due-soon ones listed.</summary>
    public async Task<IReadOnlyList<ClerkLoad>> SupervisionAsync(Staff staff, CancellationToken cancellationToken)
    {
        var today = ChinaClock.Today(clock);
        var window = await DueSoonWindowAsync(staff.AgencyId, cancellationToken);
        var open = await scope.Requests(staff).AsNoTracking().Where(r => r.IsOpen)
            .Select(r => new { r.Id, r.TrackingNumber, r.State, r.DueOn, r.DueEstimated, r.ClerkId, r.ClerkName })
            .ToListAsync(cancellationToken);
        bool Soon(DateOnly? due) => due is { } d && DueSoon.On(calendar, d, today, window);
        return open.GroupBy(r => (r.ClerkId, r.ClerkName))
            .Select(g => new ClerkLoad(g.Key.ClerkId, g.Key.ClerkName ?? "（未指派）", g.Count(),
                g.Count(r => Soon(r.DueOn)), g.Count(r => r.DueOn < today),
                g.Where(r => r.DueOn < today || Soon(r.DueOn)).OrderBy(r => r.DueOn)
                    .Select(r => new SupervisedCase(r.Id, r.TrackingNumber, r.State, r.DueOn, r.DueEstimated, r.DueOn < today)).ToList()))
            .OrderByDescending(c => c.Overdue).ThenByDescending(c => c.DueSoon).ThenBy(c => c.ClerkName, StringComparer.Ordinal)
            .ToList();
    }
}
