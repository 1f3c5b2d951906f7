using Gongkai.Core.Identity;

namespace Gongkai.Core.Tests.Identity;

public sealed class UnifiedCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("11440000MB2C94231U")]
    [InlineData("91110000600037341L")]
    public void A_code_with_its_check_character_is_accepted(string code)
    {
        Assert.Null(UnifiedCreditCode.Check(code));
    }

    [Fact]
    public void Lower_case_letters_and_spaces_are_normalized_before_the_check()
    {
        Assert.Null(UnifiedCreditCode.Check(" 91350100m000100y43 "));
        Assert.Equal("91350100M000100Y43", UnifiedCreditCode.Normalize(" 91350100m000100y43 "));
    }

    [Fact]
    public void A_wrong_check_character_names_the_right_one()
    {
        Assert.Equal("统一社会信用代码的校验码（第18位）应为“3”，请核对。", UnifiedCreditCode.Check("91350100M000100Y44"));
    }

    [Fact]
    public void A_code_of_the_wrong_length_says_how_long_it_is()
    {
        Assert.Equal("统一社会信用代码应为18位，填写的是10位。", UnifiedCreditCode.Check("AGENCY0001"));
    }

    [Theory]
    [InlineData("91350100M000100I43", "I")]
    [InlineData("9135010OM000100Y43", "O")]
    [InlineData("91350100S000100Y43", "S")]
    public void Letters_outside_the_gb_32100_alphabet_are_named(string code, string letter)
    {
        Assert.Contains($"不能含“{letter}”", UnifiedCreditCode.Check(code));
    }

    [Fact]
    public void An_empty_code_is_asked_for()
    {
        Assert.Equal("请填写统一社会信用代码。", UnifiedCreditCode.Check(""));
    }
}
