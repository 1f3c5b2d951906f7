using Gongkai.Core.Appeals;
using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Gongkai.Web.Desk;
using Gongkai.Web.Attachments;
using Gongkai.Web.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Reporting;

/// <summary>What staff enter for a 复议 or 诉讼 case (never the entity itself: no overposting).</summary>
public sealed record AppealForm
{
    public AppealKind Kind { get; init; }
    public string? RequestTrackingNumber { get; init; }
    public string? Decision { get; init; }
    public long? ReviewCaseId { get; init; }
    public string? ApplicantName { get; init; }
    public string? BodyName { get; init; }
    public BodyLevel BodyLevel { get; init; }
    public string? CaseNumber { get; init; }
    public DateOnly? FiledOn { get; init; }
    public DateOnly? CopyReceivedOn { get; init; }
    public DateOnly? AnsweredOn { get; init; }
    public DateOnly? DecidedOn { get; init; }
    public Disposition? Disposition { get; init; }
    public bool CoDefendantOnly { get; init; }
    public DateOnly? AppealFiledOn { get; init; }
    public string? AppealCourt { get; init; }
    public DateOnly? AppealDecidedOn { get; init; }
    public Disposition? AppealDisposition { get; init; }
    public string? Note { get; init; }
}

/// <summary>A case as the register shows it, with its deadline and the columns it counts under.</summary>
public sealed record AppealView(
    long Id, int AgencyId, AppealKind Kind, string KindLabel, long? RequestId, string? RequestTrackingNumber, string Decision,
    long? ReviewCaseId, string ApplicantName, string BodyName, BodyLevel BodyLevel, string BodyLevelLabel, string CaseNumber,
    DateOnly FiledOn, DateOnly? CopyReceivedOn, DateOnly? AnsweredOn, DateOnly? DecidedOn, Disposition? Disposition, string ResultLabel,
    bool CoDefendantOnly, DateOnly? AppealFiledOn, string AppealCourt, DateOnly? AppealDecidedOn, Disposition? AppealDisposition, string Note,
    DateOnly? AnswerDue, int? WorkingDaysLeft, bool AnswerOverdue, IReadOnlyList<string> Explanation,
    IReadOnlyList<AppealView.Hearing> Hearings, IReadOnlyList<AppealView.Document> Documents)
{
    public sealed record Hearing(DateOnly On, string Note);

    public sealed record Document(long Id, string FileName);

    /// <summary>The form filled with the case, for editing.</summary>
    public AppealForm ToForm() => new()
    {
        Kind = Kind, RequestTrackingNumber = RequestTrackingNumber, Decision = Decision, ReviewCaseId = ReviewCaseId,
        ApplicantName = ApplicantName, BodyName = BodyName, BodyLevel = BodyLevel, CaseNumber = CaseNumber, FiledOn = FiledOn,
        CopyReceivedOn = CopyReceivedOn, AnsweredOn = AnsweredOn, DecidedOn = DecidedOn, Disposition = Disposition,
        CoDefendantOnly = CoDefendantOnly, AppealFiledOn = AppealFiledOn, AppealCourt = AppealCourt, AppealDecidedOn = AppealDecidedOn,
        AppealDisposition = AppealDisposition, Note = Note,
    };
}

/// <summary>
/// The register of 行政复议 and 行政诉讼 (section 四's source): scoped to the agencies the staff member
/// sees, every change audit-logged.
/// </summary>
public sealed class AppealRegister(GongkaiDbContext db, TimeProvider clock, WorkdayCalendar calendar, CaseDesk desk)
{
    public const int MaxDocumentBytes = 10 * 1024 * 1024;

    /// <summary>The register of an agency, newest first; null when out of scope.</summary>
    public async Task<IReadOnlyList<AppealView>?> ListAsync(Staff staff, int agencyId, CancellationToken cancellationToken)
    {
        if (!staff.Sees(agencyId))
        {
            return null;
        }

        var cases = await db.AppealCases.AsNoTracking().Where(a => a.AgencyId == agencyId)
            .OrderByDescending(a => a.FiledOn).ThenByDescending(a => a.Id).Take(500).ToListAsync(cancellationToken);
        return await ViewsAsync(cases, cancellationToken);
    }

    /// <summary>The cases about one request, for its desk page.</summary>
    public async Task<IReadOnlyList<AppealView>> ForRequestAsync(Staff staff, long requestId, CancellationToken cancellationToken)
    {
        var cases = await db.AppealCases.AsNoTracking().Where(a => a.RequestId == requestId && staff.VisibleAgencies.Contains(a.AgencyId))
            .OrderBy(a => a.FiledOn).ToListAsync(cancellationToken);
        return await ViewsAsync(cases, cancellationToken);
    }

