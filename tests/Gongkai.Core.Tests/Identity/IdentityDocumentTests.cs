using Gongkai.Core.Identity;
using Gongkai.Core.Requests;

namespace Gongkai.Core.Tests.Identity;

public sealed class IdentityDocumentTests
{
    [Theory]
    [InlineData("11010519491231002X")] // the example of GB 11643
    [InlineData("11010519491231002x")]
    [InlineData("440101199001011233")]
    [InlineData("810000199408230021")] // a Hong Kong resident's residence permit
    public void An_id_card_number_with_its_check_digit_is_accepted(string number)
    {
        Assert.Null(IdentityDocument.Check(ApplicantKind.NaturalPerson, IdentityDocumentKind.IdCard, number));
    }

    [Fact]
    public void A_wrong_check_digit_names_the_right_one()
    {
        Assert.Equal("居民身份证号码的校验码（第18位）应为“3”，请核对。",
            IdentityDocument.Check(ApplicantKind.NaturalPerson, IdentityDocumentKind.IdCard, "440101199001011234"));
    }

    [Fact]
    public void An_id_card_number_with_an_impossible_birth_date_is_refused()
    {
        Assert.Equal("居民身份证号码第7至14位应为出生日期，请核对。",
            IdentityDocument.Check(ApplicantKind.NaturalPerson, IdentityDocumentKind.IdCard, "440101199002301234"));
    }

    [Fact]
    public void An_organization_is_checked_by_the_credit_code_check_character()
    {
        Assert.Equal("统一社会信用代码的校验码（第18位）应为“3”，请核对。",
            IdentityDocument.Check(ApplicantKind.CommercialEnterprise, IdentityDocumentKind.CreditCode, "91350100M000100Y44"));
    }

    [Fact]
    public void An_organization_cannot_give_a_passport()
    {
        Assert.Equal("法人或其他组织请填写统一社会信用代码。",
            IdentityDocument.Check(ApplicantKind.CommercialEnterprise, IdentityDocumentKind.Passport, "E12345678"));
    }

    [Theory]
    [InlineData(IdentityDocumentKind.Passport, "E12345678")]
    [InlineData(IdentityDocumentKind.Passport, "ea1234567")]
    [InlineData(IdentityDocumentKind.HongKongMacaoPermit, "H12345678")]
    [InlineData(IdentityDocumentKind.HongKongMacaoPermit, "M1234567890")]
    [InlineData(IdentityDocumentKind.TaiwanPermit, "12345678")]
    public void A_person_may_give_a_passport_or_a_travel_permit(IdentityDocumentKind kind, string number)
    {
        Assert.Null(IdentityDocument.Check(ApplicantKind.NaturalPerson, kind, number));
    }

    [Theory]
    [InlineData(IdentityDocumentKind.HongKongMacaoPermit, "X12345678")]
    [InlineData(IdentityDocumentKind.TaiwanPermit, "1234567")]
    [InlineData(IdentityDocumentKind.Passport, "E1-2345")]
    public void A_travel_document_in_the_wrong_format_is_refused(IdentityDocumentKind kind, string number)
    {
        Assert.NotNull(IdentityDocument.Check(ApplicantKind.NaturalPerson, kind, number));
    }
}
