using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Core.Catalog;
using Gongkai.Data.Catalog;
using Gongkai.Web.Demo;
using Microsoft.EntityFrameworkCore;
using static Gongkai.Web.Tests.Catalog.CatalogClient;

namespace Gongkai.Web.Tests.Catalog;

/// <summary>主题分类 (/Admin/Catalog/Topics), the edit form's choice and the portal's browsing by topic, on one provider.</summary>
public abstract class TopicPagesTests(GongkaiFactory factory)
{
    private const int Province = DeskTests.Province, City = DeskTests.City, Renhua = DeskTests.Renhua, Shixing = DeskTests.Shixing;

    private const string Topics = "/Admin/Catalog/Topics";

    private Task<TopicTree> TreeAsync(int agencyId) => InDatabaseAsync(factory, db => db.TopicTreeAsync(agencyId));

    private async Task<int> TopicIdAsync(int agencyId, string path) => (await TreeAsync(agencyId)).FindPath(path)!.Topic.Id;

    private static Task<HttpResponseMessage> ChangeAsync(StaffClient head, string handler, Dictionary<string, string> fields) =>
        PostFormAsync(head, Topics, $"{Topics}?handler={handler}", fields);

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [DbFact]
    public async Task Every_seeded_item_is_filed_under_a_topic_of_its_agencys_tree()
    {
        // The city's tree is removed by An_agency_without_a_topic_tree_keeps_free_text_topics.
        foreach (var agency in new[] { Province, Renhua, Shixing })
        {
            var tree = await TreeAsync(agency);
            var topics = await InDatabaseAsync(factory, db => db.Publications.Where(p => p.AgencyId == agency).Select(p => p.Topic).Distinct().ToListAsync());
            Assert.NotEmpty(topics);
            Assert.All(topics, topic => Assert.NotNull(tree.FindPath(topic)));
        }

        Assert.Equal(CatalogSeed.DefaultTopics.Count, (await TreeAsync(Province)).Children(null).Count);
    }

