using System.Net.Http.Json;
using static Gongkai.Web.Tests.Catalog.CatalogClient;

namespace Gongkai.Web.Tests.Catalog;

/// <summary>
/// 第二十六条 on the staff pages: the due date counted from 成文日期 on the official calendar, warnings,
/// the overdue filter and whether a published item was on time. Today is Monday 2 March 2026; the
/// Spring Festival holiday (16–23 February, make-up Saturdays 14 and 28 February) lies in every period.
/// </summary>
public abstract class PublicationDeadlineTests(GongkaiFactory factory)
{
    private async Task<(StaffClient Clerk, long Id)> DraftAsync(string title, string writtenOn, string user = "gd.clerk", string mode = "Proactive")
    {
        var clerk = await StaffClient.SignInAsync(factory, user);
        var form = mode == "Proactive" ? Form(title, writtenOn: writtenOn) : Form(title, writtenOn: writtenOn, mode: mode, modeBasis: "《条例》第十四条", modeReason: "涉及国家秘密。");
        return (clerk, (await CreateAsync(clerk, form)).GetProperty("id").GetInt64());
    }

    private static async Task<string> ItemPageAsync(StaffClient staff, long id) => await HtmlAsync(await staff.Http.GetAsync($"/Catalog/Item/{id}"));

    [DbFact]
    public async Task The_item_page_shows_the_due_date_counted_over_the_holiday()
    {
        var (clerk, id) = await DraftAsync("春节期间成文的通知", "2026-02-20");
        var html = await ItemPageAsync(clerk, id);
        Assert.Contains("应于2026-03-20前发布，还有14个工作日。", html);
        Assert.Contains("第二十六条：自成文日期（2026-02-20）起20个工作日内发布。", html);
        Assert.DoesNotContain("role=\"alert\"", html);
    }

    [DbFact]
    public async Task An_overdue_draft_is_warned_on_its_page()
    {
        var (clerk, id) = await DraftAsync("年初成文尚未发布的通知", "2026-01-05");
        var html = await ItemPageAsync(clerk, id);
        Assert.Contains("<p class=\"refusal deadline\" role=\"alert\">已超过第二十六条规定的20个工作日（应于2026-02-02前发布，已逾期16个工作日）。</p>", html);
    }

    [DbFact]
    public async Task A_draft_due_within_three_working_days_is_warned_on_its_page()
    {
        var (clerk, id) = await DraftAsync("即将到期的通知", "2026-01-30");
        var html = await ItemPageAsync(clerk, id);
        Assert.Contains("即将超过第二十六条规定的发布时限：应于2026-03-05前发布，只剩3个工作日。", html);
    }

    [DbFact]
    public async Task The_catalog_list_filters_drafts_and_reviews_past_the_20_working_days()
    {
        var (clerk, _) = await DraftAsync("超期草稿甲", "2026-01-05", "rh.clerk");
        var (_, inReview) = await DraftAsync("超期送审乙", "2026-01-12", "rh.clerk");
        await OkAsync(await ReviewAsync(clerk, inReview, "Submit"));
        await DraftAsync("未超期草稿丙", "2026-02-25", "rh.clerk");
        var html = await HtmlAsync(await clerk.Http.GetAsync("/Catalog?overdue=true"));
        Assert.Contains("超期草稿甲", html);
        Assert.Contains("超期送审乙", html);
        Assert.DoesNotContain("未超期草稿丙", html);
        Assert.DoesNotContain("仁化县国土空间总体规划", html);
        Assert.Contains("已超过第二十六条规定的20个工作日", html);
    }

    [DbFact]
    public async Task The_catalog_list_marks_an_overdue_draft_without_the_filter()
    {
        var (clerk, _) = await DraftAsync("列表中标出的超期草稿", "2026-01-06", "sx.clerk");
        var html = await HtmlAsync(await clerk.Http.GetAsync("/Catalog"));
        var row = html[html.IndexOf("列表中标出的超期草稿", StringComparison.Ordinal)..];
        Assert.Contains("<span class=\"tag overdue\">已超过第二十六条规定的20个工作日</span>", row[..row.IndexOf("</tr>", StringComparison.Ordinal)]);
    }

    [DbFact]
    public async Task A_publication_after_the_period_is_recorded_as_late()
    {
        var id = await PublishAsync(factory, Form("逾期发布的通知", writtenOn: "2026-01-05"));
        var head = await StaffClient.SignInAsync(factory, "gd.head");
        Assert.Contains("逾期发布：超过第二十六条规定的时限（2026-02-02）16个工作日。", await ItemPageAsync(head, id));
    }

    [DbFact]
    public async Task A_publication_within_the_period_is_recorded_as_on_time()
    {
        var id = await PublishAsync(factory, Form("按时发布的通知", writtenOn: "2026-02-20"));
        var head = await StaffClient.SignInAsync(factory, "gd.head");
        Assert.Contains("按时发布（时限2026-03-20）。", await ItemPageAsync(head, id));
    }

    [DbFact]
    public async Task A_correction_is_due_20_working_days_from_the_correction_date()
    {
        var id = await PublishAsync(factory, Form("需要更正的通知", writtenOn: "2026-02-20"));
        var head = await StaffClient.SignInAsync(factory, "gd.head");
        await OkAsync(await head.Http.PostAsJsonAsync($"/api/catalog/items/{id}/correction", new { form = Form("已更正的通知", writtenOn: "2026-02-20"), note = "标题有误" }, StaffClient.Json));
        Assert.Contains("最近一次更正于2026-03-02：变更后的信息应于2026-03-30前发布，更正当日已发布。", await ItemPageAsync(head, id));
    }

    [DbFact]
    public async Task An_item_not_disclosed_has_no_publication_period()
    {
        var (clerk, id) = await DraftAsync("不予公开的信息", "2026-01-05", mode: "NotDisclosed");
        var html = await ItemPageAsync(clerk, id);
        Assert.Contains("不适用（非主动公开）", html);
        Assert.DoesNotContain("已超过第二十六条", html);
    }
}

public sealed class PublicationDeadlineTestsOnSqlite(SqliteFactory factory) : PublicationDeadlineTests(factory), IClassFixture<SqliteFactory>;

public sealed class PublicationDeadlineTestsOnPostgres(PostgresFactory factory) : PublicationDeadlineTests(factory), IClassFixture<PostgresFactory>;
