using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gongkai.Web.Tests;

/// <summary>Each lifecycle step and each refusal, through HTTP, on one database provider.</summary>
public abstract class LifecycleTests(GongkaiFactory factory) : DeskTests(factory)
{
    [DbFact]
    public async Task Online_submission_is_acknowledged_and_followed_on_the_status_page()
    {
        var anonymous = StaffClient.Anonymous(Factory);
        var response = await anonymous.PostAsJsonAsync($"/api/portal/agencies/{Province}/requests", Form(), StaffClient.Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var ack = await response.Content.ReadFromJsonAsync<JsonElement>();
        var number = ack.GetProperty("trackingNumber").GetString();
        var code = ack.GetProperty("queryCode").GetString();
        Assert.Equal(Today(Factory), ack.GetProperty("receivedOn").GetString());

        var status = await anonymous.GetFromJsonAsync<JsonElement>($"/api/portal/requests/{number}?code={code}");
        Assert.Equal("已收件", status.GetProperty("state").GetString());
        Assert.Equal(ack.GetProperty("dueOn").GetString(), status.GetProperty("dueOn").GetString());

        var wrong = await anonymous.GetAsync($"/api/portal/requests/{number}?code=00000000");
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
    }

    [DbFact]
    public async Task Bad_submission_gets_chinese_messages_per_field()
    {
        var anonymous = StaffClient.Anonymous(Factory);
        var response = await anonymous.PostAsJsonAsync($"/api/portal/agencies/{Province}/requests",
            new { kind = "NaturalPerson", name = "", idNumber = "123", phone = "x", informationWanted = "", deliveryForm = "Paper", deliveryMeans = "Post" }, StaffClient.Json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("申请表填写有误。", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Contains("身份证", errors.GetProperty("IdNumber")[0].GetString());
        Assert.Contains("地址", errors.GetProperty("Address")[0].GetString());
    }

    [DbFact]
    public async Task Accept_then_reply_then_deliver_and_archive()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = await RegisterAsync(clerk);
        await Done(await clerk.StepAsync(id, Step("Accepted")));
        await Done(await clerk.StepAsync(id, Step("Replied", outcome: "Disclosed", legalBasis: Basis, note: "所需信息见附件。")));
        var replied = await clerk.CaseAsync(id);
        Assert.Equal("Replied", replied.GetProperty("state").GetString());
        Assert.Contains(replied.GetProperty("documents").EnumerateArray(), d => d.GetProperty("kind").GetString() == "ReplyLetter");
        await Done(await clerk.StepAsync(id, Step("Delivered")));
        await Done(await clerk.StepAsync(id, Step("Archived")));
        Assert.Equal("Archived", (await clerk.CaseAsync(id)).GetProperty("state").GetString());
    }

    [DbFact]
    public async Task Reply_must_be_one_of_the_21_outcomes_with_a_legal_basis()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = await RegisterAsync(clerk);
        Assert.Contains("21种", await Refused(await clerk.StepAsync(id, Step("Replied", outcome: "Granted", legalBasis: Basis))));
        Assert.Contains("法律条款", await Refused(await clerk.StepAsync(id, Step("Replied", outcome: "Disclosed"))));
    }

    [DbFact]
    public async Task Accepting_twice_and_delivering_before_reply_are_refused()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = await RegisterAsync(clerk);
        Assert.Contains("尚未作出答复", await Refused(await clerk.StepAsync(id, Step("Delivered"))));
        Assert.Contains("尚未送达", await Refused(await clerk.StepAsync(id, Step("Archived"))));
        await Done(await clerk.StepAsync(id, Step("Accepted")));
        Assert.Contains("不能受理", await Refused(await clerk.StepAsync(id, Step("Accepted"))));
    }

    [DbFact]
    public async Task Correction_restarts_the_reply_period_from_the_corrected_request()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = await RegisterAsync(clerk);
        await Done(await clerk.StepAsync(id, Step("CorrectionRequested", days: 10, note: "请写明地块位置。")));
        var waiting = await clerk.CaseAsync(id);
        Assert.Equal("AwaitingCorrection", waiting.GetProperty("state").GetString());
        Assert.Contains(waiting.GetProperty("documents").EnumerateArray(), d => d.GetProperty("kind").GetString() == "CorrectionNotice");
        Assert.Contains("不能再次要求补正", await Refused(await clerk.StepAsync(id, Step("CorrectionRequested", days: 10, note: "再次补正"))));