    [DbFact]
    public async Task A_subtopic_the_head_adds_is_offered_indented_in_the_edit_form()
    {
        var head = await StaffClient.SignInAsync(factory, "gd.head");
        var parent = await TopicIdAsync(Province, "国土资源、能源");
        var added = await ChangeAsync(head, "Add", new() { ["parentId"] = Id(parent), ["name"] = "自然资源调查监测" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var clerk = await StaffClient.SignInAsync(factory, "gd.clerk");
        var form = await HtmlAsync(await clerk.Http.GetAsync("/Catalog/Edit"));
        Assert.Contains("<option value=\"国土资源、能源/自然资源调查监测\">\u3000自然资源调查监测</option>", form);
    }

    [DbFact]
    public async Task A_name_a_sibling_already_has_is_refused()
    {
        var head = await StaffClient.SignInAsync(factory, "gd.head");
        var parent = await TopicIdAsync(Province, "国土资源、能源");
        var html = await HtmlAsync(await ChangeAsync(head, "Add", new() { ["parentId"] = Id(parent), ["name"] = "土地管理" }));
        Assert.Contains("同一上级主题下已有“土地管理”。", html);
    }

    [DbFact]
    public async Task Renaming_a_topic_renames_it_in_the_items_filed_under_it_and_its_subtopics()
    {
        var head = await StaffClient.SignInAsync(factory, "rh.head");
        var land = await TopicIdAsync(Renhua, "国土资源、能源/土地管理");
        var before = await InDatabaseAsync(factory, db => db.Publications.CountAsync(p => p.AgencyId == Renhua && p.Topic == "国土资源、能源/土地管理"));
        var renamed = await ChangeAsync(head, "Rename", new() { ["id"] = Id(land), ["name"] = "土地征收与供应" });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.True(before > 0);
        Assert.Equal(before, await InDatabaseAsync(factory, db => db.Publications.CountAsync(p => p.AgencyId == Renhua && p.Topic == "国土资源、能源/土地征收与供应")));
        Assert.Equal(0, await InDatabaseAsync(factory, db => db.Publications.CountAsync(p => p.Topic.StartsWith("国土资源、能源/土地管理") && p.AgencyId == Renhua)));
    }

    [DbFact]
    public async Task Renaming_a_parent_renames_the_items_of_its_subtopics()
    {
        var head = await StaffClient.SignInAsync(factory, "rh.head");
        var money = await TopicIdAsync(Renhua, "财政、金融、审计");
        await ChangeAsync(head, "Rename", new() { ["id"] = Id(money), ["name"] = "财政资金" });
        var budget = await InDatabaseAsync(factory, db => db.Publications.Where(p => p.AgencyId == Renhua && p.Title == "仁化县自然资源局2025年部门预算").Select(p => p.Topic).SingleAsync());
        Assert.Equal("财政资金/预算决算", budget);
    }

    [DbFact]
    public async Task A_rename_is_audit_logged_with_the_number_of_items_updated()
    {
        var head = await StaffClient.SignInAsync(factory, "sx.head");
        var plan = await TopicIdAsync(Shixing, "城乡建设、环境保护/生态保护修复");
        await ChangeAsync(head, "Rename", new() { ["id"] = Id(plan), ["name"] = "生态修复" });
        var entry = await InDatabaseAsync(factory, db => db.Audit.Where(a => a.AgencyId == Shixing && a.Action == "TopicRenamed").OrderBy(a => a.Id).LastAsync());
        Assert.Equal("城乡建设、环境保护/生态保护修复 → 城乡建设、环境保护/生态修复（1条信息随之更新）", entry.Detail);
    }

    [DbFact]
    public async Task Removing_a_topic_in_use_is_refused_with_the_number_of_items()
    {
        var head = await StaffClient.SignInAsync(factory, "sx.head");
        var mining = await TopicIdAsync(Shixing, "国土资源、能源/矿产资源");
        var response = await ChangeAsync(head, "Remove", new() { ["id"] = Id(mining) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("有1条目录信息使用主题“国土资源、能源/矿产资源”，不能删除；请先把这些信息改为其他主题。", await HtmlAsync(response));
        Assert.NotNull((await TreeAsync(Shixing)).Find(mining));
    }

    [DbFact]
    public async Task A_topic_with_subtopics_is_not_removed()
    {
        var head = await StaffClient.SignInAsync(factory, "sx.head");
        var money = await TopicIdAsync(Shixing, "财政、金融、审计");
        Assert.Contains("主题“财政、金融、审计”下还有2个下级主题，请先删除下级主题。", await HtmlAsync(await ChangeAsync(head, "Remove", new() { ["id"] = Id(money) })));
    }

    [DbFact]
    public async Task Removing_an_unused_topic_removes_it_and_audits_it()
    {
        var head = await StaffClient.SignInAsync(factory, "sx.head");
        var sea = await TopicIdAsync(Shixing, "国土资源、能源/海洋资源");
        Assert.Equal(HttpStatusCode.Redirect, (await ChangeAsync(head, "Remove", new() { ["id"] = Id(sea) })).StatusCode);
        Assert.Null((await TreeAsync(Shixing)).Find(sea));
        Assert.True(await InDatabaseAsync(factory, db => db.Audit.AnyAsync(a => a.AgencyId == Shixing && a.Action == "TopicRemoved" && a.Detail == "国土资源、能源/海洋资源")));
    }

    [DbFact]
    public async Task Moving_a_topic_up_puts_it_before_its_sibling()
    {
        var head = await StaffClient.SignInAsync(factory, "gd.head");
        var mining = await TopicIdAsync(Province, "国土资源、能源/矿产资源");
        await ChangeAsync(head, "Move", new() { ["id"] = Id(mining), ["up"] = "true" });
        var names = (await TreeAsync(Province)).Children(await TopicIdAsync(Province, "国土资源、能源")).Select(e => e.Topic.Name).ToList();
        Assert.True(names.IndexOf("矿产资源") < names.IndexOf("土地管理"), string.Join("、", names));
    }

    [DbFact]
    public async Task An_items_topic_must_be_one_of_its_agencys_topics()
    {
        var clerk = await StaffClient.SignInAsync(factory, "gd.clerk");
        var form = JsonSerializer.SerializeToNode(Form("主题不在分类中的信息"), StaffClient.Json)!;
        form["topic"] = "国土资源、能源/不存在的主题";
        var response = await clerk.Http.PostAsJsonAsync("/api/catalog/items", form, StaffClient.Json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("主题分类“国土资源、能源/不存在的主题”不在本机关的主题分类中，请从列表中选择。", problem.GetProperty("errors").GetProperty("Topic")[0].GetString());
    }

    [DbFact]
    public async Task An_agency_without_a_topic_tree_keeps_free_text_topics()
    {
        await InDatabaseAsync(factory, async db =>
        {
            await db.Topics.Where(t => t.AgencyId == City && t.ParentId != null).ExecuteDeleteAsync();
            return await db.Topics.Where(t => t.AgencyId == City).ExecuteDeleteAsync();
        });
        var clerk = await StaffClient.SignInAsync(factory, "sg.clerk");
        var form = JsonSerializer.SerializeToNode(Form("自由填写主题的信息"), StaffClient.Json)!;
        form["topic"] = "自然资源执法";
        var created = await CreateAsync(clerk, form);
        Assert.Equal("自然资源执法", created.GetProperty("topic").GetString());
        Assert.Contains("<input id=\"topic\" name=\"Input.Topic\"", await HtmlAsync(await clerk.Http.GetAsync("/Catalog/Edit")));
    }

    [DbFact]
    public async Task The_portal_catalog_of_a_topic_lists_the_items_of_its_subtopics()
    {
        var anonymous = StaffClient.Anonymous(factory);
        var parent = await HtmlAsync(await anonymous.GetAsync($"/portal/{Province}/catalog?topic={Uri.EscapeDataString("国土资源、能源")}"));
        Assert.Contains("广东省矿产资源总体规划（2021—2025年）", parent);
        Assert.Contains("广东省自然资源厅关于进一步规范征地补偿安置工作的通知", parent);
        Assert.Contains("主题“国土资源、能源”（含下级主题）", parent);
        var mining = await HtmlAsync(await anonymous.GetAsync($"/portal/{Province}/catalog?topic={Uri.EscapeDataString("国土资源、能源/矿产资源")}"));
        Assert.Contains("广东省矿产资源总体规划（2021—2025年）", mining);
        Assert.DoesNotContain("广东省自然资源厅关于进一步规范征地补偿安置工作的通知", mining);
    }

    [DbFact]
    public async Task The_portal_catalog_offers_the_tree_to_browse()
    {
        var html = await HtmlAsync(await StaffClient.Anonymous(factory).GetAsync($"/portal/{Renhua}/catalog"));
        Assert.Contains("按主题分类浏览", html);
        Assert.Contains($"<a href=\"/portal/{Renhua}/catalog?genre=&topic={Uri.EscapeDataString("国土资源、能源/地质灾害防治")}&year=\">地质灾害防治</a>", html.Replace("&amp;", "&", StringComparison.Ordinal));
    }
}

public sealed class TopicPagesTestsOnSqlite(SqliteFactory factory) : TopicPagesTests(factory), IClassFixture<SqliteFactory>;

public sealed class TopicPagesTestsOnPostgres(PostgresFactory factory) : TopicPagesTests(factory), IClassFixture<PostgresFactory>;
