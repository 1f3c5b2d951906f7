using System.Net;
using System.Xml.Linq;
using Gongkai.Web.Demo;

namespace Gongkai.Web.Tests.Catalog;

/// <summary>The public portal's pages, as a browser without JavaScript gets them, on one provider.</summary>
public abstract class PortalTests(GongkaiFactory factory)
{
    private readonly HttpClient http = StaffClient.Anonymous(factory);

    private async Task<string> PageAsync(string path)
    {
        var response = await http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        return html;
    }

    private static long IdOf(GongkaiFactory f, string key)
    {
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(f.Services);
        var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Gongkai.Data.GongkaiDbContext>(scope.ServiceProvider);
        var title = CatalogSeed.Items.Single(i => i.Key == key).Title;
        return db.Publications.Single(p => p.Title == title).Id;
    }

    [DbFact]
    public async Task The_platform_home_lists_every_agency()
    {
        var html = await PageAsync("/portal/agencies");
        Assert.All(new[] { "广东省自然资源厅", "韶关市自然资源局", "仁化县自然资源局", "始兴县自然资源局" }, name => Assert.Contains(name, html));
    }

    [DbFact]
    public async Task The_agency_page_offers_the_top_of_its_topic_tree()
    {
        var html = await PageAsync("/portal/1");
        Assert.Contains($"catalog?topic={Uri.EscapeDataString("综合政务")}", html);
        Assert.DoesNotContain($"catalog?topic={Uri.EscapeDataString("国土资源、能源/土地管理")}", html);
    }

    [DbFact]
    public async Task The_guide_states_the_office_hours_and_how_to_apply()
    {
        var html = await PageAsync("/portal/1/guide");
        Assert.Contains("办公时间", html);
        Assert.Contains("/Portal/Apply/1", html);
    }

    [DbFact]
    public async Task The_catalog_filters_by_genre()
    {
        var html = await PageAsync("/portal/3/catalog?genre=LandRequisition");
        Assert.Contains("征收土地预公告", html);
        Assert.DoesNotContain("部门预算", html);
    }

    [DbFact]
    public async Task The_item_page_shows_the_catalog_fields_and_links_the_interpretation()
    {
        var html = await PageAsync($"/portal/1/items/{IdOf(factory, "zdbc")}");
        Assert.Contains("粤自然资规字〔2024〕3号", html);
        Assert.Contains("11440000MB2C94231U/2024-", html);
        Assert.Contains("政策解读", html);
        Assert.Contains($"/items/{IdOf(factory, "zdbcjd")}", html);
    }

    [DbFact]
    public async Task A_repealed_document_links_the_document_that_repealed_it()
    {
        var html = await PageAsync($"/portal/1/items/{IdOf(factory, "zdold")}");
        Assert.Contains("废止", html);
        Assert.Contains($"/items/{IdOf(factory, "zdbc")}", html);
    }

    [DbFact]
    public async Task An_item_of_another_agency_is_not_found_under_this_agency()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/portal/2/items/{IdOf(factory, "zdbc")}")).StatusCode);
    }

    [DbFact]
    public async Task The_search_page_works_without_javascript_and_marks_the_word()
    {
        var html = await PageAsync("/portal/search?q=" + Uri.EscapeDataString("征地"));
        Assert.Contains("<mark>征地</mark>", html);
        Assert.Contains("<label for=\"q\">", html);
        Assert.DoesNotContain("<script", html);
    }

    [DbFact]
    public async Task Markup_in_the_query_is_shown_as_text()
    {
        var html = await PageAsync("/portal/search?q=" + Uri.EscapeDataString("<img src=x onerror=alert(1)>征地"));
        Assert.DoesNotContain("<img src=x", html);
    }

    [DbFact]
    public async Task An_empty_query_gets_a_chinese_message()
    {
        Assert.Contains("请输入要检索的字词。", await PageAsync("/portal/search?q=%20%EF%BC%8C"));
    }

    [DbFact]
    public async Task The_feed_is_atom_with_the_newest_items()
    {
        var response = await http.GetAsync("/portal/3/feed.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var titles = feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "title")!.Value).ToList();
        Assert.Contains("仁化县丹霞街道某村征地补偿安置方案公告", titles);
    }

    [DbFact]
    public async Task The_reports_page_shows_section_2_of_a_year()
    {
        var html = await PageAsync("/portal/1/reports?year=2024");
        Assert.Contains("主动公开政府信息情况", html);
        Assert.Contains("行政规范性文件", html);
    }
}

public sealed class PortalTestsOnSqlite(SqliteFactory factory) : PortalTests(factory), IClassFixture<SqliteFactory>;

public sealed class PortalTestsOnPostgres(PostgresFactory factory) : PortalTests(factory), IClassFixture<PostgresFactory>;
