using Gongkai.Core.Catalog;

namespace Gongkai.Core.Tests.Catalog;

public sealed class SearchTextTests
{
    [Fact]
    public void Chinese_is_indexed_as_character_pairs_and_the_last_character()
    {
        Assert.Equal("征地 地补 补偿 偿", SearchText.Tokens("征地补偿"));
    }

    [Fact]
    public void Punctuation_splits_runs_and_latin_is_lower_cased()
    {
        Assert.Equal("矿业 业 gis 2021 17 号", SearchText.Tokens("矿业，GIS〔2021〕17号"));
    }

    [Fact]
    public void Full_width_digits_are_folded()
    {
        Assert.Equal("2024", SearchText.Tokens("２０２４"));
    }

    [Fact]
    public void A_two_character_word_is_one_term()
    {
        Assert.Equal([new SearchTerm("征地", false)], SearchText.Terms("征地"));
    }

    [Fact]
    public void A_lone_character_is_searched_by_prefix()
    {
        Assert.Equal([new SearchTerm("矿", true)], SearchText.Terms("矿"));
    }

    [Fact]
    public void Fts5_query_quotes_each_term()
    {
        Assert.Equal("title : (\"矿业\" AND \"业权\" AND \"金\" *)", SearchText.Fts5Query(SearchText.Terms("矿业权 金"), "title"));
    }

    [Fact]
    public void Tsquery_quotes_each_term_and_searches_a_lone_character_by_prefix()
    {
        Assert.Equal("'矿业' & '金':*", SearchText.TsQuery(SearchText.Terms("矿业 金")));
    }

    [Fact]
    public void Title_tsquery_uses_the_title_marked_tokens()
    {
        Assert.Equal("'^矿业' & '^金':*", SearchText.TsQuery(SearchText.Terms("矿业 金"), title: true));
    }

    [Fact]
    public void Snippet_encodes_markup_before_marking_the_terms()
    {
        Assert.Equal("&lt;b&gt;<mark>征地</mark>&lt;/b&gt;", SearchText.Highlight("<b>征地</b>", SearchText.Terms("征地")));
    }

    [Fact]
    public void Adjacent_pairs_are_marked_as_one_phrase()
    {
        Assert.Equal("关于<mark>征地补偿</mark>的通知", SearchText.Highlight("关于征地补偿的通知", SearchText.Terms("征地补偿")));
    }

    [Fact]
    public void Long_text_is_cut_around_the_first_match()
    {
        var text = new string('甲', 300) + "矿业权" + new string('乙', 300);
        var snippet = SearchText.Snippet(text, SearchText.Terms("矿业"), 40);
        Assert.StartsWith("…", snippet);
        Assert.Contains("<mark>矿业</mark>", snippet);
    }

    [Fact]
    public void Contains_all_needs_every_pair_of_the_query()
    {
        Assert.True(SearchText.ContainsAll("粤自然资规字〔2024〕3号", SearchText.Terms("规字 2024")));
        Assert.False(SearchText.ContainsAll("粤自然资规字〔2024〕3号", SearchText.Terms("规字 2025")));
    }

    [Fact]
    public void Contains_all_matches_a_lone_character_as_a_prefix()
    {
        Assert.True(SearchText.ContainsAll("金矿", SearchText.Terms("金")));
    }

    [Fact]
    public void A_title_that_is_mostly_the_query_covers_more_than_one_that_mentions_it()
    {
        var terms = SearchText.Terms("矿产资源总体规划");
        Assert.True(SearchText.Coverage("韶关市矿产资源总体规划", terms) > SearchText.Coverage("关于印发矿产资源总体规划实施情况评估报告的通知", terms));
    }
}