    /// <summary>One case; null when it does not exist or is out of scope.</summary>
    public async Task<AppealView?> GetAsync(Staff staff, long id, CancellationToken cancellationToken)
    {
        var found = await db.AppealCases.AsNoTracking().Include(a => a.Hearings).Include(a => a.Documents)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (found is null || !staff.Sees(found.AgencyId))
        {
            return null;
        }

        return (await ViewsAsync([found], cancellationToken))[0];
    }

    /// <summary>Records a new case; the errors in Chinese when the form is not acceptable.</summary>
    public async Task<(long? Id, IReadOnlyList<string> Errors)> CreateAsync(Staff staff, int agencyId, AppealForm form, CancellationToken cancellationToken)
    {
        if (!staff.Sees(agencyId))
        {
            return (null, ["没有这个行政机关，或不在您的范围内。"]);
        }

        var entity = new AppealCase { AgencyId = agencyId };
        var errors = await ApplyAsync(entity, form, cancellationToken);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        db.AppealCases.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        Record(staff, entity, "AppealRecorded", $"{entity.Kind.ChineseLabel()} {entity.CaseNumber}");
        await db.SaveChangesAsync(cancellationToken);
        return (entity.Id, []);
    }

    /// <summary>Updates a case (dates, result, appeal…); null errors list means not found.</summary>
    public async Task<IReadOnlyList<string>?> UpdateAsync(Staff staff, long id, AppealForm form, CancellationToken cancellationToken)
    {
        var entity = await db.AppealCases.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (entity is null || !staff.Sees(entity.AgencyId))
        {
            return null;
        }

        var errors = await ApplyAsync(entity, form, cancellationToken);
        if (errors.Count > 0)
        {
            return errors;
        }

        Record(staff, entity, "AppealUpdated", entity.Disposition is { } d ? $"结果：{d.ChineseLabel()}" : "");
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Adds a hearing; false when the case is not found or out of scope.</summary>
    public async Task<bool> AddHearingAsync(Staff staff, long id, DateOnly on, string note, CancellationToken cancellationToken)
    {
        var entity = await db.AppealCases.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (entity is null || !staff.Sees(entity.AgencyId))
        {
            return false;
        }

        entity.Hearings.Add(new AppealHearing { On = on, Note = Trim(note, 1000) });
        Record(staff, entity, "AppealHearingAdded", on.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Stores a document (PDF, DOCX, JPG, PNG checked by content); the error in Chinese, or null.</summary>
    public async Task<(bool Found, string? Error)> AddDocumentAsync(Staff staff, long id, IFormFile file, CancellationToken cancellationToken)
    {
        var entity = await db.AppealCases.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (entity is null || !staff.Sees(entity.AgencyId))
        {
            return (false, null);
        }

        var (files, error) = await Uploads.CheckAsync([file], cancellationToken);
        if (error is not null || files.Count == 0)
        {
            return (true, error ?? "请选择文件。");
        }

        var checkedFile = files[0];
        entity.Documents.Add(new AppealDocument { FileName = checkedFile.FileName, ContentType = checkedFile.ContentType, Content = checkedFile.Content, UploadedAt = clock.GetUtcNow() });
        Record(staff, entity, "AppealDocumentAdded", checkedFile.FileName);
        await db.SaveChangesAsync(cancellationToken);
        return (true, null);
    }

    /// <summary>A document of a case in scope, or null.</summary>
    public async Task<AppealDocument?> DocumentAsync(Staff staff, long id, long documentId, CancellationToken cancellationToken)
    {
        var agency = await db.AppealCases.Where(a => a.Id == id).Select(a => (int?)a.AgencyId).FirstOrDefaultAsync(cancellationToken);
        if (agency is not int agencyId || !staff.Sees(agencyId))
        {
            return null;
        }

        return await db.Set<AppealDocument>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.AppealCaseId == id, cancellationToken);
    }

    private void Record(Staff staff, AppealCase entity, string action, string detail) =>
        db.Audit.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = staff.UserId,
            UserName = staff.Name,
            AgencyId = entity.AgencyId,
            RequestId = entity.RequestId,
            AppealCaseId = entity.Id,
            Action = action,
            Detail = detail,
        });

    private async Task<List<string>> ApplyAsync(AppealCase entity, AppealForm form, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(form.ApplicantName))
        {
            errors.Add(form.Kind.IsLawsuit() ? "请填写原告。" : "请填写复议申请人。");
        }

        if (string.IsNullOrWhiteSpace(form.BodyName))
        {
            errors.Add(form.Kind.IsLawsuit() ? "请填写受理的人民法院。" : "请填写复议机关。");
        }

        if (form.FiledOn is not { } filed)
        {
            errors.Add("请填写受理（立案）日期。");
            filed = default;
        }

        if (form.DecidedOn is { } decided && decided < filed)
        {
            errors.Add("决定（判决）日期不能早于受理日期。");
        }

