using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Web.Tests;

/// <summary>An HTTP client signed in as a demo staff member, with the antiforgery token for the desk API.</summary>
public sealed partial class StaffClient
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public HttpClient Http { get; }

    private StaffClient(HttpClient http) => Http = http;

    public static HttpClient Anonymous(GongkaiFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<StaffClient> SignInAsync(GongkaiFactory factory, string userName)
    {
        var http = Anonymous(factory);
        var form = await FormTokenAsync(http, "/Account/Login");
        var response = await http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = GongkaiFactory.Password,
            ["__RequestVerificationToken"] = form,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var token = await http.GetFromJsonAsync<JsonElement>("/api/desk/antiforgery");
        http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", token.GetProperty("value").GetString());
        var client = new StaffClient(http);
        // Letters need sign-off: a clerk's drafts are approved by the agency's reviewer (or head).
        if (userName.EndsWith(".clerk", StringComparison.Ordinal))
        {
            var prefix = userName[..^".clerk".Length];
            client.Approver = await SignInAsync(factory, prefix == "gd" ? "gd.reviewer" : $"{prefix}.head");
        }

        return client;
    }

    /// <summary>The antiforgery token of the form on a page.</summary>
    public static async Task<string> FormTokenAsync(HttpClient http, string path)
    {
        var html = await http.GetStringAsync(path);
        return TokenPattern().Match(html).Groups[1].Value;
    }

    /// <summary>The approver who signs off this client's drafts (the agency's reviewer or head).</summary>
    public StaffClient? Approver { get; set; }

    private static readonly string[] SignedOff = ["Replied", "CorrectionRequested", "ConsultationStarted", "FeeNoticed"];

    /// <summary>
    /// Takes a step; a letter step is drafted and signed off by <see cref="Approver"/> (the response is then
    /// the refusal of the draft, or the approval).
    /// </summary>
    public async Task<HttpResponseMessage> StepAsync(long id, object step)
    {
        var json = JsonSerializer.SerializeToElement(step, Json);
        var kind = json.GetProperty("kind").GetString();
        if (!SignedOff.Contains(kind) || Approver is null)
        {
            return await Http.PostAsJsonAsync($"/api/desk/requests/{id}/steps", step, Json);
        }

        var extras = new Dictionary<string, object?> { ["step"] = json };
        foreach (var name in new[] { "feeMethod", "feeQuantity", "feeReason", "withheld", "thirdParty" })
        {
            if (json.TryGetProperty(name, out var value))
            {
                extras[name] = value;
            }
        }

        var drafted = await Http.PostAsJsonAsync($"/api/desk/requests/{id}/drafts", extras, Json);
        if (drafted.StatusCode != HttpStatusCode.Created)
        {
            return drafted;
        }

        var draft = await drafted.Content.ReadFromJsonAsync<JsonElement>();
        return await Approver.Http.PostAsJsonAsync($"/api/desk/drafts/{draft.GetProperty("id").GetInt64()}/approve", new { comment = "同意。" }, Json);
    }

    public async Task<JsonElement> CaseAsync(long id) => await Http.GetFromJsonAsync<JsonElement>($"/api/desk/requests/{id}", Json);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
