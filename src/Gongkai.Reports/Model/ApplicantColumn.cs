namespace Gongkai.Reports.Model;

/// <summary>The seven columns of section 三: six kinds of applicant and the total.</summary>
public enum ApplicantColumn
{
    NaturalPerson,
    CommercialEnterprise,
    ResearchInstitution,
    PublicInterestOrganization,
    LegalServiceOrganization,
    OtherOrganization,
    Total,
}

public static class ApplicantColumns
{
    public const int Count = 7;

    /// <summary>The six applicant columns, without <see cref="ApplicantColumn.Total"/>.</summary>
    public static readonly ApplicantColumn[] Applicants =
    [
        ApplicantColumn.NaturalPerson, ApplicantColumn.CommercialEnterprise, ApplicantColumn.ResearchInstitution,
        ApplicantColumn.PublicInterestOrganization, ApplicantColumn.LegalServiceOrganization, ApplicantColumn.OtherOrganization,
    ];

    public static readonly ApplicantColumn[] All = [.. Applicants, ApplicantColumn.Total];

    public static string ChineseLabel(this ApplicantColumn column) => column switch
    {
        ApplicantColumn.NaturalPerson => "自然人",
        ApplicantColumn.CommercialEnterprise => "商业企业",
        ApplicantColumn.ResearchInstitution => "科研机构",
        ApplicantColumn.PublicInterestOrganization => "社会公益组织",
        ApplicantColumn.LegalServiceOrganization => "法律服务机构",
        ApplicantColumn.OtherOrganization => "其他",
        _ => "总计",
    };
}
