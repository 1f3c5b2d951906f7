using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Core.Calendar;
using Gongkai.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>A request received on 4 December 2026 runs into 2027, a year with no schedule yet.</summary>
public abstract class EstimatedDueTests(GongkaiFactory factory) : DeskTests(factory)
{
    public static readonly DateTimeOffset December4 = new(2026, 12, 4, 2, 0, 0, TimeSpan.Zero);

    [DbFact]
    public async Task A_request_received_on_4_December_2026_is_due_estimated_and_not_on_new_years_day()
    {
        Factory.Clock.SetUtcNow(December4);
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = await RegisterAsync(clerk, new DateOnly(2026, 12, 4));

        var view = await clerk.CaseAsync(id);
        Assert.Equal("2027-01-04", view.GetProperty("dueOn").GetString());
        Assert.True(view.GetProperty("dueEstimated").GetBoolean());
        var inbox = await clerk.Http.GetFromJsonAsync<JsonElement>("/api/desk/inbox");
        Assert.True(inbox.EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == id).GetProperty("dueEstimated").GetBoolean());
        Assert.Contains(CalendarDate.EstimateNote, await clerk.Http.GetStringAsync($"/Desk/Case/{id}"), StringComparison.Ordinal);
    }
}

public sealed class EstimatedDueTestsOnSqlite(SqliteFactory factory) : EstimatedDueTests(factory), IClassFixture<SqliteFactory>;

public sealed class EstimatedDueTestsOnPostgres(PostgresFactory factory) : EstimatedDueTests(factory), IClassFixture<PostgresFactory>;

/// <summary>An Administrator loads 2027's schedule: open cases are recomputed and lose their estimate.</summary>
public abstract class CalendarLoadTests(GongkaiFactory factory) : DeskTests(factory)
{
    private static string Schedule2027() => WorkdayCalendar.Unscheduled.WithYear(new YearSchedule(2027, StatutoryHolidays.Weekdays(2027), [])).ToJson();

    [DbFact]
    public async Task Loading_2027_recomputes_an_open_case_and_drops_its_estimate()
    {
        Factory.Clock.SetUtcNow(EstimatedDueTests.December4);
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = await RegisterAsync(clerk, new DateOnly(2026, 12, 4));
        var admin = await StaffClient.SignInAsync(Factory, "gd.admin");
        Assert.Contains("尚未载入2027年国务院节假日安排", await admin.Http.GetStringAsync("/Admin/Calendar"), StringComparison.Ordinal);

        var response = await admin.Http.PostAsJsonAsync("/api/desk/calendar/2027", new { text = Schedule2027() });
        var load = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(load.GetProperty("changes").EnumerateArray(), c => c.GetProperty("requestId").GetInt64() == id);

        var view = await clerk.CaseAsync(id);
        Assert.False(view.GetProperty("dueEstimated").GetBoolean());
        using var scope = Factory.Services.CreateScope();
        Assert.Contains(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Audit.ToList(), a => a.Action == "CalendarLoaded");
    }

