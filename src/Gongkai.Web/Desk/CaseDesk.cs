using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Gongkai.Web.Attachments;
using Gongkai.Web.Documents;
using Gongkai.Web.Mail;
using Gongkai.Web.Staffing;

namespace Gongkai.Web.Desk;

/// <summary>
/// The desk's operations on requests: submission, registration, and each lifecycle step. A step is
/// checked against the steps so far (<see cref="DeskLifecycle"/>); a refused step is a result with
/// the reason. The computed state and due date are kept on the request row for the inbox.
/// </summary>
public sealed partial class CaseDesk(GongkaiDbContext db, TimeProvider clock, WorkdayCalendar calendar, AuditLog audit, AgencyScope scope, ApplicantMail mail)
{
    public DateOnly Today => ChinaClock.Today(clock);

    /// <summary>The installation's working-day calendar.</summary>
    public WorkdayCalendar Calendar => calendar;

    /// <summary>Finds a request by tracking number and query code, for the applicant.</summary>
    public async Task<DisclosureRequest?> FindForApplicantAsync(string? trackingNumber, string? queryCode, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(trackingNumber) || string.IsNullOrWhiteSpace(queryCode))
        {
            return null;
        }

        var request = await db.Requests.AsNoTracking()
            .Include(r => r.Steps)
            .FirstOrDefaultAsync(r => r.TrackingNumber == trackingNumber.Trim(), cancellationToken);
        return request is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(request.QueryCodeHash), Encoding.ASCII.GetBytes(Hash(queryCode.Trim())))
            ? request
            : null;
    }

    /// <summary>Loads a case in the staff member's scope, with its steps and document list.</summary>
    public Task<DisclosureRequest?> FindAsync(Staff staff, long id, CancellationToken cancellationToken) =>
        scope.Requests(staff).AsNoTracking().AsSplitQuery()
            .Include(r => r.Steps.OrderBy(s => s.On).ThenBy(s => s.Id))
            .FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>The documents of a case (no bytes); for the applicant only those meant for them.</summary>
    public async Task<IReadOnlyList<DocumentView>> DocumentsAsync(long requestId, bool applicantOnly, CancellationToken cancellationToken) =>
        await db.Documents.AsNoTracking()
            .Where(d => d.RequestId == requestId && (!applicantOnly || d.VisibleToApplicant))
            .OrderBy(d => d.Id)
            .Select(d => new DocumentView(d.Id, d.Kind, d.FileName, d.CreatedAt, d.VisibleToApplicant))
            .ToListAsync(cancellationToken);

    /// <summary>One document of a case, with its bytes.</summary>
    public Task<CaseDocument?> DocumentAsync(long requestId, long documentId, bool applicantOnly, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.RequestId == requestId && (!applicantOnly || d.VisibleToApplicant), cancellationToken);

    /// <summary>A case for the desk; unmasked personal data is audited.</summary>
    public async Task<CaseView?> ViewAsync(Staff staff, long id, bool unmasked, CancellationToken cancellationToken)
    {
        await CloseLapsedAsync(staff, cancellationToken);
        var request = await FindAsync(staff, id, cancellationToken);
        if (request is null)
        {
            return null;
        }

        if (unmasked)
        {
            audit.Record(staff, AuditLog.ViewedPersonalData, id, request.TrackingNumber);
            await db.SaveChangesAsync(cancellationToken);
        }

        return CaseView.From(request, await DocumentsAsync(id, applicantOnly: false, cancellationToken), unmasked);
    }

    /// <summary>Assigns a case to a clerk of its agency.</summary>
    public async Task<bool> AssignAsync(Staff staff, long id, string clerkId, CancellationToken cancellationToken)
    {
        var request = await scope.Requests(staff).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        var clerk = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == clerkId, cancellationToken);
        if (request is null || clerk is null || clerk.AgencyId != request.AgencyId)
        {
            return false;
        }

        request.ClerkId = clerk.Id;
        request.ClerkName = clerk.DisplayName;
        audit.Record(staff, "Assigned", request.Id, clerk.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public static string ChannelLabel(ReceiptChannel channel) => channel switch
    {
        ReceiptChannel.Online => "网上申请",
        ReceiptChannel.InPerson => "当面提交",
        ReceiptChannel.RegisteredPost => "邮寄（签收）",
        ReceiptChannel.OrdinaryPost => "平常信函",
        ReceiptChannel.Fax => "传真",
        _ => channel.ToString(),
    };
}