        Factory.Clock.Advance(TimeSpan.FromDays(3));
        var corrected = Today(Factory);
        await Done(await clerk.StepAsync(id, Step("Corrected")));
        var restarted = await clerk.CaseAsync(id);
        Assert.Equal("Received", restarted.GetProperty("state").GetString());
        // 第三十条: a new 20 working days from receipt of the corrected request.
        var expected = Calendar.AddWorkingDays(DateOnly.Parse(corrected, System.Globalization.CultureInfo.InvariantCulture), 20).Date;
        Assert.Equal(expected.ToString("yyyy-MM-dd"), restarted.GetProperty("dueOn").GetString());
    }

    [DbFact]
    public async Task Article30_correction_without_a_period_gets_the_core_default()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = await RegisterAsync(clerk);
        await Done(await clerk.StepAsync(id, Step("CorrectionRequested", note: "请写明地块位置。")));
        var step = (await clerk.CaseAsync(id)).GetProperty("steps").EnumerateArray().Last();
        Assert.Equal(Gongkai.Core.Requests.Article30.DefaultCorrectionPeriod.Count, step.GetProperty("days").GetInt32());
    }

    [DbFact]
    public async Task Article30_case_page_offers_the_core_default_correction_period()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = await RegisterAsync(clerk);
        var html = await clerk.Http.GetStringAsync($"/Desk/Case/{id}");
        Assert.Contains($"name=\"correction.Days\" value=\"{Gongkai.Core.Requests.Article30.DefaultCorrectionPeriod.Count}\"", html);
    }

    [DbFact]
    public async Task Correction_notice_later_than_7_working_days_is_refused()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var received = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime).AddDays(-14);
        var id = await RegisterAsync(clerk, received);
        Assert.Contains("7个工作日内", await Refused(await clerk.StepAsync(id, Step("CorrectionRequested", days: 10, note: "请写明地块位置。"))));
    }

    [DbFact]
    public async Task A_lapsed_correction_period_closes_the_request_as_abandoned()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = await RegisterAsync(clerk);
        await Done(await clerk.StepAsync(id, Step("CorrectionRequested", days: 5, note: "请写明地块位置。")));
        Assert.Contains("自动产生", await Refused(await clerk.StepAsync(id, Step("Replied", outcome: "Other.CorrectionOverdue", legalBasis: "第三十条"))));
        Factory.Clock.Advance(TimeSpan.FromDays(10));
        var closed = await clerk.CaseAsync(id);
        Assert.Equal("Closed", closed.GetProperty("state").GetString());
        Assert.Contains("逾期不补正", closed.GetProperty("outcome").GetString());
        Assert.Contains("终止", await Refused(await clerk.StepAsync(id, Step("Corrected"))));
        await Done(await clerk.StepAsync(id, Step("Archived")));
    }

    [DbFact]
    public async Task Consultation_time_is_not_counted()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = await RegisterAsync(clerk);
        Assert.Contains("须先受理", await Refused(await clerk.StepAsync(id, Step("ConsultationStarted"))));
        await Done(await clerk.StepAsync(id, Step("Accepted")));
        var before = DateOnly.Parse((await clerk.CaseAsync(id)).GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        await Done(await clerk.StepAsync(id, Step("ConsultationStarted", note: "征求某公司意见")));
        Assert.Equal("Consulting", (await clerk.CaseAsync(id)).GetProperty("state").GetString());
        Factory.Clock.Advance(TimeSpan.FromDays(7));
        await Done(await clerk.StepAsync(id, Step("ConsultationAnswered")));
        var after = DateOnly.Parse((await clerk.CaseAsync(id)).GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(after > before, $"due {after} should move past {before}");
    }

    [DbFact]
    public async Task Extension_needs_the_heads_approval()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var head = await StaffClient.SignInAsync(Factory, "gd.head");
        var id = await RegisterAsync(clerk);
        await Done(await clerk.StepAsync(id, Step("Accepted")));
        var before = (await clerk.CaseAsync(id)).GetProperty("dueOn").GetString();
        await Done(await clerk.StepAsync(id, Step("ExtensionRequested", days: 15, note: "需要调取档案")));
        Assert.Contains("负责人同意", await Refused(await clerk.StepAsync(id, Step("ExtensionApproved"))));
        await Done(await head.StepAsync(id, Step("ExtensionApproved")));
        var extended = await clerk.CaseAsync(id);
        var expected = Calendar.AddWorkingDays(DateOnly.Parse(before!, System.Globalization.CultureInfo.InvariantCulture), 15).Date;
        Assert.Equal(expected.ToString("yyyy-MM-dd"), extended.GetProperty("dueOn").GetString());
        Assert.Contains(extended.GetProperty("documents").EnumerateArray(), d => d.GetProperty("kind").GetString() == "ExtensionNotice");
    }

    [DbFact]
    public async Task Extensions_total_at_most_20_working_days()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var head = await StaffClient.SignInAsync(Factory, "gd.head");
        var id = await RegisterAsync(clerk);
        await Done(await clerk.StepAsync(id, Step("Accepted")));
        Assert.Contains("最长不超过20个工作日", await Refused(await clerk.StepAsync(id, Step("ExtensionRequested", days: 21, note: "太久"))));
        await Done(await clerk.StepAsync(id, Step("ExtensionRequested", days: 12, note: "第一次")));
        await Done(await head.StepAsync(id, Step("ExtensionApproved")));
        Assert.Contains("已延长12个工作日", await Refused(await clerk.StepAsync(id, Step("ExtensionRequested", days: 9, note: "第二次"))));
        await Done(await clerk.StepAsync(id, Step("ExtensionRequested", days: 8, note: "第二次")));
    }

    [DbFact]
    public async Task Fee_notice_pauses_until_payment_and_unpaid_closes_only_after_20_days()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = await RegisterAsync(clerk);
        await Done(await clerk.StepAsync(id, Step("Accepted")));
        Assert.Contains("大于零", await Refused(await clerk.StepAsync(id, Step("FeeNoticed", amount: 0))));
        await Done(await clerk.StepAsync(id, Step("FeeNoticed", amount: 200m, note: "按量收费50页")));
        Assert.Equal("AwaitingFee", (await clerk.CaseAsync(id)).GetProperty("state").GetString());
        Assert.Contains("自动产生", await Refused(await clerk.StepAsync(id, Step("Replied", outcome: "Other.FeeUnpaid", legalBasis: "国办函〔2020〕109号"))));
        Factory.Clock.Advance(TimeSpan.FromDays(2));
        await Done(await clerk.StepAsync(id, Step("FeePaid")));
        Assert.Equal("Processing", (await clerk.CaseAsync(id)).GetProperty("state").GetString());
        Assert.Contains("不能再次发出", await Refused(await clerk.StepAsync(id, Step("FeeNoticed", amount: 100m))));
        Assert.Contains("未发出收费通知", await Refused(await clerk.StepAsync(await RegisterAsync(clerk), Step("FeePaid"))));
    }

    [DbFact]
    public async Task Steps_cannot_be_dated_in_the_future_or_before_the_last_step()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = await RegisterAsync(clerk);
        var tomorrow = DateOnly.Parse(Today(Factory), System.Globalization.CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd");
        Assert.Contains("晚于今天", await Refused(await clerk.StepAsync(id, Step("Accepted", on: tomorrow))));
        Assert.Contains("早于上一步骤", await Refused(await clerk.StepAsync(id, Step("Accepted", on: "2020-01-01"))));
    }

    [DbFact]
    public async Task Registering_an_online_request_at_the_desk_is_refused()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var response = await clerk.Http.PostAsJsonAsync("/api/desk/requests", new { form = Form(), channel = "Online" }, StaffClient.Json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("门户", await response.Content.ReadAsStringAsync());
    }

    [DbFact]
    public async Task Registered_request_takes_the_receipt_date_given()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var received = new DateOnly(2026, 2, 27);
        var id = await RegisterAsync(clerk, received);
        var view = await clerk.CaseAsync(id);
        Assert.Equal("2026-02-27", view.GetProperty("receivedOn").GetString());
        Assert.Equal(Calendar.AddWorkingDays(received, 20).Date.ToString("yyyy-MM-dd"), view.GetProperty("dueOn").GetString());
    }

    [DbFact]
    public async Task Inbox_is_sorted_by_deadline_with_overdue_marked_and_personal_data_masked()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "rh.clerk");
        var old = await RegisterAsync(clerk, DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime).AddDays(-40));
        var inbox = await clerk.Http.GetFromJsonAsync<JsonElement>("/api/desk/inbox", StaffClient.Json);
        var items = inbox.EnumerateArray().ToList();
        Assert.NotEmpty(items);
        var dues = items.Select(i => i.GetProperty("dueOn").GetString()).ToList();
        Assert.Equal(dues.Order(StringComparer.Ordinal).ToList(), dues);
        var overdue = items.Single(i => i.GetProperty("id").GetInt64() == old);
        Assert.True(overdue.GetProperty("overdue").GetBoolean());
        Assert.Equal("138****8000", overdue.GetProperty("phone").GetString());
        Assert.Equal("张*", overdue.GetProperty("applicantName").GetString());
        Assert.DoesNotContain("13800138000", inbox.GetRawText());
    }

    [DbFact]
    public async Task Viewing_unmasked_personal_data_is_audited()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = await RegisterAsync(clerk);
        var masked = await clerk.CaseAsync(id);
        Assert.Equal("440101********1234", masked.GetProperty("idNumber").GetString());
        var full = await clerk.Http.GetFromJsonAsync<JsonElement>($"/api/desk/requests/{id}?unmasked=true");
        Assert.Equal("440101199001011234", full.GetProperty("idNumber").GetString());
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Gongkai.Data.GongkaiDbContext>();
        var entries = db.Audit.Where(a => a.RequestId == id).Select(a => a.Action).ToList();
        Assert.Contains("ViewedPersonalData", entries);
        Assert.DoesNotContain(db.Audit.Select(a => a.Detail).ToList(), d => d.Contains("440101199001011234", StringComparison.Ordinal));
    }

    [DbFact]
    public async Task Another_agencys_case_is_not_found_but_the_administrator_above_sees_it()
    {
        var county = await StaffClient.SignInAsync(Factory, "sx.clerk");
        var id = await RegisterAsync(county);
        var other = await StaffClient.SignInAsync(Factory, "rh.clerk");
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/api/desk/requests/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.StepAsync(id, Step("Accepted"))).StatusCode);
        var cityAdmin = await StaffClient.SignInAsync(Factory, "sg.admin");
        Assert.Equal(HttpStatusCode.OK, (await cityAdmin.Http.GetAsync($"/api/desk/requests/{id}")).StatusCode);
        var provinceClerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        Assert.Equal(HttpStatusCode.NotFound, (await provinceClerk.Http.GetAsync($"/api/desk/requests/{id}")).StatusCode);
    }

    [DbFact]
    public async Task Desk_api_refuses_a_post_without_the_antiforgery_token()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = await RegisterAsync(clerk);
        clerk.Http.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        var response = await clerk.StepAsync(id, Step("Accepted"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("防伪令牌", await response.Content.ReadAsStringAsync());
    }

    [DbFact]
    public async Task Section3_counts_the_reply_in_its_row_and_column()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "sx.clerk");
        var year = Factory.Clock.GetUtcNow().Year;
        var before = await clerk.Http.GetFromJsonAsync<JsonElement>($"/api/reports/section3/{Shixing}/{year}");
        var id = await RegisterAsync(clerk, kind: "CommercialEnterprise");
        await Done(await clerk.StepAsync(id, Step("Replied", outcome: "Withheld.StateSecret", legalBasis: "第十四条")));
        var after = await clerk.Http.GetFromJsonAsync<JsonElement>($"/api/reports/section3/{Shixing}/{year}");
        int Cell(JsonElement table, string key, int column) =>
            table.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == key).GetProperty("cells")[column].GetInt32();
        Assert.Equal(Cell(before, "Withheld.StateSecret", 1) + 1, Cell(after, "Withheld.StateSecret", 1));
        Assert.Equal(Cell(before, "New", 6) + 1, Cell(after, "New", 6));
        Assert.Equal(Cell(before, "Handled", 6) + 1, Cell(after, "Handled", 6));
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.Http.GetAsync($"/api/reports/section3/{Province}/{year}")).StatusCode);
    }
}

public sealed class LifecycleTestsOnSqlite(SqliteFactory factory) : LifecycleTests(factory), IClassFixture<SqliteFactory>;

public sealed class LifecycleTestsOnPostgres(PostgresFactory factory) : LifecycleTests(factory), IClassFixture<PostgresFactory>;