    [DbFact]
    public async Task A_schedule_missing_a_statutory_holiday_is_refused_with_the_day()
    {
        var admin = await StaffClient.SignInAsync(Factory, "gd.admin");
        var response = await admin.Http.PostAsJsonAsync("/api/desk/calendar/2028", new { text = """{"years": {"2028": {"holidays": ["2028-10-02"], "workdays": []}}}""" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2028年10月3日（国庆节）是法定节假日，但未列为放假日", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_clerk_cannot_load_a_calendar()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var response = await clerk.Http.PostAsJsonAsync("/api/desk/calendar/2027", new { text = Schedule2027() });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class CalendarLoadTestsOnSqlite(SqliteFactory factory) : CalendarLoadTests(factory), IClassFixture<SqliteFactory>;

public sealed class CalendarLoadTestsOnPostgres(PostgresFactory factory) : CalendarLoadTests(factory), IClassFixture<PostgresFactory>;

/// <summary>Receipts and query codes for every channel; a submission happens once.</summary>
public abstract class ReceiptTests(GongkaiFactory factory) : DeskTests(factory)
{
    private int RequestCount()
    {
        using var scope = Factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Requests.Count();
    }

    [DbFact]
    public async Task Reposting_with_the_same_idempotency_key_creates_one_request()
    {
        var anonymous = StaffClient.Anonymous(Factory);
        var before = RequestCount();
        async Task<JsonElement> PostAsync()
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, $"/api/portal/agencies/{Province}/requests") { Content = JsonContent.Create(Form(), options: StaffClient.Json) };
            message.Headers.Add("Idempotency-Key", "retry-7f3a");
            var response = await anonymous.SendAsync(message);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        var first = await PostAsync();
        var second = await PostAsync();
        Assert.Equal(first.GetProperty("trackingNumber").GetString(), second.GetProperty("trackingNumber").GetString());
        Assert.Equal(first.GetProperty("queryCode").GetString(), second.GetProperty("queryCode").GetString());
        Assert.Equal(before + 1, RequestCount());
    }

    [DbFact]
    public async Task Reposting_the_apply_form_creates_one_request()
    {
        var anonymous = StaffClient.Anonymous(Factory);
        var html = await anonymous.GetStringAsync($"/Portal/Apply/{Province}");
        var antiforgery = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"FormToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        var before = RequestCount();
        FormUrlEncodedContent Content() => new(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery, ["FormToken"] = token, ["Input.Kind"] = "NaturalPerson", ["Input.IdDocument"] = "IdCard",
            ["Input.Name"] = "张三", ["Input.IdNumber"] = ValidId, ["Input.Phone"] = "13800138000", ["Input.Address"] = "广州市越秀区某路1号",
            ["Input.InformationWanted"] = "2025年某某地块土地出让合同", ["Input.DeliveryForm"] = "Paper", ["Input.DeliveryMeans"] = "Post",
        });
        var first = await anonymous.PostAsync($"/Portal/Apply/{Province}", Content());
        var second = await anonymous.PostAsync($"/Portal/Apply/{Province}", Content());
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(before + 1, RequestCount());
    }

    [DbFact]
    public async Task A_posted_request_gets_a_query_code_and_a_receipt_with_its_receipt_rule()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var response = await clerk.Http.PostAsJsonAsync("/api/desk/requests", new { form = Form(), channel = "RegisteredPost", receivedOn = (string?)null }, StaffClient.Json);
        var registered = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(8, registered.GetProperty("queryCode").GetString()!.Length);
        var view = await clerk.CaseAsync(registered.GetProperty("id").GetInt64());
        var receipt = view.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "Acknowledgement");
        var text = await DocxTextAsync(clerk.Http, $"/api/desk/requests/{registered.GetProperty("id").GetInt64()}/documents/{receipt.GetProperty("id").GetInt64()}");
        Assert.Contains("以邮寄方式提交申请的，以行政机关签收之日为收到申请之日", text, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_voided_registration_is_closed_with_its_reason_audited()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = await RegisterAsync(clerk);
        var response = await clerk.Http.PostAsJsonAsync($"/api/desk/requests/{id}/void", new { reason = "误将信访件登记为申请" });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var view = await clerk.CaseAsync(id);
        Assert.True(view.GetProperty("isVoid").GetBoolean());
        using var scope = Factory.Services.CreateScope();
        Assert.Contains(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Audit.Where(a => a.RequestId == id).ToList(), a => a.Action == "Voided" && a.Detail.Contains("误将信访件", StringComparison.Ordinal));
    }

    [DbFact]
    public async Task An_id_card_number_with_a_wrong_check_digit_is_refused_on_every_form()
    {
        var anonymous = StaffClient.Anonymous(Factory);
        var response = await anonymous.PostAsJsonAsync($"/api/portal/agencies/{Province}/requests", Form(id: "440101199001011234"), StaffClient.Json);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("居民身份证号码的校验码（第18位）应为“3”，请核对。", problem.GetProperty("errors").GetProperty("IdNumber")[0].GetString());
    }

    internal static async Task<string> DocxTextAsync(HttpClient http, string path)
    {
        var bytes = await http.GetByteArrayAsync(path);
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document!.Body!.InnerText;
    }
}

public sealed class ReceiptTestsOnSqlite(SqliteFactory factory) : ReceiptTests(factory), IClassFixture<SqliteFactory>;

public sealed class ReceiptTestsOnPostgres(PostgresFactory factory) : ReceiptTests(factory), IClassFixture<PostgresFactory>;
