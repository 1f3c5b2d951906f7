using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Core;
using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Gongkai.Web.Attachments;
using Gongkai.Web.Documents;
using Gongkai.Web.Staffing;

namespace Gongkai.Web.Desk;

/// <summary>A step a staff member asks for on a case.</summary>
public sealed record StepForm(StepKind Kind, DateOnly? On, string? Note, int? Days, decimal? Amount, string? Outcome, string? LegalBasis);

/// <summary>The outcome of asking for a step: done, refused with a Chinese reason, or no such case in scope.</summary>
public sealed record StepResult(RequestStep? Step, Refusal? Refusal, bool NotFound)
{
    public bool Done => Step is not null;
}

/// <summary>The lifecycle steps of a case, and closing those whose periods lapsed.</summary>
public sealed partial class CaseDesk
{
    /// <summary>Checks and records a step, with its notice when the step has one.</summary>
    public async Task<StepResult> TakeStepAsync(Staff staff, long id, StepForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(form);
        var request = await scope.Requests(staff).Include(r => r.Steps).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return new StepResult(null, null, NotFound: true);
        }

        var step = new RequestStep
        {
            Kind = form.Kind,
            On = form.On ?? Today,
            RecordedAt = clock.GetUtcNow(),
            ActorId = staff.UserId,
            ActorName = staff.Name,
            Note = string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim(),
            // 第三十条 leaves the period to the agency: a correction notice without one gets Gongkai's default.
            Days = form.Kind == StepKind.CorrectionRequested ? form.Days ?? Article30.DefaultCorrectionPeriod.Count : form.Days,
            Amount = form.Amount,
            Outcome = form.Outcome,
            LegalBasis = string.IsNullOrWhiteSpace(form.LegalBasis) ? null : form.LegalBasis.Trim(),
        };
        if (DeskLifecycle.Check(request.Steps, request.Channel, step, staff.Role, Today, calendar) is { } refusal)
        {
            audit.Record(staff, "StepRefused", request.Id, $"{form.Kind}: {refusal.Message}");
            await db.SaveChangesAsync(cancellationToken);
            return new StepResult(null, refusal, NotFound: false);
        }

        request.Steps.Add(step);
        var status = DeskLifecycle.Evaluate(request.Steps, request.Channel, calendar, Today);
        Apply(request, status);
        request.ClerkId ??= staff.UserId;
        request.ClerkName ??= staff.Name;
        request.Version++;
        if (NoticeKind(step.Kind) is { } kind)
        {
            var agency = await db.Agencies.AsNoTracking().FirstAsync(a => a.Id == request.AgencyId, cancellationToken);
            var document = await WriteNoticeAsync(request, step, status, kind, agency, cancellationToken);
            request.Documents.Add(document);
        }

        audit.Record(staff, step.Kind.ToString(), request.Id, $"{request.TrackingNumber} → {status.State}");
        // The step and its document are saved together; the step then points to the document.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (request.Documents.LastOrDefault() is { } doc && NoticeKind(step.Kind) is not null)
            {
                step.DocumentId = doc.Id;
                await db.SaveChangesAsync(cancellationToken);
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return new StepResult(null, new Refusal("该申请已被他人同时办理，请刷新后重试。"), NotFound: false);
        }

        return new StepResult(step, null, NotFound: false);
    }

    /// <summary>
    /// Closes the requests in scope whose correction or fee period lapsed with nothing done: the
    /// engine treats them as abandoned (第三十条, 国办函〔2020〕109号) from the day after the period.
    /// Time makes this change, so it is applied when the desk or the report looks.
    /// </summary>
    public async Task<int> CloseLapsedAsync(Staff staff, CancellationToken cancellationToken)
    {
        var today = Today;
        var lapsed = await scope.Requests(staff).Include(r => r.Steps)
            .Where(r => r.IsOpen && (r.State == CaseState.AwaitingCorrection || r.State == CaseState.AwaitingFee) && r.DueOn < today)
            .ToListAsync(cancellationToken);
        foreach (var request in lapsed)
        {
            var status = DeskLifecycle.Evaluate(request.Steps, request.Channel, calendar, today);
            Apply(request, status);
            request.Version++;
            audit.Record(null, "Lapsed", request.Id, $"{request.TrackingNumber} → {status.State} {status.Outcome}", request.AgencyId);
        }

        if (lapsed.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return lapsed.Count;
    }

    private static void Apply(DisclosureRequest request, CaseStatus status)
    {
        request.State = status.State;
        request.DueOn = status.DueOn;
        request.IsOpen = status.IsOpen;
        request.ClosedOn = status.ClosedOn;
        request.Outcome = status.Outcome;
    }
}
