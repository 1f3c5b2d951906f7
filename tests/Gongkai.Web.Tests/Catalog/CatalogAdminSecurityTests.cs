using System.Net;
using Gongkai.Data.Catalog;
using Microsoft.EntityFrameworkCore;
using static Gongkai.Web.Tests.Catalog.CatalogClient;

namespace Gongkai.Web.Tests.Catalog;

/// <summary>Only an agency's Head changes its catalog settings and topic tree, and only its own, on one provider.</summary>
public abstract class CatalogAdminSecurityTests(GongkaiFactory factory)
{
    private static readonly string[] Pages = ["/Admin/Catalog", "/Admin/Catalog/Topics"];

    private static void AssertDenied(HttpResponseMessage response, string what)
    {
        Assert.True(HttpStatusCode.Redirect == response.StatusCode, $"{what}: {response.StatusCode}");
        Assert.StartsWith("/Account/Denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Anonymous_callers_are_sent_to_the_login_page()
    {
        var anonymous = StaffClient.Anonymous(factory);
        foreach (var page in Pages)
        {
            var response = await anonymous.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [DbTheory]
    [InlineData("gd.clerk")]
    [InlineData("gd.reviewer")]
    [InlineData("gd.admin")]
    public async Task Staff_other_than_the_head_cannot_open_the_settings_or_topic_pages(string user)
    {
        var staff = await StaffClient.SignInAsync(factory, user);
        foreach (var page in Pages)
        {
            AssertDenied(await staff.Http.GetAsync(page), $"{user} {page}");
        }
    }

    [DbFact]
    public async Task A_clerk_cannot_post_the_settings_or_topic_pages()
    {
        var clerk = await StaffClient.SignInAsync(factory, "gd.clerk");
        var posts = new Dictionary<string, Dictionary<string, string>>
        {
            ["/Admin/Catalog"] = new() { ["Input.IndexScheme"] = "{creditCode}/X-{year}-{seq}", ["Input.CreditCode"] = "11440000MB2C94231U", ["Input.ReviewLevels"] = "1" },
            ["/Admin/Catalog?handler=Preview"] = new() { ["Input.IndexScheme"] = "{creditCode}/X-{year}-{seq}" },
            ["/Admin/Catalog/Topics?handler=Add"] = new() { ["name"] = "经办人添加的主题" },
            ["/Admin/Catalog/Topics?handler=Remove"] = new() { ["id"] = "1" },
        };
        foreach (var (action, fields) in posts)
        {
            // A real token of the clerk's own session (from a page the clerk may open), so only the role is refused.
            AssertDenied(await PostFormAsync(clerk, "/Catalog/Edit", action, fields), action);
        }

        var settings = await InDatabaseAsync(factory, db => db.CatalogSettings.AsNoTracking().SingleAsync(s => s.AgencyId == DeskTests.Province));
        Assert.Equal(2, settings.ReviewLevels);
        Assert.Equal("{creditCode}/{year}-{seq:5}", settings.IndexScheme);
        Assert.False(await InDatabaseAsync(factory, db => db.Topics.AnyAsync(t => t.Name == "经办人添加的主题")));
        Assert.NotNull((await InDatabaseAsync(factory, db => db.TopicTreeAsync(DeskTests.Province))).Find(1));
    }

    [DbFact]
    public async Task A_head_cannot_edit_another_agencys_topics()
    {
        var tree = await InDatabaseAsync(factory, db => db.TopicTreeAsync(DeskTests.Province));
        var land = tree.FindPath("国土资源、能源/土地管理")!.Topic;
        var id = land.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var otherHead = await StaffClient.SignInAsync(factory, "rh.head");
        foreach (var (handler, fields) in new (string, Dictionary<string, string>)[]
        {
            ("Rename", new() { ["id"] = id, ["name"] = "被他人改名" }),
            ("Move", new() { ["id"] = id, ["up"] = "true" }),
            ("Remove", new() { ["id"] = id }),
            ("Add", new() { ["parentId"] = id, ["name"] = "他人添加的下级主题" }),
        })
        {
            var response = await PostFormAsync(otherHead, "/Admin/Catalog/Topics", $"/Admin/Catalog/Topics?handler={handler}", fields);
            Assert.True(HttpStatusCode.NotFound == response.StatusCode, $"{handler}: {response.StatusCode}");
        }

        var after = await InDatabaseAsync(factory, db => db.TopicTreeAsync(DeskTests.Province));
        Assert.Equal("土地管理", after.Find(land.Id)!.Topic.Name);
        Assert.Equal(land.SortOrder, after.Find(land.Id)!.Topic.SortOrder);
        Assert.Empty(after.Children(land.Id));
    }

    [DbFact]
    public async Task A_head_sees_only_their_own_agencys_tree()
    {
        var head = await StaffClient.SignInAsync(factory, "rh.head");
        await PostFormAsync(head, "/Admin/Catalog/Topics", "/Admin/Catalog/Topics?handler=Add", new() { ["name"] = "仁化县专有主题" });
        var other = await StaffClient.SignInAsync(factory, "sx.head");
        Assert.DoesNotContain("仁化县专有主题", await HtmlAsync(await other.Http.GetAsync("/Admin/Catalog/Topics")));
        Assert.Contains("仁化县专有主题", await HtmlAsync(await head.Http.GetAsync("/Admin/Catalog/Topics")));
    }

    [DbFact]
    public async Task The_navigation_links_the_catalog_settings_for_heads_only()
    {
        var head = await StaffClient.SignInAsync(factory, "sx.head");
        var clerk = await StaffClient.SignInAsync(factory, "sx.clerk");
        Assert.Contains("<a href=\"/Admin/Catalog\">目录设置</a>", await HtmlAsync(await head.Http.GetAsync("/Catalog")));
        Assert.DoesNotContain("/Admin/Catalog", await HtmlAsync(await clerk.Http.GetAsync("/Catalog")));
    }
}

public sealed class CatalogAdminSecurityTestsOnSqlite(SqliteFactory factory) : CatalogAdminSecurityTests(factory), IClassFixture<SqliteFactory>;

public sealed class CatalogAdminSecurityTestsOnPostgres(PostgresFactory factory) : CatalogAdminSecurityTests(factory), IClassFixture<PostgresFactory>;
