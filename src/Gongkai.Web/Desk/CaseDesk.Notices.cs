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

/// <summary>The notices and replies a step writes (GB/T 9704 DOCX from the agency's templates).</summary>
public sealed partial class CaseDesk
{
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
}
