using System.Net;
using Gongkai.Core.Catalog;
using Gongkai.Data.Catalog;
using Microsoft.EntityFrameworkCore;
using static Gongkai.Web.Tests.Catalog.CatalogClient;

namespace Gongkai.Web.Tests.Catalog;

/// <summary>目录设置 (/Admin/Catalog): the agency Head's index number scheme, codes, review levels and guide texts, on one provider.</summary>
public abstract class CatalogSettingsTests(GongkaiFactory factory)
{
    private const int Province = DeskTests.Province, Renhua = DeskTests.Renhua, Shixing = DeskTests.Shixing;

    /// <summary>An agency's saved settings as the form posts them, with some fields changed.</summary>
    private async Task<Dictionary<string, string>> FieldsAsync(int agencyId, Dictionary<string, string>? changes = null)
    {
        var s = await SettingsAsync(agencyId);
        var fields = new Dictionary<string, string>
        {
            ["Input.IndexScheme"] = s.IndexScheme, ["Input.CreditCode"] = s.CreditCode, ["Input.OrgCode"] = s.OrgCode,
            ["Input.ReviewLevels"] = s.ReviewLevels.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.OfficeHours"] = s.OfficeHours, ["Input.Fax"] = s.Fax, ["Input.OnlineContact"] = s.OnlineContact,
            ["Input.Arrangement"] = s.Arrangement, ["Input.Remedies"] = s.Remedies,
        };
        foreach (var (key, value) in changes ?? [])
        {
            fields["Input." + key] = value;
        }

        return fields;
    }

    private Task<HttpResponseMessage> SaveAsync(StaffClient head, Dictionary<string, string> fields, string handler = "") =>
        PostFormAsync(head, "/Admin/Catalog", "/Admin/Catalog" + (handler.Length > 0 ? "?handler=" + handler : ""), fields);

    private Task<CatalogSettings> SettingsAsync(int agencyId) =>
        InDatabaseAsync(factory, db => db.CatalogSettings.AsNoTracking().SingleAsync(s => s.AgencyId == agencyId));

    [DbFact]
    public async Task The_forms_limits_are_the_column_widths()
    {
        var columns = await InDatabaseAsync(factory, db => Task.FromResult(db.Model.FindEntityType(typeof(CatalogSettings))!));
        Assert.All(CatalogSettings.Limits, limit => Assert.Equal(limit.Value.MaxLength, columns.FindProperty(limit.Key)!.GetMaxLength()));
    }