        if ((form.DecidedOn is null) != (form.Disposition is null))
        {
            errors.Add("已审结的案件须同时填写决定日期和结果；未审结的不填结果。");
        }

        if (form.DecidedOn > desk.Today || form.FiledOn > desk.Today)
        {
            errors.Add("日期不能晚于今天。");
        }

        if (!form.Kind.IsLawsuit() && (form.AppealFiledOn is not null || form.CoDefendantOnly))
        {
            errors.Add("行政复议没有上诉（二审）或共同被告。");
        }

        if ((form.AppealDecidedOn is null) != (form.AppealDisposition is null) || (form.AppealDecidedOn is not null && form.AppealFiledOn is null))
        {
            errors.Add("二审须填写上诉日期；已审结的二审须同时填写日期和结果。");
        }

        long? requestId = null;
        if (!string.IsNullOrWhiteSpace(form.RequestTrackingNumber))
        {
            var number = form.RequestTrackingNumber.Trim();
            requestId = await db.Requests.Where(r => r.TrackingNumber == number && r.AgencyId == entity.AgencyId).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken);
            if (requestId is null)
            {
                errors.Add($"本机关没有申请编号为“{number}”的申请。");
            }
        }

        if (form.Kind == AppealKind.LawsuitAfterReview)
        {
            bool linked = form.ReviewCaseId is { } reviewId
                && await db.AppealCases.AnyAsync(a => a.Id == reviewId && a.Kind == AppealKind.AdministrativeReview && a.AgencyId == entity.AgencyId, cancellationToken);
            if (!linked)
            {
                errors.Add("复议后起诉的案件须关联本机关登记的行政复议案件。");
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        entity.Kind = form.Kind;
        entity.RequestId = requestId;
        entity.Decision = Trim(form.Decision, 500);
        entity.ReviewCaseId = form.Kind == AppealKind.LawsuitAfterReview ? form.ReviewCaseId : null;
        entity.ApplicantName = Trim(form.ApplicantName, 200);
        entity.BodyName = Trim(form.BodyName, 200);
        entity.BodyLevel = form.BodyLevel;
        entity.CaseNumber = Trim(form.CaseNumber, 100);
        entity.FiledOn = filed;
        entity.CopyReceivedOn = form.CopyReceivedOn;
        entity.AnsweredOn = form.AnsweredOn;
        entity.DecidedOn = form.DecidedOn;
        entity.Disposition = form.Disposition;
        entity.CoDefendantOnly = form.CoDefendantOnly;
        entity.AppealFiledOn = form.AppealFiledOn;
        entity.AppealCourt = Trim(form.AppealCourt, 200);
        entity.AppealDecidedOn = form.AppealDecidedOn;
        entity.AppealDisposition = form.AppealDisposition;
        entity.Note = Trim(form.Note, 4000);
        return errors;
    }

    private static string Trim(string? text, int max) => (text ?? "").Trim() is var t && t.Length > max ? t[..max] : t;

    private async Task<IReadOnlyList<AppealView>> ViewsAsync(IReadOnlyList<AppealCase> cases, CancellationToken cancellationToken)
    {
        var requestIds = cases.Where(c => c.RequestId is not null).Select(c => c.RequestId!.Value).Distinct().ToList();
        var numbers = await db.Requests.AsNoTracking().Where(r => requestIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.TrackingNumber, cancellationToken);
        var today = desk.Today;
        return [.. cases.Select(c =>
        {
            var due = AppealDeadlines.AnswerDue(c, calendar);
            int? left = due is null || c.AnsweredOn is not null ? null : due.WorkingDaysLeft(calendar, today);
            return new AppealView(c.Id, c.AgencyId, c.Kind, c.Kind.ChineseLabel(), c.RequestId, c.RequestId is { } r ? numbers.GetValueOrDefault(r) : null, c.Decision,
                c.ReviewCaseId, c.ApplicantName, c.BodyName, c.BodyLevel, c.BodyLevel.ChineseLabel(c.Kind), c.CaseNumber,
                c.FiledOn, c.CopyReceivedOn, c.AnsweredOn, c.DecidedOn, c.Disposition,
                c.Result is { } result ? $"{result.ChineseLabel()}（{c.Disposition!.Value.ChineseLabel()}）" : "尚未审结",
                c.CoDefendantOnly, c.AppealFiledOn, c.AppealCourt, c.AppealDecidedOn, c.AppealDisposition, c.Note,
                due?.Due, left, left < 0, due is null ? [] : [.. due.Explanation.Select(s => s.ToString())],
                [.. c.Hearings.OrderBy(h => h.On).Select(h => new AppealView.Hearing(h.On, h.Note))],
                [.. c.Documents.Select(d => new AppealView.Document(d.Id, d.FileName))]);
        })];
    }
}
