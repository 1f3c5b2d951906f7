using Gongkai.Core.Identity;

namespace Gongkai.Core.Requests;

/// <summary>
/// The kind of applicant, one per applicant column of section 三 of the annual report
/// (自然人 and the five kinds of 法人或其他组织).
/// </summary>
public enum ApplicantKind
{
    /// <summary>自然人 (column 1).</summary>
    NaturalPerson,
    /// <summary>商业企业 (column 2).</summary>
    CommercialEnterprise,
    /// <summary>科研机构 (column 3).</summary>
    ResearchInstitution,
    /// <summary>社会公益组织 (column 4).</summary>
    PublicInterestOrganization,
    /// <summary>法律服务机构 (column 5).</summary>
    LegalServiceOrganization,
    /// <summary>其他法人或其他组织 (column 6).</summary>
    OtherOrganization,
}

/// <summary>Chinese labels of <see cref="ApplicantKind"/> as the report's column headers spell them.</summary>
public static class ApplicantKinds
{
    /// <summary>The column header of the kind, e.g. 商业企业.</summary>
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

    /// <summary>True for the five kinds of 法人或其他组织.</summary>
    public static bool IsOrganization(this ApplicantKind kind) => kind != ApplicantKind.NaturalPerson;
}

/// <summary>
/// The applicant of a disclosure request, as 第二十九条 requires: name, identity document (ID number
/// for a person, unified social credit code for an organization) and contact.
/// </summary>
public sealed class Applicant
{
    /// <summary>The applicant's column in section 三.</summary>
    public ApplicantKind Kind { get; set; }

    /// <summary>The person's name or the organization's full name.</summary>
    public required string Name { get; set; }

    /// <summary>The identity document given: an ID card, passport or travel permit for a person, the credit code for an organization.</summary>
    public IdentityDocumentKind IdDocument { get; set; }

    /// <summary>The number of <see cref="IdDocument"/>, checked by <see cref="IdentityDocument.Check"/>.</summary>
    public required string IdNumber { get; set; }

    /// <summary>A phone number for contact (第二十九条).</summary>
    public required string Phone { get; set; }

    /// <summary>An e-mail address, needed when the reply is to be sent by e-mail.</summary>
    public string Email { get; set; } = "";

    /// <summary>A postal address, needed when the reply is to be posted.</summary>
    public string Address { get; set; } = "";

    /// <summary>For an organization: the person acting for it.</summary>
    public string ContactPerson { get; set; } = "";
}