    [DbFact]
    public async Task The_portal_guide_shows_the_texts_the_head_saved()
    {
        var head = await StaffClient.SignInAsync(factory, "sx.head");
        var saved = await SaveAsync(head, await FieldsAsync(Shixing, new()
        {
            ["OfficeHours"] = "周一至周五 8:30—12:00，14:30—17:30（节假日除外）", ["Fax"] = "0751-3333333", ["OnlineContact"] = "https://sx.example.gov.cn/xxgk",
            ["Arrangement"] = "本局信息按主题和体裁两种方式分类编排。", ["Remedies"] = "可向始兴县人民政府办公室投诉，或依法申请行政复议、提起行政诉讼。",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var guide = await HtmlAsync(await StaffClient.Anonymous(factory).GetAsync($"/portal/{Shixing}/guide"));
        Assert.Contains("周一至周五 8:30—12:00，14:30—17:30（节假日除外）", guide);
        Assert.Contains("0751-3333333", guide);
        Assert.Contains("https://sx.example.gov.cn/xxgk", guide);
        Assert.Contains("本局信息按主题和体裁两种方式分类编排。", guide);
        Assert.Contains("可向始兴县人民政府办公室投诉，或依法申请行政复议、提起行政诉讼。", guide);
    }

    [DbFact]
    public async Task Preview_shows_the_next_index_number_of_this_year_without_saving()
    {
        var head = await StaffClient.SignInAsync(factory, "rh.head");
        var html = await HtmlAsync(await SaveAsync(head, await FieldsAsync(Renhua, new() { ["IndexScheme"] = "{creditCode}-{year}-{seq:6}" }), "Preview"));
        Assert.Matches(@"预览：按此规则，2026年下一个索引号为 <strong>11440224MB2E513214-2026-\d{6}</strong>", html);
        Assert.Equal("{orgCode}/{category}-{year}-{seq:4}", (await SettingsAsync(Renhua)).IndexScheme);
    }

    [DbFact]
    public async Task A_new_scheme_continues_the_sequence_so_no_number_is_given_twice()
    {
        var clerk = await StaffClient.SignInAsync(factory, "gd.clerk");
        var before = (await CreateAsync(clerk, Form("改规则前的信息"))).GetProperty("indexNumber").GetString()!;
        var head = await StaffClient.SignInAsync(factory, "gd.head");
        var saved = await SaveAsync(head, await FieldsAsync(Province, new() { ["IndexScheme"] = "{creditCode}/GK-{year}-{seq:5}" }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = (await CreateAsync(clerk, Form("改规则后的信息"))).GetProperty("indexNumber").GetString()!;
        var sequence = int.Parse(before[^5..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"11440000MB2C94231U/GK-2026-{sequence + 1:D5}", after);
    }

    [DbFact]
    public async Task The_saved_message_shows_the_next_index_number()
    {
        var head = await StaffClient.SignInAsync(factory, "sx.head");
        var saved = await SaveAsync(head, await FieldsAsync(Shixing));
        var page = await HtmlAsync(await head.Http.GetAsync(saved.Headers.Location!));
        Assert.Matches(@"目录设置已保存。按此规则，2026年下一个索引号为 MB2F1234/02-2026-\d{4}。", page);
    }

    [DbFact]
    public async Task A_scheme_without_year_is_refused_with_a_chinese_message_and_nothing_is_saved()
    {
        var head = await StaffClient.SignInAsync(factory, "rh.head");
        var response = await SaveAsync(head, await FieldsAsync(Renhua, new() { ["IndexScheme"] = "{creditCode}/{seq}" }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("索引号规则必须包含{year}和{seq}，否则流水号可能重复。", await HtmlAsync(response));
        Assert.Equal("{orgCode}/{category}-{year}-{seq:4}", (await SettingsAsync(Renhua)).IndexScheme);
    }

    [DbFact]
    public async Task A_scheme_without_an_agency_code_is_refused_because_agencies_would_share_numbers()
    {
        var head = await StaffClient.SignInAsync(factory, "rh.head");
        var html = await HtmlAsync(await SaveAsync(head, await FieldsAsync(Renhua, new() { ["IndexScheme"] = "{year}-{seq:5}" })));
        Assert.Contains("索引号规则须包含{creditCode}或{orgCode}，否则可能与其他机关的索引号重复。", html);
    }

    [DbFact]
    public async Task A_scheme_whose_next_number_was_already_given_is_refused()
    {
        // An item imported from the agency's former system already holds the number the new scheme would give next.
        var next = await InDatabaseAsync(factory, async db =>
            (await db.Set<IndexCounter>().Where(c => c.AgencyId == Shixing && c.Year == 2026).Select(c => (long?)c.Last).SingleOrDefaultAsync() ?? 0) + 1);
        var taken = $"MB2F1234/旧-2026-{next:D4}";
        await InDatabaseAsync(factory, async db =>
        {
            db.Publications.Add(new Publication { AgencyId = Shixing, IndexNumber = taken, Title = "旧系统导入的信息", IssuingAgency = "始兴县自然资源局", WrittenOn = new DateOnly(2026, 1, 5) });
            return await db.SaveChangesAsync();
        });
        var head = await StaffClient.SignInAsync(factory, "sx.head");
        var html = await HtmlAsync(await SaveAsync(head, await FieldsAsync(Shixing, new() { ["IndexScheme"] = "{orgCode}/旧-{year}-{seq:4}" })));
        Assert.Contains($"按此规则，下一个索引号“{taken}”已被使用，会产生重复，请调整规则。", html);
    }

    [DbFact]
    public async Task A_credit_code_with_a_wrong_check_character_is_refused()
    {
        var head = await StaffClient.SignInAsync(factory, "rh.head");
        var html = await HtmlAsync(await SaveAsync(head, await FieldsAsync(Renhua, new() { ["CreditCode"] = "11440224MB2E51321W" })));
        Assert.Contains("统一社会信用代码的校验码（第18位）应为“4”，请核对。", html);
        Assert.Equal("11440224MB2E513214", (await SettingsAsync(Renhua)).CreditCode);
    }

    [DbFact]
    public async Task A_code_another_agency_uses_in_its_numbers_is_refused()
    {
        var head = await StaffClient.SignInAsync(factory, "sx.head");
        var html = await HtmlAsync(await SaveAsync(head, await FieldsAsync(Shixing, new() { ["IndexScheme"] = IndexNumberScheme.DefaultTemplate, ["CreditCode"] = "11440000MB2C94231U" })));
        Assert.Contains("统一社会信用代码“11440000MB2C94231U”已是广东省自然资源厅的代码，索引号会重复，请核对。", html);
    }

    [DbFact]
    public async Task Review_levels_above_five_are_refused()
    {
        var head = await StaffClient.SignInAsync(factory, "rh.head");
        var html = await HtmlAsync(await SaveAsync(head, await FieldsAsync(Renhua, new() { ["ReviewLevels"] = "6" })));
        Assert.Contains("审核级数应为1至5级。", html);
    }

    [DbFact]
    public async Task Saving_records_what_changed_in_the_audit_log()
    {
        var head = await StaffClient.SignInAsync(factory, "rh.head");
        await SaveAsync(head, await FieldsAsync(Renhua, new() { ["ReviewLevels"] = "2", ["Fax"] = "0751-1111112", ["Remedies"] = "新的救济途径说明。" }));
        var entry = await InDatabaseAsync(factory, db => db.Audit.Where(a => a.AgencyId == Renhua && a.Action == "CatalogSettingsChanged").OrderBy(a => a.Id).LastAsync());
        Assert.Equal("审核级数：1 → 2；传真：020-00000001 → 0751-1111112；监督和救济已修改", entry.Detail);
        Assert.Equal("仁化县负责人 孙伟", entry.UserName);
    }
}

public sealed class CatalogSettingsTestsOnSqlite(SqliteFactory factory) : CatalogSettingsTests(factory), IClassFixture<SqliteFactory>;

public sealed class CatalogSettingsTestsOnPostgres(PostgresFactory factory) : CatalogSettingsTests(factory), IClassFixture<PostgresFactory>;
