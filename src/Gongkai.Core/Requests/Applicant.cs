namespace Gongkai.Core.Requests;

/// <summary>
/// The kind of applicant, one per applicant column of section 三 of the annual report
/// (自然人 and the five kinds of 法人或其他组织).
/// </summary>
public enum ApplicantKind
{
    NaturalPerson,
    CommercialEnterprise,
    ResearchInstitution,
    PublicInterestOrganization,
    LegalServiceOrganization,
    OtherOrganization,
}

/// <summary>Chinese labels of <see cref="ApplicantKind"/> as the report's column headers spell them.</summary>
public static class ApplicantKinds
{
    public static string ChineseLabel(this ApplicantKind kind) => kind switch
    {
        ApplicantKind.NaturalPerson => "自然人",
        ApplicantKind.CommercialEnterprise => "商业企业",
        ApplicantKind.ResearchInstitution => "科研机构",
        ApplicantKind.PublicInterestOrganization => "社会公益组织",
        ApplicantKind.LegalServiceOrganization => "法律服务机构",
        ApplicantKind.OtherOrganization => "其他（法人或其他组织）",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "未知的申请人类型"),
    };

    public static bool IsOrganization(this ApplicantKind kind) => kind != ApplicantKind.NaturalPerson;
}

/// <summary>
/// The applicant of a disclosure request, as 第二十九条 requires: name, identity document (ID number
/// for a person, unified social credit code for an organization) and contact.
/// </summary>
public sealed class Applicant
{
    public ApplicantKind Kind { get; set; }

    public required string Name { get; set; }

    /// <summary>ID card number (自然人) or unified social credit code (组织).</summary>
    public required string IdNumber { get; set; }

    public required string Phone { get; set; }

    public string Email { get; set; } = "";

    public string Address { get; set; } = "";

    /// <summary>For an organization: the person acting for it.</summary>
    public string ContactPerson { get; set; } = "";
}
