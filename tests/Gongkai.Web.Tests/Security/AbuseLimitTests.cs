using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gongkai.Web.Tests.Security;

/// <summary>
/// The abuse limits through HTTP with small limits set by configuration: guessing query codes,
/// flooding submissions, sign-ins and searches all end in 429 with a Chinese message and Retry-After.
/// </summary>
public abstract class AbuseLimitTests(GongkaiFactory factory) : DeskTests(factory)
{
    public static readonly IReadOnlyDictionary<string, string?> Limits = new Dictionary<string, string?>(GongkaiFactory.Unthrottled)
    {
        ["RateLimits:QueryCodePerNumber:PermitLimit"] = "3",
        ["RateLimits:submit:PermitLimit"] = "3",
        ["RateLimits:login:PermitLimit"] = "6",
        ["RateLimits:search:PermitLimit"] = "5",
        ["Uploads:QuotaPerAddressMegabytesPerDay"] = "1",
    };

    [DbFact]
    public async Task Guessing_query_codes_of_a_tracking_number_ends_in_429_even_for_the_right_code()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var registered = await clerk.Http.PostAsJsonAsync("/api/desk/requests", new { form = Form(), channel = "InPerson" }, StaffClient.Json);
        var ack = await registered.Content.ReadFromJsonAsync<JsonElement>();
        var number = ack.GetProperty("trackingNumber").GetString();
        var code = ack.GetProperty("queryCode").GetString();
        var http = StaffClient.Anonymous(Factory);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/portal/requests/{number}?code=WRONG-{i:D5}")).StatusCode);
        }

        var blocked = await http.GetAsync($"/api/portal/requests/{number}?code={code}");
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.True(blocked.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After");
        var problem = await blocked.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("操作过于频繁", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_tracking_number_that_does_not_exist_is_blocked_the_same_way()
    {
        var http = StaffClient.Anonymous(Factory);
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await http.GetAsync($"/api/portal/requests/GK-NO-SUCH-{Guid.NewGuid():N}?code=1")).StatusCode);
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a));
        for (var i = 0; i < 3; i++)
        {
            await http.GetAsync("/api/portal/requests/GK-2026-NOPE?code=1");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await http.GetAsync("/api/portal/requests/GK-2026-NOPE?code=1")).StatusCode);
    }

    [DbFact]
    public async Task The_status_page_answers_429_in_chinese_after_wrong_codes()
    {
        var http = StaffClient.Anonymous(Factory);
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            var token = await StaffClient.FormTokenAsync(http, "/Portal/Status");
            last = await http.PostAsync("/Portal/Status", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.TrackingNumber"] = "GK-PAGE-GUESS",
                ["Input.QueryCode"] = $"GUESS{i}",
                ["__RequestVerificationToken"] = token,
            }));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.NotNull(last.Headers.RetryAfter);
        Assert.Contains("操作过于频繁", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_flood_of_submissions_from_one_address_ends_in_429()
    {
        var http = StaffClient.Anonymous(Factory);
        http.DefaultRequestHeaders.Add(ClientAddressFilter.Header, "203.0.113.1");
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add((await http.PostAsJsonAsync($"/api/portal/agencies/{Province}/requests", Form(), StaffClient.Json)).StatusCode);
        }

        Assert.Equal(3, answers.Count(a => a == HttpStatusCode.Created));
        Assert.Equal(3, answers.Count(a => a == HttpStatusCode.TooManyRequests));
        // Another address is not throttled; reading the form is not a submission.
        var other = StaffClient.Anonymous(Factory);
        other.DefaultRequestHeaders.Add(ClientAddressFilter.Header, "198.51.100.7");
        Assert.Equal(HttpStatusCode.Created, (await other.PostAsJsonAsync($"/api/portal/agencies/{Province}/requests", Form(), StaffClient.Json)).StatusCode);
        var page = await http.GetAsync($"/Portal/Apply/{Province}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [DbFact]
    public async Task A_flood_of_sign_ins_from_one_address_ends_in_429()
    {
        var http = StaffClient.Anonymous(Factory);
        http.DefaultRequestHeaders.Add(ClientAddressFilter.Header, "203.0.113.2");
        var token = await StaffClient.FormTokenAsync(http, "/Account/Login");
        HttpResponseMessage? last = null;
        for (var i = 0; i < 8 && last?.StatusCode != HttpStatusCode.TooManyRequests; i++)
        {
            last = await http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = $"nobody{i}",
                ["Input.Password"] = "Wrong-password-1",
                ["__RequestVerificationToken"] = token,
            }));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Contains("操作过于频繁", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_flood_of_searches_ends_in_429()
    {
        var http = StaffClient.Anonymous(Factory);
        http.DefaultRequestHeaders.Add(ClientAddressFilter.Header, "203.0.113.3");
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            answers.Add((await http.GetAsync(i % 2 == 0 ? "/api/portal/catalog/search?q=土地" : "/portal/search?q=规划")).StatusCode);
        }

        Assert.Equal(5, answers.Count(a => a == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[^1]);
    }

    [DbFact]
    public async Task Uploads_past_the_daily_quota_of_an_address_are_refused_with_a_message()
    {
        var http = StaffClient.Anonymous(Factory);
        http.DefaultRequestHeaders.Add(ClientAddressFilter.Header, "203.0.113.9");
        var pdf = new byte[700 * 1024];
        "%PDF-1.4"u8.CopyTo(pdf);
        var first = await ApplyWithAttachmentAsync(http, pdf);
        Assert.Contains("tracking-number", first, StringComparison.Ordinal);
        var second = await ApplyWithAttachmentAsync(http, pdf);
        Assert.DoesNotContain("tracking-number", second, StringComparison.Ordinal);
        Assert.Contains("上传的附件已超过1MB", second, StringComparison.Ordinal);
    }

    private async Task<string> ApplyWithAttachmentAsync(HttpClient http, byte[] file)
    {
        var token = await StaffClient.FormTokenAsync(http, $"/Portal/Apply/{Province}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("NaturalPerson"), "Input.Kind" },
            { new StringContent("张三"), "Input.Name" },
            { new StringContent("440101199001011234"), "Input.IdNumber" },
            { new StringContent("13800138000"), "Input.Phone" },
            { new StringContent("某某地块的土地出让合同"), "Input.InformationWanted" },
            { new StringContent("Online"), "Input.DeliveryMeans" },
            { new ByteArrayContent(file), "Attachments", "材料.pdf" },
        };
        var response = await http.PostAsync($"/Portal/Apply/{Province}", form);
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [DbFact]
    public async Task Query_codes_have_fifty_bits()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "rh.clerk");
        var response = await clerk.Http.PostAsJsonAsync("/api/desk/requests", new { form = Form(), channel = "InPerson" }, StaffClient.Json);
        var code = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("queryCode").GetString()!;
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$", code);
        Assert.True(Math.Pow(32, Gongkai.Core.Requests.QueryCode.Length) >= Math.Pow(2, 40));
    }
}

public sealed class LimitedSqliteFactory : SqliteFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => AbuseLimitTests.Limits;
}

public sealed class LimitedPostgresFactory : PostgresFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => AbuseLimitTests.Limits;
}

public sealed class AbuseLimitTestsOnSqlite(LimitedSqliteFactory factory) : AbuseLimitTests(factory), IClassFixture<LimitedSqliteFactory>;

public sealed class AbuseLimitTestsOnPostgres(LimitedPostgresFactory factory) : AbuseLimitTests(factory), IClassFixture<LimitedPostgresFactory>;
