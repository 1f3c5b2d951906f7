using System.Globalization;
using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;
using Gongkai.Data.Desk;
using Gongkai.Web.Documents;
using Gongkai.Web.Mail;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Desk;

/// <summary>A letter written for a case: the stored document and its title.</summary>
public sealed record WrittenLetter(CaseDocument Document, string Title);

/// <summary>
/// The notices and replies a step writes: GB/T 9704 DOCX from the agency's template (the reply's from
/// the template of its outcome), numbered from the agency's 发文字号 sequence, naming the 复议机关 and
/// court, and mailed to the applicant who gave an e-mail address.
/// </summary>
public sealed partial class CaseDesk
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static DocumentKind? NoticeKind(StepKind kind) => kind switch
    {
        StepKind.Accepted => DocumentKind.AcceptanceNotice,
        StepKind.CorrectionRequested => DocumentKind.CorrectionNotice,
        StepKind.ConsultationStarted => DocumentKind.ConsultationLetter,
        StepKind.ExtensionApproved => DocumentKind.ExtensionNotice,
        StepKind.FeeNoticed => DocumentKind.FeeNotice,
        StepKind.Replied => DocumentKind.ReplyLetter,
        _ => null,
    };

    private async Task<WrittenLetter> WriteLetterAsync(DisclosureRequest request, RequestStep step, CaseStatus status, DocumentKind kind, LetterDraft? draft, CancellationToken cancellationToken)
    {
        var templates = await db.NoticeTemplates.AsNoTracking()
            .Where(t => t.Kind == kind && (t.AgencyId == request.AgencyId || t.AgencyId == null))
            .ToListAsync(cancellationToken);
        // The agency's own before the installation's; the outcome's own before the general reply letter.
        var template = templates.Where(t => t.Outcome == step.Outcome).OrderBy(t => t.AgencyId is null).FirstOrDefault()
            ?? NoticeTemplate.Defaults().FirstOrDefault(t => t.Kind == kind && t.Outcome == step.Outcome && step.Outcome is not null)
            ?? templates.Where(t => t.Outcome is null).OrderBy(t => t.AgencyId is null).FirstOrDefault()
            ?? NoticeTemplate.Defaults().First(t => t.Kind == kind && t.Outcome is null);
        var agency = await db.Agencies.AsNoTracking().FirstAsync(a => a.Id == request.AgencyId, cancellationToken);
        var settings = await db.OfficeSettings.AsNoTracking().FirstOrDefaultAsync(s => s.AgencyId == request.AgencyId, cancellationToken)
            ?? new OfficeSettings { AgencyId = request.AgencyId };
        DocumentNumber? number = null;
        if (kind != DocumentKind.Acknowledgement)
        {
            number = await db.NextAsync(request.AgencyId, settings.NumberPrefix.Length > 0 ? settings.NumberPrefix : agency.Name + "依申请公开", step.On.Year, cancellationToken);
            step.DocumentNumber = number.ToString();
        }

        var extension = request.Steps.LastOrDefault(s => s.Kind == StepKind.ExtensionRequested);
        var values = new Dictionary<string, string>
        {
            ["note"] = (step.Kind == StepKind.ExtensionApproved ? extension?.Note : step.Note) ?? "",
            ["days"] = (step.Kind == StepKind.ExtensionApproved ? extension?.Days : step.Days)?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["amount"] = step.Amount is { } amount ? LetterComposer.Format(amount) : "",
            ["outcome"] = step.Outcome ?? "",
            ["legalBasis"] = step.LegalBasis ?? "",
            ["withheld"] = draft?.Withheld ?? "",
            ["thirdParty"] = draft?.ThirdParty ?? "",
            ["feeBreakdown"] = draft is { FeeMethod: { } method, FeeQuantity: { } quantity }
                ? ProcessingFee.Assess(method, quantity).Breakdown() + (draft.FeeReason is { Length: > 0 } why ? $"（调整理由：{why}）" : "")
                : "",
        };
        var attachments = kind == DocumentKind.ReplyLetter
            ? await db.Documents.AsNoTracking().Where(d => d.RequestId == request.Id && d.Kind == DocumentKind.DisclosedDocument).OrderBy(d => d.Id).Select(d => d.FileName).ToListAsync(cancellationToken)
            : [];
        var letter = LetterComposer.Compose(template, new LetterInput(request, kind, step.On, status.DueOn, settings, agency.Name, number, values, attachments));
        var document = new CaseDocument
        {
            Kind = kind,
            FileName = $"{request.TrackingNumber}-{letter.Title}.docx",
            ContentType = Docx,
            Content = OfficialDocument.Write(letter),
            CreatedAt = clock.GetUtcNow(),
            VisibleToApplicant = kind != DocumentKind.ConsultationLetter,
        };
        return new WrittenLetter(document, letter.Title);
    }

    /// <summary>E-mails a letter to the applicant who gave an address; a message sent is audited.</summary>
    private async Task MailAsync(DisclosureRequest request, WrittenLetter letter, string subject, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Applicant.Email) || letter.Document.Kind == DocumentKind.ConsultationLetter)
        {
            return;
        }

        var body = $"{request.Applicant.Name}：\n\n{subject}。{letter.Title}见附件。\n"
            + $"您可以凭申请编号{request.TrackingNumber}和查询码在政府信息公开申请查询页面查看办理进度、在线补正和下载答复。\n\n本邮件由系统发送，请勿直接回复。";
        var attachments = new List<MailAttachment> { new(letter.Document.FileName, letter.Document.ContentType, letter.Document.Content) };
        var sent = await mail.SendAsync(request.AgencyId, request.Applicant.Email, subject, body, attachments, cancellationToken);
        if (sent)
        {
            audit.Record(null, "Mailed", request.Id, $"{request.TrackingNumber}: {letter.Title}", request.AgencyId);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
