using System.Net;
using static Gongkai.Web.Tests.Catalog.CatalogClient;

namespace Gongkai.Web.Tests.Catalog;

/// <summary>The staff pages of the catalog through forms, on one provider.</summary>
public abstract class StaffPagesTests(GongkaiFactory factory)
{
    [DbFact]
    public async Task A_draft_form_without_title_shows_the_message_beside_the_field()
    {
        var clerk = await StaffClient.SignInAsync(factory, "gd.clerk");
        var response = await PostFormAsync(clerk, "/Catalog/Edit", "/Catalog/Edit", new() { ["Input.Title"] = "", ["Input.IssuingAgency"] = "广东省自然资源厅", ["Input.WrittenOn"] = "2026-02-01", ["Input.Genre"] = "Plan" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请填写名称。", html);
    }

    [DbFact]
    public async Task The_head_publishes_from_the_item_page()
    {
        var clerk = await StaffClient.SignInAsync(factory, "rh.clerk");
        var created = await PostFormAsync(clerk, "/Catalog/Edit", "/Catalog/Edit", new()
        {
            ["Input.Title"] = "仁化县2026年度土地征收计划", ["Input.IssuingAgency"] = "仁化县自然资源局", ["Input.WrittenOn"] = "2026-02-01", ["Input.Genre"] = "LandRequisition",
            ["Input.Body"] = "<p>年度征收计划。</p>",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var item = created.Headers.Location!.OriginalString;
        await PostFormAsync(clerk, item, item + "?handler=Act", new() { ["action"] = "Submit" });
        var head = await StaffClient.SignInAsync(factory, "rh.head");
        var published = await PostFormAsync(head, item, item + "?handler=Act", new() { ["action"] = "Approve" });
        Assert.Contains("已办理：已发布", await published.Content.ReadAsStringAsync());
        Assert.Contains("仁化县2026年度土地征收计划", Titles(await SearchAsync(StaffClient.Anonymous(factory), "征收计划")));
    }

    [DbFact]
    public async Task An_import_page_lists_the_row_errors()
    {
        var clerk = await StaffClient.SignInAsync(factory, "sx.clerk");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(await StaffClient.FormTokenAsync(clerk.Http, "/Catalog/Figures?year=2025")), "__RequestVerificationToken" },
            { new StringContent("2025"), "year" },
            { new ByteArrayContent("事项,处理决定数量,收费金额（万元）\n行政许可,1,\n行政强制,x,\n"u8.ToArray()), "file", "f.csv" },
        };
        var html = await (await clerk.Http.PostAsync("/Catalog/Figures?handler=Import", content)).Content.ReadAsStringAsync();
        Assert.Contains("第3行：“处理决定数量”不是整数", html);
    }

    [DbFact]
    public async Task Section2_downloads_through_the_report_engine()
    {
        var clerk = await StaffClient.SignInAsync(factory, "gd.clerk");
        var response = await clerk.Http.GetAsync("/Catalog/Section2?handler=Download&year=2024&format=Json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("广东省自然资源厅", await response.Content.ReadAsStringAsync());
    }

    [DbFact]
    public async Task The_catalog_pages_need_sign_in()
    {
        var response = await StaffClient.Anonymous(factory).GetAsync("/Catalog");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}

public sealed class StaffPagesTestsOnSqlite(SqliteFactory factory) : StaffPagesTests(factory), IClassFixture<SqliteFactory>;

public sealed class StaffPagesTestsOnPostgres(PostgresFactory factory) : StaffPagesTests(factory), IClassFixture<PostgresFactory>;
