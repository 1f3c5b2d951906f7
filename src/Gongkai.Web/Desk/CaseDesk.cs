using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Desk;

/// <summary>What an applicant (or a clerk registering a paper request) fills in: the form of 第二十九条.</summary>
public sealed record RequestForm(
    ApplicantKind Kind,
    string Name,
    string IdNumber,
    string Phone,
    string? Email,
    string? Address,
    string? ContactPerson,
    string InformationWanted,
    DeliveryForm DeliveryForm,
    DeliveryMeans DeliveryMeans);

/// <summary>A step a staff member asks for on a case.</summary>
public sealed record StepForm(StepKind Kind, DateOnly? On, string? Note, int? Days, decimal? Amount, string? Outcome, string? LegalBasis);

/// <summary>The outcome of asking for a step: done, refused with a Chinese reason, or no such case in scope.</summary>
public sealed record StepResult(RequestStep? Step, string? Refusal, bool NotFound)
{
    public bool Done => Step is not null;
}

/// <summary>
/// The desk's operations on requests: submission, registration, and each lifecycle step. A step is
/// checked against the steps so far (<see cref="DeskLifecycle"/>); a refused step is a result with
/// the reason. The computed state and due date are kept on the request row for the inbox.
/// </summary>
public sealed class CaseDesk(GongkaiDbContext db, TimeProvider clock, WorkdayCalendar calendar, AuditLog audit, AgencyScope scope)
{
    /// <summary>China Standard Time, in which legal dates are counted.</summary>
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaOffset).DateTime);

    /// <summary>Validates the form; returns field → Chinese message.</summary>
    public static Dictionary<string, string[]> Validate(RequestForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];
        if (!Enum.IsDefined(form.Kind))
        {
            Fail(nameof(form.Kind), "请选择申请人类型。");
        }

        if (string.IsNullOrWhiteSpace(form.Name))
        {
            Fail(nameof(form.Name), form.Kind == ApplicantKind.NaturalPerson ? "请填写姓名。" : "请填写单位名称。");
        }
        else if (form.Name.Length > 100)
        {
            Fail(nameof(form.Name), "名称不能超过100个字。");
        }

        var id = form.IdNumber?.Trim() ?? "";
        if (form.Kind == ApplicantKind.NaturalPerson ? !IsIdCardNumber(id) : !IsCreditCode(id))
        {
            Fail(nameof(form.IdNumber), form.Kind == ApplicantKind.NaturalPerson
                ? "请填写18位居民身份证号码（最后一位可为X）。"
                : "请填写18位统一社会信用代码。");
        }

        var phone = form.Phone?.Trim() ?? "";
        if (phone.Length is < 7 or > 20 || !phone.All(c => char.IsAsciiDigit(c) || c is '-' or '+' or ' '))
        {
            Fail(nameof(form.Phone), "请填写有效的联系电话。");
        }

        if (!string.IsNullOrWhiteSpace(form.Email) && !form.Email.Contains('@', StringComparison.Ordinal))
        {
            Fail(nameof(form.Email), "电子邮箱格式不正确。");
        }

        if (string.IsNullOrWhiteSpace(form.InformationWanted) || form.InformationWanted.Trim().Length < 5)
        {
            Fail(nameof(form.InformationWanted), "请描述所需信息（名称、文号或者便于查询的其他特征性描述），不少于5个字。");
        }
        else if (form.InformationWanted.Length > 2000)
        {
            Fail(nameof(form.InformationWanted), "所需信息的描述不能超过2000个字。");
        }

        if (form.DeliveryMeans == DeliveryMeans.Post && string.IsNullOrWhiteSpace(form.Address))
        {
            Fail(nameof(form.Address), "选择邮寄的，请填写通信地址。");
        }

        if (form.DeliveryMeans == DeliveryMeans.Email && string.IsNullOrWhiteSpace(form.Email))
        {
            Fail(nameof(form.Email), "选择电子邮件的，请填写电子邮箱。");
        }

        return errors;
    }

    /// <summary>
    /// Stores a new request and its receipt; returns the request and the query code (shown once).
    /// The caller acknowledges only after this returns: the transaction has committed by then.
    /// </summary>
    public async Task<(DisclosureRequest Request, string QueryCode)> SubmitAsync(
        int agencyId, RequestForm form, ReceiptChannel channel, DateOnly? receivedOn, IReadOnlyList<Uploads.Checked> attachments, Staff? registeredBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var now = clock.GetUtcNow();
        var queryCode = QueryCode.New();
        var request = new DisclosureRequest
        {
            AgencyId = agencyId,
            TrackingNumber = NewTrackingNumber(),
            QueryCodeHash = Hash(QueryCode.Normalize(queryCode)),
            Applicant = new Applicant
            {
                Kind = form.Kind,
                Name = form.Name.Trim(),
                IdNumber = form.IdNumber.Trim().ToUpperInvariant(),
                Phone = form.Phone.Trim(),
                Email = form.Email?.Trim() ?? "",
                Address = form.Address?.Trim() ?? "",
                ContactPerson = form.ContactPerson?.Trim() ?? "",
            },
            InformationWanted = form.InformationWanted.Trim(),
            DeliveryForm = form.DeliveryForm,
            DeliveryMeans = form.DeliveryMeans,
            Channel = channel,
            SubmittedAt = now,
            // 第三十一条: online, the acknowledgement is the confirmation of both sides, given today.
            ReceivedOn = channel == ReceiptChannel.Online ? Today : receivedOn ?? Today,
            ClerkId = registeredBy?.UserId,
            ClerkName = registeredBy?.Name,
        };
        request.Steps.Add(new RequestStep
        {
            Kind = StepKind.Received,
            On = request.ReceivedOn,
            RecordedAt = now,
            ActorId = registeredBy?.UserId,
            ActorName = registeredBy?.Name ?? "申请人（网上提交）",
            Note = ChannelLabel(channel),
        });
        foreach (var file in attachments)
        {
            request.Documents.Add(new CaseDocument { Kind = DocumentKind.Attachment, FileName = file.FileName, ContentType = file.ContentType, Content = file.Content, CreatedAt = now });
        }

        Apply(request, DeskLifecycle.Evaluate(request.Steps, channel, calendar, Today));
        db.Requests.Add(request);
        audit.Record(registeredBy, registeredBy is null ? "Submitted" : "Registered", null, $"{request.TrackingNumber} {ChannelLabel(channel)}", agencyId);
        await db.SaveChangesAsync(cancellationToken);
        return (request, queryCode);
    }

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
        return request is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(request.QueryCodeHash), Encoding.ASCII.GetBytes(Hash(QueryCode.Normalize(queryCode))))
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
            Days = form.Days,
            Amount = form.Amount,
            Outcome = form.Outcome,
            LegalBasis = string.IsNullOrWhiteSpace(form.LegalBasis) ? null : form.LegalBasis.Trim(),
        };
        var check = DeskLifecycle.Check(request.Steps, request.Channel, step, staff.Role, Today, calendar);
        if (!check.Allowed)
        {
            audit.Record(staff, "StepRefused", request.Id, $"{form.Kind}: {check.Reason}");
            await db.SaveChangesAsync(cancellationToken);
            return new StepResult(null, check.Reason, NotFound: false);
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
            return new StepResult(null, "该申请已被他人同时办理，请刷新后重试。", NotFound: false);
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

    private static DocumentKind? NoticeKind(StepKind kind) => kind switch
    {
        StepKind.CorrectionRequested => DocumentKind.CorrectionNotice,
        StepKind.ConsultationStarted => DocumentKind.ConsultationLetter,
        StepKind.ExtensionApproved => DocumentKind.ExtensionNotice,
        StepKind.FeeNoticed => DocumentKind.FeeNotice,
        StepKind.Replied => DocumentKind.ReplyLetter,
        _ => null,
    };

    private async Task<CaseDocument> WriteNoticeAsync(DisclosureRequest request, RequestStep step, CaseStatus status, DocumentKind kind, Agency agency, CancellationToken cancellationToken)
    {
        var template = await db.NoticeTemplates.AsNoTracking()
            .Where(t => t.Kind == kind && (t.AgencyId == request.AgencyId || t.AgencyId == null))
            .OrderBy(t => t.AgencyId == null) // the agency's own first (PostgreSQL sorts NULL first when descending)
            .FirstOrDefaultAsync(cancellationToken)
            ?? NoticeTemplate.Defaults().First(t => t.Kind == kind);
        var days = step.Kind == StepKind.ExtensionApproved
            ? request.Steps.LastOrDefault(s => s.Kind == StepKind.ExtensionRequested)?.Days
            : step.Days;
        var note = step.Kind == StepKind.ExtensionApproved
            ? request.Steps.LastOrDefault(s => s.Kind == StepKind.ExtensionRequested)?.Note
            : step.Note;
        var values = new Dictionary<string, string>
        {
            ["applicant"] = request.Applicant.Name,
            ["trackingNumber"] = request.TrackingNumber,
            ["receivedOn"] = OfficialDocument.ChineseDate(request.ReceivedOn),
            ["dueOn"] = status.DueOn is { } due ? OfficialDocument.ChineseDate(due) : "",
            ["information"] = request.InformationWanted,
            ["days"] = days?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["amount"] = step.Amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "",
            ["outcome"] = ReplyOutcomes.FromKey(step.Outcome ?? "")?.ChineseLabel() ?? "",
            ["legalBasis"] = step.LegalBasis ?? "",
            ["note"] = note ?? "",
            ["agency"] = agency.Name,
            ["today"] = OfficialDocument.ChineseDate(step.On),
        };
        var title = NoticeTemplate.Fill(template.Title, values);
        var bytes = OfficialDocument.Write(title, NoticeTemplate.Fill(template.Body, values), agency.Name, step.On);
        return new CaseDocument
        {
            Kind = kind,
            FileName = $"{request.TrackingNumber}-{title}.docx",
            ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Content = bytes,
            CreatedAt = clock.GetUtcNow(),
            VisibleToApplicant = kind != DocumentKind.ConsultationLetter,
        };
    }

    private static void Apply(DisclosureRequest request, CaseStatus status)
    {
        request.State = status.State;
        request.DueOn = status.DueOn;
        request.IsOpen = status.IsOpen;
        request.ClosedOn = status.ClosedOn;
        request.Outcome = status.Outcome;
    }

    private static string NewTrackingNumber()
    {
        const string alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        Span<char> tail = stackalloc char[8];
        for (var i = 0; i < tail.Length; i++)
        {
            tail[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        return $"GK{tail}";
    }

    private static string Hash(string code) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code)));

    private static bool IsIdCardNumber(string id) =>
        id.Length == 18 && id[..17].All(char.IsAsciiDigit) && (char.IsAsciiDigit(id[17]) || id[17] is 'X' or 'x');

    private static bool IsCreditCode(string code) =>
        code.Length == 18 && code.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c) || char.IsAsciiLetterLower(c));
}
