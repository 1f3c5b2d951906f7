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
using Gongkai.Web.Staffing;

namespace Gongkai.Web.Desk;

/// <summary>A step a staff member asks for on a case.</summary>
public sealed record StepForm(StepKind Kind, DateOnly? On, string? Note, int? Days, decimal? Amount, string? Outcome, string? LegalBasis,
    DeliveryMethod? Delivery = null, string? PostalTrackingNumber = null);

/// <summary>The outcome of asking for a step: done, refused with a Chinese reason, or no such case in scope.</summary>
public sealed record StepResult(RequestStep? Step, string? Refusal, bool NotFound)
{
    public bool Done => Step is not null;
}

/// <summary>The lifecycle steps of a case, and closing those whose periods lapsed.</summary>
public sealed partial class CaseDesk
{
    /// <summary>Why <paramref name="form"/> cannot be taken on <paramref name="request"/> today, in Chinese; null when it can.</summary>
    public string? CheckStep(Staff staff, DisclosureRequest request, StepForm form)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(form);
        if (request.IsVoid)
        {
            return "该登记已作废。";
        }

        if (form.Kind == StepKind.Delivered && form.Delivery is { } method
            && Deliveries.Check(method, form.PostalTrackingNumber, hasProof: method != DeliveryMethod.InPerson || !string.IsNullOrWhiteSpace(form.Note)) is { } missing)
        {
            return missing;
        }

        var check = DeskLifecycle.Check(request.Steps, request.Channel, NewStep(staff, form), staff.Role, Today, calendar);
        return check.Allowed ? null : check.Reason;
    }

    /// <summary>
    /// Checks and records a step, with its notice when the step has one. A letter step signed off
    /// (<paramref name="draft"/>) is dated the day of the last approval and carries the draft's extras.
    /// </summary>
    public async Task<StepResult> TakeStepAsync(Staff staff, long id, StepForm form, CancellationToken cancellationToken, LetterDraft? draft = null)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(form);
        var request = await scope.Requests(staff).Include(r => r.Steps).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return new StepResult(null, null, NotFound: true);
        }

        var step = NewStep(staff, form);
        if (CheckStep(staff, request, form) is { } refusal)
        {
            audit.Record(staff, "StepRefused", request.Id, $"{form.Kind}: {refusal}");
            await db.SaveChangesAsync(cancellationToken);
            return new StepResult(null, refusal, NotFound: false);
        }

        if (step.Kind == StepKind.Replied && ReplyDateCheck.Flags(calendar, step.On, request.ReceivedOn, Today) is { Count: > 0 } flags)
        {
            // Recorded, and shown to reviewers; a back-dated reply is how a late answer looks timely.
            step.Flags = string.Join("；", flags);
            audit.Record(staff, "ReplyDateFlagged", request.Id, step.Flags);
        }

        request.Steps.Add(step);
        var status = DeskLifecycle.Evaluate(request.Steps, request.Channel, calendar, Today);
        CaseRow.Apply(request, status, calendar);
        request.ClerkId ??= staff.UserId;
        request.ClerkName ??= staff.Name;
        request.Version++;
        WrittenLetter? letter = null;
        if (NoticeKind(step.Kind) is { } kind)
        {
            letter = await WriteLetterAsync(request, step, status, kind, draft, cancellationToken);
            request.Documents.Add(letter.Document);
        }

        if (step.Kind == StepKind.Replied)
        {
            // The disclosed documents go out with the signed-off reply, not before.
            await db.Documents.Where(d => d.RequestId == request.Id && d.Kind == DocumentKind.DisclosedDocument && !d.VisibleToApplicant)
                .ForEachAsync(d => d.VisibleToApplicant = true, cancellationToken);
        }

        audit.Record(staff, step.Kind.ToString(), request.Id, $"{request.TrackingNumber} → {status.State}");
        // The step and its document are saved together; the step then points to the document.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (letter is not null)
            {
                step.DocumentId = letter.Document.Id;
                await db.SaveChangesAsync(cancellationToken);
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            return new StepResult(null, "该申请已被他人同时办理，请刷新后重试。", NotFound: false);
        }

        if (letter is not null)
        {
            await MailAsync(request, letter, $"您的政府信息公开申请（申请编号{request.TrackingNumber}）：{letter.Title}", cancellationToken);
        }

        return new StepResult(step, null, NotFound: false);
    }

    private RequestStep NewStep(Staff staff, StepForm form) => new()
    {
        Kind = form.Kind,
        On = form.On ?? Today,
        RecordedAt = clock.GetUtcNow(),
        ActorId = staff.UserId,
        ActorName = staff.Name,
        Note = string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim(),
        Days = form.Days,
        Amount = form.Amount,
        Outcome = form.Outcome,
        LegalBasis = string.IsNullOrWhiteSpace(form.LegalBasis) ? null : form.LegalBasis.Trim(),
        DeliveryMethod = form.Kind == StepKind.Delivered ? form.Delivery : null,
        PostalTrackingNumber = form.Kind == StepKind.Delivered && !string.IsNullOrWhiteSpace(form.PostalTrackingNumber) ? form.PostalTrackingNumber.Trim() : null,
    };

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
            CaseRow.Refresh(request, calendar, today);
            request.Version++;
            audit.Record(null, "Lapsed", request.Id, $"{request.TrackingNumber} → {request.State} {request.Outcome}", request.AgencyId);
        }

        if (lapsed.Count > 0)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // The background job (or another host) closed them first.
                db.ChangeTracker.Clear();
            }
        }

        return lapsed.Count;
    }
}
