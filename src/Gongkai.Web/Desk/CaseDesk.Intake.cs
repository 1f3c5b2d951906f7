using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;
using Gongkai.Core.Identity;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Gongkai.Web.Attachments;
using Gongkai.Web.Documents;
using Gongkai.Web.Staffing;

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
    DeliveryMeans DeliveryMeans,
    IdentityDocumentKind? IdDocument = null)
{
    /// <summary>The document given, or the usual one for the kind of applicant (ID card, credit code).</summary>
    public IdentityDocumentKind Document => IdDocument ?? (Kind == ApplicantKind.NaturalPerson ? IdentityDocumentKind.IdCard : IdentityDocumentKind.CreditCode);
}

/// <summary>Intake: checking the form, submitting online or registering on paper, tracking number and query code.</summary>
public sealed partial class CaseDesk
{
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

        if (Enum.IsDefined(form.Kind) && IdentityDocument.Check(form.Kind, form.Document, form.IdNumber) is { } idProblem)
        {
            Fail(nameof(form.IdNumber), idProblem);
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
        var queryCode = RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
        var request = new DisclosureRequest
        {
            AgencyId = agencyId,
            TrackingNumber = NewTrackingNumber(),
            QueryCodeHash = Hash(queryCode),
            Applicant = new Applicant
            {
                Kind = form.Kind,
                Name = form.Name.Trim(),
                IdDocument = form.Document,
                IdNumber = IdentityDocument.Normalize(form.IdNumber),
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

        var status = DeskLifecycle.Evaluate(request.Steps, channel, calendar, Today);
        CaseRow.Apply(request, status, calendar);
        // The 登记回执 for every channel: handed over or posted by the clerk, downloadable by the applicant.
        var receipt = await WriteLetterAsync(request, request.Steps[0], status, DocumentKind.Acknowledgement, null, cancellationToken);
        request.Documents.Add(receipt.Document);
        db.Requests.Add(request);
        audit.Record(registeredBy, registeredBy is null ? "Submitted" : "Registered", null, $"{request.TrackingNumber} {ChannelLabel(channel)}", agencyId);
        await db.SaveChangesAsync(cancellationToken);
        await MailAsync(request, receipt, $"您的政府信息公开申请已登记（申请编号{request.TrackingNumber}，查询码{queryCode}）", cancellationToken);
        return (request, queryCode);
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
}
