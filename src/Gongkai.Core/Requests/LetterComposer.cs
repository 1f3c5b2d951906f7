using System.Globalization;
using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;

namespace Gongkai.Core.Requests;

/// <summary>What a letter is written from: the case, the step, and what the agency set.</summary>
/// <param name="Request">The case.</param>
/// <param name="Kind">The letter's kind.</param>
/// <param name="On">The letter's date (成文日期).</param>
/// <param name="DueOn">The date the letter gives (reply, correction, payment or answer deadline).</param>
/// <param name="Settings">The agency's letter settings.</param>
/// <param name="AgencyName">The agency's name, the issuer where the settings name none.</param>
/// <param name="Number">The 发文字号; null for the receipt.</param>
/// <param name="Values">Step values: note, days, amount, outcome, withheld, feeBreakdown, thirdParty, statusUrl….</param>
/// <param name="Attachments">Names of the documents sent with it.</param>
public sealed record LetterInput(DisclosureRequest Request, DocumentKind Kind, DateOnly On, DateOnly? DueOn, OfficeSettings Settings,
    string AgencyName, DocumentNumber? Number, IReadOnlyDictionary<string, string> Values, IReadOnlyList<string> Attachments);

/// <summary>
/// Fills a template into a <see cref="Letter"/>. Every letter to the applicant that decides something
/// (acceptance, correction, extension, fee, reply) names the 复议机关 and the court with their periods;
/// the receipt and the letter to a third party do not (they decide nothing the addressee could challenge).
/// Dates are written plainly: whether a date rests on an estimated year is for the clerk, not the letter.
/// </summary>
public static class LetterComposer
{
    /// <summary>The values every template can use, from the case and the step.</summary>
    public static Dictionary<string, string> Values(LetterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = input.Request;
        var values = new Dictionary<string, string>
        {
            ["applicant"] = request.Applicant.Name,
            ["trackingNumber"] = request.TrackingNumber,
            ["receivedOn"] = ChineseDate.Format(request.ReceivedOn),
            ["receiptRule"] = request.Channel.ReceiptRule(),
            ["dueOn"] = input.DueOn is { } due ? ChineseDate.Format(due) : "",
            ["information"] = request.InformationWanted,
            ["agency"] = Issuer(input),
            ["paymentMethod"] = input.Settings.PaymentMethod,
            ["today"] = ChineseDate.Format(input.On),
            ["note"] = "",
            ["days"] = "",
            ["amount"] = "",
            ["feeBreakdown"] = "",
            ["outcome"] = "",
            ["decision"] = "",
            ["withheld"] = "",
            ["legalBasis"] = "",
            ["thirdParty"] = "有关第三方",
            ["statusUrl"] = "本机关政府信息公开申请查询页面",
        };
        foreach (var (key, value) in input.Values)
        {
            if (!string.IsNullOrEmpty(value))
            {
                values[key] = value;
            }
        }

        if (ReplyOutcomes.FromKey(values["outcome"]) is { } outcome)
        {
            values["outcome"] = outcome.ChineseLabel();
            if (values["decision"].Length == 0)
            {
                values["decision"] = NoticeTemplate.Fill(outcome.Decision(), values);
            }

            if (values["legalBasis"].Length == 0)
            {
                values["legalBasis"] = outcome.LegalBasis();
            }
        }

        return values;
    }

    /// <summary>The letter, ready to be written as a document (Gongkai.Web.Documents.OfficialDocument).</summary>
    public static Letter Compose(NoticeTemplate template, LetterInput input)
    {
        ArgumentNullException.ThrowIfNull(template);
        var values = Values(input);
        var settings = input.Settings;
        string? remedies = input.Kind switch
        {
            DocumentKind.Acknowledgement or DocumentKind.ConsultationLetter => null,
            _ => AppealRights.Sentence(input.Kind == DocumentKind.ReplyLetter ? "答复" : "告知", Named(settings.ReviewBody, "本机关的上一级行政机关或者本级人民政府"), Named(settings.Court, "有管辖权的人民法院")),
        };
        var contact = settings.ContactPerson.Length > 0 || settings.ContactPhone.Length > 0
            ? string.Join("，", new[] { settings.ContactPerson.Length > 0 ? "联系人：" + settings.ContactPerson : "", settings.ContactPhone.Length > 0 ? "联系电话：" + settings.ContactPhone : "" }.Where(s => s.Length > 0))
            : null;
        return new Letter(Issuer(input), input.Number, NoticeTemplate.Fill(template.Title, values), NoticeTemplate.Fill(template.Body, values),
            input.On, remedies, input.Attachments, contact);
    }

    /// <summary>Days, amounts and the like as a template shows them.</summary>
    public static string Format(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Issuer(LetterInput input) => string.IsNullOrWhiteSpace(input.Settings.IssuerName) ? input.AgencyName : input.Settings.IssuerName;

    private static string Named(string value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;
}

/// <summary>A letter to write in the official layout.</summary>
/// <param name="Issuer">发文机关署名 (and the head of a numbered letter).</param>
/// <param name="Number">The 发文字号; null for a document without one (the 登记回执).</param>
/// <param name="Title">The title.</param>
/// <param name="Body">Paragraphs, one a line; the first is the addressee.</param>
/// <param name="Date">成文日期.</param>
/// <param name="Remedies">The remedies paragraph naming the 复议机关 and the court (<see cref="AppealRights"/>).</param>
/// <param name="Attachments">The names of the attached documents (附件说明).</param>
/// <param name="Contact">附注: contact person and phone.</param>
public sealed record Letter(string Issuer, DocumentNumber? Number, string Title, string Body, DateOnly Date,
    string? Remedies = null, IReadOnlyList<string>? Attachments = null, string? Contact = null);
