using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Data;
using Microsoft.Extensions.DependencyInjection;
using static Gongkai.Web.Tests.Catalog.CatalogClient;

namespace Gongkai.Web.Tests.Catalog;

/// <summary>The catalog's review workflow through HTTP, on one database provider.</summary>
public abstract class CatalogWorkflowTests(GongkaiFactory factory)
{
    protected GongkaiFactory Factory { get; } = factory;

    [DbFact]
    public async Task A_draft_gets_the_next_index_number_of_the_agencys_scheme()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var first = (await CreateAsync(clerk, Form("甲"))).GetProperty("indexNumber").GetString()!;
        var second = (await CreateAsync(clerk, Form("乙"))).GetProperty("indexNumber").GetString()!;
        Assert.Matches(@"^11440000MB2C94231U/2026-\d{5}$", first);
        Assert.Equal(int.Parse(first[^5..], System.Globalization.CultureInfo.InvariantCulture) + 1, int.Parse(second[^5..], System.Globalization.CultureInfo.InvariantCulture));
    }

    [DbFact]
    public async Task Drafts_made_at_the_same_time_never_share_an_index_number()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "rh.clerk");
        var numbers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i => (await CreateAsync(clerk, Form($"并发草稿{i}"))).GetProperty("indexNumber").GetString()));
        Assert.Equal(8, numbers.Distinct().Count());
    }

    [DbFact]
    public async Task Clerk_drafts_reviewer_approves_and_the_heads_approval_publishes_it_to_search()
    {
        var anonymous = StaffClient.Anonymous(Factory);
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var reviewer = await StaffClient.SignInAsync(Factory, "gd.reviewer");
        var head = await StaffClient.SignInAsync(Factory, "gd.head");
        var id = (await CreateAsync(clerk, Form("关于围填海历史遗留问题处理的通知"))).GetProperty("id").GetInt64();
        await OkAsync(await ReviewAsync(clerk, id, "Submit"));
        Assert.Equal(2, (await OkAsync(await ReviewAsync(reviewer, id, "Approve"))).GetProperty("reviewLevel").GetInt32());
        Assert.Empty(Titles(await SearchAsync(anonymous, "围填海")));
        var published = await OkAsync(await ReviewAsync(head, id, "Approve"));
        Assert.Equal("Published", published.GetProperty("state").GetString());
        Assert.Equal("关于围填海历史遗留问题处理的通知", Titles(await SearchAsync(anonymous, "围填海")).First());
    }

    [DbFact]
    public async Task The_reviewer_cannot_approve_the_last_level()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var reviewer = await StaffClient.SignInAsync(Factory, "gd.reviewer");
        var id = (await CreateAsync(clerk, Form())).GetProperty("id").GetInt64();
        await OkAsync(await ReviewAsync(clerk, id, "Submit"));
        await OkAsync(await ReviewAsync(reviewer, id, "Approve"));
        Assert.Contains("须由负责人批准发布", await RefusedAsync(await ReviewAsync(reviewer, id, "Approve")));
    }

    [DbFact]
    public async Task A_clerk_cannot_approve_a_review_level()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = (await CreateAsync(clerk, Form())).GetProperty("id").GetInt64();
        await OkAsync(await ReviewAsync(clerk, id, "Submit"));
        Assert.Contains("本人起草", await RefusedAsync(await ReviewAsync(clerk, id, "Approve")));
    }

    [DbFact]
    public async Task A_draft_without_title_gets_a_chinese_message_beside_the_field()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var response = await clerk.Http.PostAsJsonAsync("/api/catalog/items", Form(title: " "), StaffClient.Json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("请填写名称。", problem.GetProperty("errors").GetProperty("Title")[0].GetString());
    }

    [DbFact]
    public async Task Not_disclosed_without_a_legal_basis_is_refused()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var response = await clerk.Http.PostAsJsonAsync("/api/catalog/items", Form(mode: "NotDisclosed", modeReason: "涉及国家秘密"), StaffClient.Json);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("法律依据", problem.GetProperty("errors").GetProperty("ModeBasis")[0].GetString());
    }

    [DbFact]
    public async Task The_body_is_sanitized()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var item = await CreateAsync(clerk, Form(body: "<p onclick=\"steal()\">正文</p><script>alert(1)</script><a href=\"javascript:x()\">链接</a>"));
        var body = item.GetProperty("body").GetString()!;
        Assert.Contains("正文", body);
        Assert.DoesNotContain("script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", body, StringComparison.OrdinalIgnoreCase);
    }

    [DbFact]
    public async Task A_withdrawn_item_leaves_search_and_the_portal_but_keeps_its_history()
    {
        var id = await PublishAsync(Factory, Form("关于海砂开采管理的通知"));
        var head = await StaffClient.SignInAsync(Factory, "gd.head");
        var anonymous = StaffClient.Anonymous(Factory);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/portal/1/items/{id}")).StatusCode);
        Assert.Contains("写明理由", await RefusedAsync(await ReviewAsync(head, id, "Withdraw")));
        var withdrawn = await OkAsync(await ReviewAsync(head, id, "Withdraw", "含有未脱敏的个人信息"));
        Assert.Equal("撤回", withdrawn.GetProperty("history")[0].GetProperty("change").GetString());
        Assert.Empty(Titles(await SearchAsync(anonymous, "海砂")));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/portal/1/items/{id}")).StatusCode);
    }

    [DbFact]
    public async Task A_correction_keeps_the_old_title_and_search_finds_the_new_one()
    {
        var id = await PublishAsync(Factory, Form("关于地名管理的通知"));
        var head = await StaffClient.SignInAsync(Factory, "gd.head");
        var corrected = await OkAsync(await head.Http.PostAsJsonAsync($"/api/catalog/items/{id}/correction", new { form = Form("关于地名标志设置管理的通知"), note = "标题漏字" }, StaffClient.Json));
        Assert.Equal(2, corrected.GetProperty("revision").GetInt32());
        Assert.Equal("关于地名管理的通知", corrected.GetProperty("history")[0].GetProperty("title").GetString());
        Assert.Equal("关于地名标志设置管理的通知", Titles(await SearchAsync(StaffClient.Anonymous(Factory), "标志")).Single());
    }

    [DbFact]
    public async Task Every_step_is_audited()
    {
        var id = await PublishAsync(Factory, Form("关于审计日志的测试通知"));
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var actions = db.Audit.Where(a => a.PublicationId == id).OrderBy(a => a.Id).Select(a => a.Action).ToList();
        Assert.Equal(["CatalogDrafted", "CatalogSubmit", "CatalogApprovedLevel1", "CatalogPublished"], actions);
    }

    [DbFact]
    public async Task Another_agencys_item_is_not_found()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "sx.clerk");
        var id = (await CreateAsync(clerk, Form())).GetProperty("id").GetInt64();
        var other = await StaffClient.SignInAsync(Factory, "rh.clerk");
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/api/catalog/items/{id}")).StatusCode);
    }

    [DbFact]
    public async Task The_ledger_lists_items_whose_mode_was_not_reviewed_within_a_year_until_reviewed()
    {
        var reviewer = await StaffClient.SignInAsync(Factory, "gd.reviewer");
        var stale = await reviewer.Http.GetFromJsonAsync<JsonElement>("/api/catalog/ledger?stale=true", StaffClient.Json);
        var oldest = stale.EnumerateArray().First();
        Assert.True(DateOnly.Parse(oldest.GetProperty("modeReviewedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture) < new DateOnly(2025, 3, 2));
        var id = oldest.GetProperty("id").GetInt64();
        await OkAsync(await reviewer.Http.PostAsJsonAsync($"/api/catalog/items/{id}/mode", new { mode = "Proactive" }, StaffClient.Json));
        var after = await reviewer.Http.GetFromJsonAsync<JsonElement>("/api/catalog/ledger?stale=true", StaffClient.Json);
        Assert.DoesNotContain(after.EnumerateArray(), l => l.GetProperty("id").GetInt64() == id);
    }

    [DbFact]
    public async Task Section2_counts_normative_documents_issued_repealed_and_in_force_from_the_catalog()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var report = await clerk.Http.GetFromJsonAsync<JsonElement>("/api/catalog/section2/2024", StaffClient.Json);
        var normative = report.GetProperty("normativeDocuments");
        // Seeded 2024: 征地补偿安置 (written 12 April) and 海域使用金 (10 December, in force from 9 January 2025);
        // the 2019 征地补偿标准 notice was repealed on 12 April 2024; 矿业权出让收益 (2023) is in force.
        Assert.Equal((2, 1, 2), (normative.GetProperty("issued").GetInt32(), normative.GetProperty("repealed").GetInt32(), normative.GetProperty("inForce").GetInt32()));
    }

    [DbFact]
    public async Task An_import_with_a_bad_row_names_the_row_and_column_and_changes_nothing()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "sx.clerk");
        var csv = "事项,处理决定数量,收费金额（万元）\n行政许可,4,\n行政处罚,四,\n"u8.ToArray();
        using var content = new MultipartFormDataContent { { new ByteArrayContent(csv), "file", "figures.csv" } };
        var response = await clerk.Http.PostAsync("/api/catalog/figures/2025/import", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("第3行：“处理决定数量”不是整数", await response.Content.ReadAsStringAsync());
        var report = await clerk.Http.GetFromJsonAsync<JsonElement>("/api/catalog/section2/2025", StaffClient.Json);
        Assert.Equal(JsonValueKind.Null, report.GetProperty("licensing").GetProperty("decisions").ValueKind);
    }

    [DbFact]
    public async Task Imported_figures_appear_in_section2()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "rh.clerk");
        var csv = "\uFEFF事项,处理决定数量,收费金额（万元）\r\n行政许可,4,\r\n行政处罚,2,\r\n\"行政事业性收费\",,\"1,234.5\"\r\n"u8.ToArray();
        using var content = new MultipartFormDataContent { { new ByteArrayContent(csv), "file", "figures.csv" } };
        await OkAsync(await clerk.Http.PostAsync("/api/catalog/figures/2025/import", content));
        var report = await clerk.Http.GetFromJsonAsync<JsonElement>("/api/catalog/section2/2025", StaffClient.Json);
        Assert.Equal((4, 1234.5m), (report.GetProperty("licensing").GetProperty("decisions").GetInt32(), report.GetProperty("fees").GetProperty("amountTenThousandYuan").GetDecimal()));
    }
}

public sealed class CatalogWorkflowTestsOnSqlite(SqliteFactory factory) : CatalogWorkflowTests(factory), IClassFixture<SqliteFactory>;

public sealed class CatalogWorkflowTestsOnPostgres(PostgresFactory factory) : CatalogWorkflowTests(factory), IClassFixture<PostgresFactory>;
