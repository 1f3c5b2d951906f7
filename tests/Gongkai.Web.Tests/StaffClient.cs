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
        return new StaffClient(http);
    }

    /// <summary>The antiforgery token of the form on a page.</summary>
    public static async Task<string> FormTokenAsync(HttpClient http, string path)
    {
        var html = await http.GetStringAsync(path);
        return TokenPattern().Match(html).Groups[1].Value;
    }

    public Task<HttpResponseMessage> StepAsync(long id, object step) => Http.PostAsJsonAsync($"/api/desk/requests/{id}/steps", step, Json);

    public async Task<JsonElement> CaseAsync(long id) => await Http.GetFromJsonAsync<JsonElement>($"/api/desk/requests/{id}", Json);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
