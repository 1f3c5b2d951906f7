using Gongkai.Core.Catalog;

namespace Gongkai.Core.Tests.Catalog;

public sealed class IndexNumberSchemeTests
{
    private static readonly IndexNumberContext Codes = new("11440000006939557X", "006939557");

    [Fact]
    public void Credit_code_scheme_pads_the_sequence_to_five_digits()
    {
        var (scheme, _) = IndexNumberScheme.Parse("{creditCode}/{year}-{seq:5}");
        Assert.Equal("11440000006939557X/2021-00123", scheme!.Format(Codes, Genre.Plan, 2021, 123));
    }

    [Fact]
    public void Org_code_scheme_puts_the_category_code_of_the_genre()
    {
        var (scheme, _) = IndexNumberScheme.Parse("{orgCode}/{category}-{year}-{seq}");
        Assert.Equal("006939557/02-2024-7", scheme!.Format(Codes, Genre.NormativeDocument, 2024, 7));
    }

    [Fact]
    public void Scheme_without_a_sequence_is_refused_because_numbers_could_repeat()
    {
        var (scheme, error) = IndexNumberScheme.Parse("{creditCode}/{year}");
        Assert.Null(scheme);
        Assert.Contains("{seq}", error);
    }

    [Fact]
    public void Unknown_field_is_named_in_the_refusal()
    {
        var (_, error) = IndexNumberScheme.Parse("{agency}/{year}-{seq}");
        Assert.Contains("“{agency}”不是可用的字段", error);
    }

    [Fact]
    public void Unclosed_brace_is_refused()
    {
        var (_, error) = IndexNumberScheme.Parse("{year}-{seq");
        Assert.Contains("没有对应的", error);
    }
}
