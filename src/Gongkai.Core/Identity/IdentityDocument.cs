using System.Text.RegularExpressions;
using Gongkai.Core.Requests;

namespace Gongkai.Core.Identity;

/// <summary>The identity document an applicant gives (第二十九条: 身份证明).</summary>
public enum IdentityDocumentKind
{
    /// <summary>居民身份证 (and the residence permits of Hong Kong, Macao and Taiwan residents, same number).</summary>
    IdCard,

    /// <summary>护照.</summary>
    Passport,

    /// <summary>港澳居民来往内地通行证.</summary>
    HongKongMacaoPermit,

    /// <summary>台湾居民来往大陆通行证.</summary>
    TaiwanPermit,

    /// <summary>统一社会信用代码, the only document of an organization.</summary>
    CreditCode,
}

/// <summary>
/// The one check of an applicant's identity document, used by every form (portal, desk, API): the
/// check digit of 公民身份号码 (GB 11643), the check character of 统一社会信用代码 (GB 32100), and the
/// number formats of passports and the mainland travel permits.
/// </summary>
public static partial class IdentityDocument
{
    /// <summary>The document's Chinese name, e.g. 港澳居民来往内地通行证.</summary>
    public static string ChineseLabel(this IdentityDocumentKind kind) => kind switch
    {
        IdentityDocumentKind.IdCard => "居民身份证",
        IdentityDocumentKind.Passport => "护照",
        IdentityDocumentKind.HongKongMacaoPermit => "港澳居民来往内地通行证",
        IdentityDocumentKind.TaiwanPermit => "台湾居民来往大陆通行证",
        IdentityDocumentKind.CreditCode => "统一社会信用代码",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "未知的身份证明"),
    };

    /// <summary>The documents an applicant of <paramref name="applicant"/> kind may give.</summary>
    public static IReadOnlyList<IdentityDocumentKind> For(ApplicantKind applicant) => applicant == ApplicantKind.NaturalPerson
        ? [IdentityDocumentKind.IdCard, IdentityDocumentKind.Passport, IdentityDocumentKind.HongKongMacaoPermit, IdentityDocumentKind.TaiwanPermit]
        : [IdentityDocumentKind.CreditCode];

    /// <summary>The number as stored: trimmed, without inner spaces, letters in capitals.</summary>
    public static string Normalize(string? number) => string.Concat((number ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary>
    /// Why <paramref name="number"/> is not a valid <paramref name="kind"/> for an applicant of
    /// <paramref name="applicant"/> kind, in Chinese; null when it is.
    /// </summary>
    public static string? Check(ApplicantKind applicant, IdentityDocumentKind kind, string? number)
    {
        if (!Enum.IsDefined(kind) || !For(applicant).Contains(kind))
        {
            return applicant == ApplicantKind.NaturalPerson
                ? "自然人请选择居民身份证、护照、港澳居民来往内地通行证或台湾居民来往大陆通行证。"
                : "法人或其他组织请填写统一社会信用代码。";
        }

        var text = Normalize(number);
        return kind switch
        {
            IdentityDocumentKind.IdCard => IdCardNumber.Check(text),
            IdentityDocumentKind.CreditCode => UnifiedCreditCode.Check(text),
            _ when text.Length == 0 => $"请填写{kind.ChineseLabel()}号码。",
            IdentityDocumentKind.Passport when !PassportPattern().IsMatch(text) => "护照号码应为5至20位字母或数字。",
            IdentityDocumentKind.HongKongMacaoPermit when !HongKongMacaoPattern().IsMatch(text) => "港澳居民来往内地通行证号码应为H或M加8位（旧版10位）数字。",
            IdentityDocumentKind.TaiwanPermit when !TaiwanPattern().IsMatch(text) => "台湾居民来往大陆通行证号码应为8位（旧版10位）数字。",
            _ => null,
        };
    }

    [GeneratedRegex("^[A-Z0-9]{5,20}$")]
    private static partial Regex PassportPattern();

    [GeneratedRegex(@"^[HM](\d{8}|\d{10})$")]
    private static partial Regex HongKongMacaoPattern();

    [GeneratedRegex(@"^(\d{8}|\d{10})$")]
    private static partial Regex TaiwanPattern();
}
