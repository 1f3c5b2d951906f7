using Gongkai.Core.Requests;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Desk;

/// <summary>What an applicant sees of their request: steps and dates, deadline, notices and reply to download.</summary>
public sealed record RequestStatus(string TrackingNumber, string AgencyName, DateOnly ReceivedOn, string State, DateOnly? DueOn, bool DueEstimated, string? Outcome, IReadOnlyList<StatusStep> Steps, IReadOnlyList<DocumentView> Documents, bool AwaitingCorrection)
{
    /// <summary>
    /// The status of the request with this tracking number and query code, or null when either is wrong.
    /// The portal page and the portal API both show this; consultations with other agencies stay internal.
    /// </summary>
    public static async Task<RequestStatus?> FindAsync(string? trackingNumber, string? code, GongkaiDbContext db, CaseDesk desk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desk);
        var request = await desk.FindForApplicantAsync(trackingNumber, code, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == request.AgencyId).Select(a => a.Name).FirstAsync(cancellationToken);
        return new RequestStatus(
            request.TrackingNumber, agency, request.ReceivedOn, request.State.ChineseLabel(), request.DueOn, request.DueEstimated,
            CaseView.OutcomeLabel(request.Outcome),
            request.Steps.Where(s => s.Kind != StepKind.ConsultationStarted && s.Kind != StepKind.ConsultationAnswered)
                .OrderBy(s => s.On).ThenBy(s => s.Id).Select(s => new StatusStep(s.Kind.ChineseLabel(), s.On)).ToList(),
            await desk.DocumentsAsync(request.Id, applicantOnly: true, cancellationToken),
            request.State == CaseState.AwaitingCorrection);
    }
}

/// <summary>A step as the applicant sees it.</summary>
public sealed record StatusStep(string Label, DateOnly On);
