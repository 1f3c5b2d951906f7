using System.Text.Json;
using Gongkai.Web.Demo;
using static Gongkai.Web.Tests.Catalog.CatalogClient;

namespace Gongkai.Web.Tests.Catalog;

/// <summary>
/// The relevance set: Chinese queries over the demo catalog with the results expected on top, run on
/// each provider. A query may accept several top results when they tie on every ranking rule.
/// </summary>
public abstract class SearchRelevanceTests(GongkaiFactory factory)
{
    private static string Title(string key) => CatalogSeed.Items.Single(i => i.Key == key).Title;

    /// <summary>Query (with filters as URL parameters), then the keys of acceptable top results.</summary>
    public static TheoryData<string, string> Cases => new()
    {
        { "征地补偿安置方案", "rhfa" },
        { "矿业权出让收益征收有关", "kyqsy" },
        { "图解", "kyqsyjd" },
        { "矿产资源总体规划", "kczygh" },
        { "国土空间规划", "gtkjgh" },
        { "国土空间总体规划", "rhgh" },
        { "部门预算", "bmys rhys sxys" },
        { "部门决算", "bmjs" },
        { "非法采矿", "cfjd" },
        { "未批先建", "cfjd2" },
        { "采矿权延续", "ckxk" },
        { "探矿权", "tkxk" },
        { "矿业权管理工作会议", "gzdt" },
        { "耕地保护专项督察", "gzdt2" },
        { "地质灾害防治管理办法", "gz" },
        { "不动产登记营商环境", "bdc" },
        { "测绘资质", "chzz" },
        { "海域使用金", "hydy" },
        { "加强矿业权出让管理", "sgkyq" },
        { "成片开发", "sgzd" },
        { "地质灾害防治规划", "sgdz" },
        { "不动产登记收费", "sgsf" },
        { "征收土地预公告", "rhyg" },
        { "丹霞", "rhfa" },
        { "超越批准矿区", "rhcf" },
        { "征收土地方案公告", "sxzd" },
        { "砂岩矿", "sxck" },
        { "耕地保护目标责任考核", "sxgd" },
        { "生态保护修复", "sxst" },
        { "粤自然资规字〔2024〕3号", "zdbc" },
        { "粤自然资罚〔2025〕12号", "cfjd" },
        { "政策解读", "zdbcjd" },
        { "净矿出让", "gzdt sgkyq" },
        { "稀土", "kczygh" },
        { "三公经费", "bmys rhys" },
        { "征地&agency=3", "rhfa" },
        { "征地&genre=LandRequisition", "rhfa" },
        { "征地补偿&validity=Repealed", "zdold" },
        { "矿业&year=2025", "gzdt cfjd" },
        { "ＧＩＳ测绘资质", "" },
    };

    [DbTheory]
    [MemberData(nameof(Cases))]
    public async Task Query_puts_the_expected_document_on_top(string query, string expected)
    {
        var titles = Titles(await SearchAsync(StaffClient.Anonymous(factory), query)).ToList();
        if (expected.Length == 0)
        {
            Assert.Empty(titles);
            return;
        }

        var accepted = expected.Split(' ').Select(Title).ToList();
        Assert.True(titles.Count > 0 && accepted.Contains(titles[0]), $"{query}: top was {titles.FirstOrDefault() ?? "nothing"}, expected {string.Join(" or ", accepted)}");
    }

    [DbTheory]
    [InlineData("征地", "zdbc zdbcjd zdold rhfa")]
    [InlineData("矿业", "kyqsy kyqsyjd gzdt cfjd sgkyq")]
    [InlineData("规划", "kczygh gtkjgh rhgh sgdz sxst")]
    public async Task A_two_character_word_finds_every_document_that_contains_it(string query, string keys)
    {
        var titles = Titles(await SearchAsync(StaffClient.Anonymous(factory), query)).ToList();
        Assert.All(keys.Split(' ').Select(Title), t => Assert.Contains(t, titles));
    }

    [DbFact]
    public async Task Title_matches_come_before_body_matches()
    {
        var results = (await SearchAsync(StaffClient.Anonymous(factory), "出让收益")).GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("titleMatch").GetBoolean()).ToList();
        Assert.Contains(false, results);
        Assert.Equal(results.OrderByDescending(m => m), results);
    }

    [DbFact]
    public async Task Snippets_mark_the_words_found()
    {
        var first = (await SearchAsync(StaffClient.Anonymous(factory), "稀土")).GetProperty("results")[0];
        Assert.Contains("<mark>稀土</mark>", first.GetProperty("snippetHtml").GetString());
    }

    [DbFact]
    public async Task A_lone_character_finds_words_that_start_or_end_with_it()
    {
        var titles = Titles(await SearchAsync(StaffClient.Anonymous(factory), "矿")).ToList();
        Assert.Contains(Title("sxck"), titles);
        Assert.Contains(Title("cfjd"), titles);
    }

    [DbFact]
    public async Task Pages_do_not_repeat_or_skip_results()
    {
        var http = StaffClient.Anonymous(factory);
        var all = Titles(await OkAsync(await http.GetAsync("/api/portal/catalog/search?q=%E7%9A%84&pageSize=100"))).ToList();
        var pages = new List<string>();
        for (var page = 1; page <= (all.Count + 4) / 5; page++)
        {
            pages.AddRange(Titles(await OkAsync(await http.GetAsync($"/api/portal/catalog/search?q=%E7%9A%84&pageSize=5&page={page}"))));
        }

        Assert.True(all.Count > 10, $"only {all.Count}");
        Assert.Equal(all, pages);
    }
}

public sealed class SearchRelevanceTestsOnSqlite(SqliteFactory factory) : SearchRelevanceTests(factory), IClassFixture<SqliteFactory>;

public sealed class SearchRelevanceTestsOnPostgres(PostgresFactory factory) : SearchRelevanceTests(factory), IClassFixture<PostgresFactory>;
