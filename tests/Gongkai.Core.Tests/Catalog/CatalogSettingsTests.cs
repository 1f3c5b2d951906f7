using Gongkai.Core.Catalog;

namespace Gongkai.Core.Tests.Catalog;

public sealed class CatalogSettingsTests
{
    private static CatalogSettings Valid() => new() { CreditCode = "91350100M000100Y43", OrgCode = "M000100Y4", IndexScheme = IndexNumberScheme.DefaultTemplate, ReviewLevels = 2 };

    [Fact]
    public void Valid_settings_have_no_errors()
    {
        Assert.Empty(Valid().Validate());
    }

    [Fact]
    public void A_scheme_without_an_agency_code_is_refused_because_agencies_would_share_numbers()
    {
        var settings = Valid();
        settings.IndexScheme = "{year}-{seq:5}";
        Assert.Contains("须包含{creditCode}或{orgCode}", settings.Validate()["IndexScheme"][0]);
    }

    [Fact]
    public void A_scheme_using_the_org_code_needs_one()
    {
        var settings = Valid();
        (settings.IndexScheme, settings.OrgCode) = ("{orgCode}/{category}-{year}-{seq}", "");
        Assert.Equal("索引号规则使用了{orgCode}，请填写机构代码。", settings.Validate()["OrgCode"][0]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Review_levels_outside_one_to_five_are_refused(int levels)
    {
        var settings = Valid();
        settings.ReviewLevels = levels;
        Assert.Equal("审核级数应为1至5级。", settings.Validate()["ReviewLevels"][0]);
    }

    [Fact]
    public void A_guide_text_longer_than_its_column_is_refused()
    {
        var settings = Valid();
        settings.Remedies = new string('救', 2001);
        Assert.Equal("监督和救济不能超过2000个字。", settings.Validate()["Remedies"][0]);
    }

    [Fact]
    public void The_parser_error_of_the_scheme_is_shown()
    {
        var settings = Valid();
        settings.IndexScheme = "{creditCode}/{seq}";
        Assert.Contains("必须包含{year}和{seq}", settings.Validate()["IndexScheme"][0]);
    }
}
