using Gongkai.Core.Agencies;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.SignOff;

/// <summary>A draft as the desk shows it.</summary>
public sealed record DraftView(long Id, long RequestId, StepKind Kind, DraftState State, string DraftedBy, DateTimeOffset DraftedAt,
    int Approvals, string Chain, StaffRole? NextRole, string? ReturnComment, string? Outcome, string? Note, IReadOnlyList<SignOffView> Records)
{
    public static DraftView From(LetterDraft d)
    {
        var chain = SignOffChain.Parse(d.Chain) ?? SignOffChain.Default;
        return new DraftView(d.Id, d.RequestId, d.Kind, d.State, d.DraftedByName, d.DraftedAt, d.Approvals, chain.ChineseLabel(),
            d.State == DraftState.Pending ? chain.Next(d.Approvals) : null, d.ReturnComment, d.Outcome, d.Note,
            d.Records.OrderBy(r => r.At).Select(r => new SignOffView(r.ActorName, r.Role, r.Approved, r.Comment, r.At)).ToList());
    }
}

/// <summary>One decision on a draft.</summary>
public sealed record SignOffView(string Actor, StaffRole Role, bool Approved, string? Comment, DateTimeOffset At);

/// <summary>The outcome of a sign-off action: the draft, the step taken on final approval, or a refusal in Chinese.</summary>
public sealed record SignOffResult(LetterDraft? Draft, RequestStep? Step, string? Refusal, bool NotFound);

/// <summary>
/// Sign-off (签发): a letter step drafted by a clerk waits here for each level of the agency's chain;
/// the last approval takes the step (dated that day, numbered, delivered to the status page). A draft
/// returned with a comment goes back to the clerk, who drafts again.
/// </summary>
public sealed class SignOffDesk(GongkaiDbContext db, CaseDesk desk, AgencyScope scope, AuditLog audit, TimeProvider clock)
{
    /// <summary>The steps whose letter goes out only after sign-off.</summary>
    public static bool NeedsSignOff(StepKind kind) => kind is StepKind.Replied or StepKind.CorrectionRequested or StepKind.ConsultationStarted or StepKind.FeeNoticed;

    /// <summary>Drafts <paramref name="form"/> on case <paramref name="requestId"/>; the step must be allowed today.</summary>
    public async Task<SignOffResult> DraftAsync(Staff staff, long requestId, StepForm form, DraftExtras extras, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(form);
        var request = await scope.Requests(staff).AsNoTracking().Include(r => r.Steps).FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return new SignOffResult(null, null, null, NotFound: true);
        }

        if (await db.LetterDrafts.AnyAsync(d => d.RequestId == requestId && d.State == DraftState.Pending, cancellationToken))
        {
            return new SignOffResult(null, null, "该申请已有待签发的文书，请等待签批或退回后再起草。", NotFound: false);
        }

        if (form.Kind == StepKind.FeeNoticed && extras is { FeeMethod: { } method, FeeQuantity: { } quantity })
        {
            // 109号: the amount follows the tiers for the pages or the monthly count, unless a reason is given.
            if (quantity < (method == FeeMethod.PerApplication ? 1 : 0))
            {
                return new SignOffResult(null, null, "请填写页数或本月件次。", NotFound: false);
            }

            var amount = form.Amount ?? ProcessingFee.Compute(method, quantity);
            if (ProcessingFee.CheckAmount(method, quantity, amount, extras.FeeReason) is { } feeProblem)
            {
                return new SignOffResult(null, null, feeProblem, NotFound: false);
            }

            form = form with { Amount = amount };
        }

        if (desk.CheckStep(staff, request, form) is { } refusal)
        {
            return new SignOffResult(null, null, refusal, NotFound: false);
        }

