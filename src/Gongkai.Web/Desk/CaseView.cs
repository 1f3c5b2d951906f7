using Gongkai.Core.Identity;
using Gongkai.Core.Requests;

using Gongkai.Web.Attachments;
using Gongkai.Web.Staffing;

namespace Gongkai.Web.Desk;

/// <summary>A case as the desk shows it: applicant data masked unless asked for (and audited).</summary>
public sealed record CaseView(
    long Id,
    int AgencyId,
    string TrackingNumber,
    ApplicantKind ApplicantKind,
    string ApplicantKindLabel,
    string ApplicantName,
    string IdNumber,
    string Phone,
    string Email,
    string Address,
    string InformationWanted,
    DeliveryForm DeliveryForm,
    DeliveryMeans DeliveryMeans,
    string Channel,
    DateOnly ReceivedOn,
    CaseState State,
    string StateLabel,
    DateOnly? DueOn,
    bool DueEstimated,
    string? Outcome,
    string? ClerkName,
    bool IsVoid,
    string? VoidReason,
    string IdDocument,
    IReadOnlyList<StepView> Steps,
    IReadOnlyList<DocumentView> Documents)
{
    /// <summary>The Chinese label of an outcome key, e.g. 不予公开：属于国家秘密.</summary>
    public static string? OutcomeLabel(string? key) => key is null ? null : ReplyOutcomes.FromKey(key)?.ChineseLabel();

    public static CaseView From(DisclosureRequest r, IReadOnlyList<DocumentView> documents, bool unmasked)
    {
        ArgumentNullException.ThrowIfNull(r);
        var a = r.Applicant;
        var person = a.Kind == ApplicantKind.NaturalPerson;
        return new CaseView(
            r.Id, r.AgencyId, r.TrackingNumber, a.Kind, a.Kind.ChineseLabel(),
            unmasked || !person ? a.Name : PersonalData.MaskName(a.Name),
            unmasked ? a.IdNumber : PersonalData.MaskIdNumber(a.IdNumber),
            unmasked ? a.Phone : PersonalData.MaskPhone(a.Phone),
            unmasked ? a.Email : PersonalData.MaskEmail(a.Email),
            unmasked ? a.Address : PersonalData.MaskAddress(a.Address),
            r.InformationWanted, r.DeliveryForm, r.DeliveryMeans, CaseDesk.ChannelLabel(r.Channel), r.ReceivedOn,
            r.State, r.State.ChineseLabel(), r.DueOn, r.DueEstimated, OutcomeLabel(r.Outcome), r.ClerkName, r.IsVoid, r.VoidReason, a.IdDocument.ChineseLabel(),
            r.Steps.OrderBy(s => s.On).ThenBy(s => s.Id).Select(StepView.From).ToList(),
            documents);
    }
}

/// <summary>One step on the timeline.</summary>
public sealed record StepView(long Id, StepKind Kind, string Label, DateOnly On, string ActorName, string? Note, int? Days, decimal? Amount, string? Outcome, string? LegalBasis, long? DocumentId,
    string? DocumentNumber, DeliveryMethod? Delivery, string? PostalTrackingNumber, string? Flags)
{
    public static StepView From(RequestStep s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Id, s.Kind, s.Kind.ChineseLabel(), s.On, s.ActorName, s.Note, s.Days, s.Amount, CaseView.OutcomeLabel(s.Outcome), s.LegalBasis, s.DocumentId,
            s.DocumentNumber, s.DeliveryMethod, s.PostalTrackingNumber, s.Flags);
    }
}

/// <summary>A document kept with a case (without its bytes).</summary>
public sealed record DocumentView(long Id, DocumentKind Kind, string FileName, DateTimeOffset CreatedAt, bool VisibleToApplicant);
