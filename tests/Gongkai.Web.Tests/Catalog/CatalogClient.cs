using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Catalog;

/// <summary>Catalog calls through HTTP for the tests of one provider.</summary>
public static class CatalogClient
{
    public static object Form(string title = "关于征地区片综合地价调整的通知", string genre = "NormativeDocument", string? body = null, string writtenOn = "2026-02-20",
        string mode = "Proactive", string? modeBasis = null, string? modeReason = null, string documentNumber = "粤自然资规字〔2026〕1号") => new
    {
        title,
        issuingAgency = "广东省自然资源厅",
        documentNumber,
        writtenOn,
        topic = "国土资源、能源",
        genre,
        summary = "调整征地区片综合地价。",
        body = body ?? "<p>各地级以上市自然资源主管部门：现将征地区片综合地价调整事项通知如下。</p>",
        mode,
        modeBasis,
        modeReason,
    };

    public static async Task<JsonElement> CreateAsync(StaffClient staff, object form)
    {
        var response = await staff.Http.PostAsJsonAsync("/api/catalog/items", form, StaffClient.Json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static Task<HttpResponseMessage> ReviewAsync(StaffClient staff, long id, string action, string? note = null) =>
        staff.Http.PostAsJsonAsync($"/api/catalog/items/{id}/review", new { action, note }, StaffClient.Json);

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static async Task<string> RefusedAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        return body.GetProperty("detail").GetString()!;
    }

    /// <summary>Drafts, then takes it through the demo province's two review levels.</summary>
    public static async Task<long> PublishAsync(GongkaiFactory factory, object form)
    {
        var clerk = await StaffClient.SignInAsync(factory, "gd.clerk");
        var reviewer = await StaffClient.SignInAsync(factory, "gd.reviewer");
        var head = await StaffClient.SignInAsync(factory, "gd.head");
        var id = (await CreateAsync(clerk, form)).GetProperty("id").GetInt64();
        await OkAsync(await ReviewAsync(clerk, id, "Submit"));
        await OkAsync(await ReviewAsync(reviewer, id, "Approve"));
        await OkAsync(await ReviewAsync(head, id, "Approve"));
        return id;
    }

    public static async Task<JsonElement> SearchAsync(HttpClient http, string query)
    {
        var amp = query.IndexOf('&', StringComparison.Ordinal);
        var (text, filters) = amp < 0 ? (query, "") : (query[..amp], query[amp..]);
        var response = await http.GetAsync("/api/portal/catalog/search?q=" + Uri.EscapeDataString(text) + filters);
        return await OkAsync(response);
    }

    /// <summary>Posts a page's form with the antiforgery token of <paramref name="page"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(StaffClient staff, string page, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await StaffClient.FormTokenAsync(staff.Http, page);
        return await staff.Http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>The page's HTML with character references decoded.</summary>
    public static async Task<string> HtmlAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>Reads (or changes) the test database directly.</summary>
    public static async Task<T> InDatabaseAsync<T>(GongkaiFactory factory, Func<GongkaiDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>());
    }

    public static IEnumerable<string> Titles(JsonElement search) =>
        search.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("title").GetString()!);
}