        var settings = await db.OfficeSettings.AsNoTracking().FirstOrDefaultAsync(s => s.AgencyId == request.AgencyId, cancellationToken);
        var draft = new LetterDraft
        {
            RequestId = requestId,
            Kind = form.Kind,
            Note = form.Note,
            Days = form.Days,
            Amount = form.Amount,
            Outcome = form.Outcome,
            LegalBasis = form.LegalBasis,
            FeeMethod = extras.FeeMethod,
            FeeQuantity = extras.FeeQuantity,
            FeeReason = extras.FeeReason,
            Withheld = extras.Withheld,
            ThirdParty = extras.ThirdParty,
            DraftedById = staff.UserId,
            DraftedByName = staff.Name,
            DraftedAt = clock.GetUtcNow(),
            Chain = (SignOffChain.Parse(settings?.SignOff) ?? SignOffChain.Default).ToString(),
        };
        db.LetterDrafts.Add(draft);
        audit.Record(staff, "Drafted", requestId, $"{form.Kind} → {draft.Chain}");
        await db.SaveChangesAsync(cancellationToken);
        return new SignOffResult(draft, null, null, NotFound: false);
    }

    /// <summary>Approves the next level; the last approval takes the step.</summary>
    public Task<SignOffResult> ApproveAsync(Staff staff, long draftId, string? comment, CancellationToken cancellationToken) =>
        DecideAsync(staff, draftId, approve: true, comment, cancellationToken);

    /// <summary>Returns the draft to the clerk; a comment is required.</summary>
    public Task<SignOffResult> ReturnAsync(Staff staff, long draftId, string? comment, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(comment)
            ? Task.FromResult(new SignOffResult(null, null, "退回时请写明意见。", NotFound: false))
            : DecideAsync(staff, draftId, approve: false, comment, cancellationToken);

    /// <summary>The drafts of a case, newest first.</summary>
    public async Task<IReadOnlyList<DraftView>> DraftsAsync(long requestId, CancellationToken cancellationToken) =>
        (await db.LetterDrafts.AsNoTracking().Include(d => d.Records).Where(d => d.RequestId == requestId).OrderByDescending(d => d.Id).ToListAsync(cancellationToken))
            .Select(DraftView.From).ToList();

    /// <summary>The drafts waiting for the staff member's level in their scope.</summary>
    public async Task<IReadOnlyList<DraftView>> WaitingForAsync(Staff staff, CancellationToken cancellationToken)
    {
        var pending = await db.LetterDrafts.AsNoTracking().Include(d => d.Records)
            .Where(d => d.State == DraftState.Pending && scope.Requests(staff).Any(r => r.Id == d.RequestId))
            .OrderBy(d => d.Id).ToListAsync(cancellationToken);
        return pending.Where(d => (SignOffChain.Parse(d.Chain) ?? SignOffChain.Default).MayApprove(staff.Role, d.Approvals, d.DraftedById == staff.UserId))
            .Select(DraftView.From).ToList();
    }

    private async Task<SignOffResult> DecideAsync(Staff staff, long draftId, bool approve, string? comment, CancellationToken cancellationToken)
    {
        var draft = await db.LetterDrafts.Include(d => d.Records).FirstOrDefaultAsync(d => d.Id == draftId, cancellationToken);
        if (draft is null || !await scope.Requests(staff).AnyAsync(r => r.Id == draft.RequestId, cancellationToken))
        {
            return new SignOffResult(null, null, null, NotFound: true);
        }

        var chain = SignOffChain.Parse(draft.Chain) ?? SignOffChain.Default;
        if (draft.State != DraftState.Pending)
        {
            return new SignOffResult(draft, null, "该文书已签发或已退回。", NotFound: false);
        }

        if (!chain.MayApprove(staff.Role, draft.Approvals, draft.DraftedById == staff.UserId))
        {
            var next = chain.Next(draft.Approvals) == StaffRole.Head ? "负责人" : "审核人";
            return new SignOffResult(draft, null, draft.DraftedById == staff.UserId ? "起草人不能签批自己起草的文书。" : $"本级应由{next}签批。", NotFound: false);
        }

        draft.Records.Add(new SignOffRecord { ActorId = staff.UserId, ActorName = staff.Name, Role = staff.Role, Approved = approve, Comment = comment?.Trim(), At = clock.GetUtcNow() });
        draft.Version++;
        if (!approve)
        {
            draft.State = DraftState.Returned;
            draft.ReturnComment = comment!.Trim();
            audit.Record(staff, "DraftReturned", draft.RequestId, draft.ReturnComment);
            return await SaveAsync(draft, null, cancellationToken);
        }

        draft.Approvals++;
        audit.Record(staff, "DraftApproved", draft.RequestId, $"{draft.Kind} level {draft.Approvals}/{chain.Levels.Count}");
        if (chain.Next(draft.Approvals) is not null)
        {
            return await SaveAsync(draft, null, cancellationToken);
        }

        // The last level: the step is taken now, dated today, in the same transaction as the approval.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var form = new StepForm(draft.Kind, null, draft.Note, draft.Days, draft.Amount, draft.Outcome, draft.LegalBasis);
        var result = await desk.TakeStepAsync(staff, draft.RequestId, form, cancellationToken, draft);
        if (result.Step is not { } step)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new SignOffResult(null, null, result.Refusal ?? "该申请已不在办理范围内。", result.NotFound);
        }

        draft.State = DraftState.Approved;
        draft.StepId = step.Id;
        var saved = await SaveAsync(draft, step, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    private async Task<SignOffResult> SaveAsync(LetterDraft draft, RequestStep? step, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SignOffResult(draft, step, null, NotFound: false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SignOffResult(null, null, "该文书已被他人同时签批，请刷新后查看。", NotFound: false);
        }
    }
}

/// <summary>What a draft carries beyond the step form: the fee's basis, what a partial disclosure withholds, the third party.</summary>
public sealed record DraftExtras(FeeMethod? FeeMethod = null, int? FeeQuantity = null, string? FeeReason = null, string? Withheld = null, string? ThirdParty = null);
