using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gongkai.Web.Tests;

/// <summary>Helpers for tests through HTTP against one database provider: demo agencies, registering, steps.</summary>
public abstract class DeskTests(GongkaiFactory factory)
{
    protected GongkaiFactory Factory { get; } = factory;

    public const int Province = 1, City = 2, Renhua = 3, Shixing = 4;

    /// <summary>An ID card number with its GB 11643 check digit.</summary>
    public const string ValidId = "440101199001011233";

    protected static object Form(string name = "张三", string kind = "NaturalPerson", string id = "440101199001011233") => new
    {
        kind,
        name,
        idNumber = id,
        phone = "13800138000",
        address = "广东省广州市越秀区某路1号",
        informationWanted = "2025年某某地块土地出让合同",
        deliveryForm = "Paper",
        deliveryMeans = "Post",
    };

    protected async Task<long> RegisterAsync(StaffClient staff, DateOnly? receivedOn = null, string kind = "NaturalPerson")
    {
        var id = kind == "NaturalPerson" ? "440101199001011233" : "91440101MA5ABCDE1M";
        var response = await staff.Http.PostAsJsonAsync("/api/desk/requests", new { form = Form("张三", kind, id), channel = "InPerson", receivedOn }, StaffClient.Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    protected static object Step(string kind, string? on = null, int? days = null, decimal? amount = null, string? outcome = null, string? legalBasis = null, string? note = null) =>
        new { kind, on, days, amount, outcome, legalBasis, note };

    protected static async Task Done(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
    }

    protected static async Task<string> Refused(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("该步骤现在不能办理。", body.GetProperty("title").GetString());
        return body.GetProperty("detail").GetString()!;
    }

    protected static string Today(GongkaiFactory f) => DateOnly.FromDateTime(f.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd");

    protected static readonly Gongkai.Core.Calendar.WorkdayCalendar Calendar = Gongkai.Core.Calendar.WorkdayCalendar.Default;

    protected const string Basis = "《中华人民共和国政府信息公开条例》第三十六条第（二）项";

}
