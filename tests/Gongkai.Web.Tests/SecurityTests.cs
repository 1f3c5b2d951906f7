using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>
/// No page or API call reaches another agency's data: every staff role of every agency against a
/// case of every agency, through each endpoint. Plus CSRF on forms, upload checks, login walls.
/// </summary>
public abstract class SecurityTests(GongkaiFactory factory) : DeskTests(factory)
{
    /// <summary>The demo staff and the agencies each may see (Administrators: their agency and those below).</summary>
    public static readonly (string User, int[] Sees)[] Staff =
    [
        ("gd.clerk", [Province]), ("gd.reviewer", [Province]), ("gd.head", [Province]), ("gd.admin", [Province, City, Renhua, Shixing]),
        ("sg.clerk", [City]), ("sg.admin", [City, Renhua, Shixing]),
        ("rh.clerk", [Renhua]), ("rh.head", [Renhua]), ("sx.clerk", [Shixing]), ("sx.head", [Shixing]),
    ];

    [DbFact]
    public async Task No_role_of_any_agency_reaches_another_agencys_case()
    {
        var cases = new Dictionary<int, (long Id, long Document)>();
        foreach (var (agency, clerk) in new[] { (Province, "gd.clerk"), (City, "sg.clerk"), (Renhua, "rh.clerk"), (Shixing, "sx.clerk") })
        {
            var owner = await StaffClient.SignInAsync(Factory, clerk);
            var id = await RegisterAsync(owner);
            await Done(await owner.StepAsync(id, Step("CorrectionRequested", days: 10, note: "请写明年份。")));
            var doc = (await owner.CaseAsync(id)).GetProperty("documents")[0].GetProperty("id").GetInt64();
            cases[agency] = (id, doc);
        }

        var year = Factory.Clock.GetUtcNow().Year;
        var checkedCount = 0;
        foreach (var (user, sees) in Staff)
        {
            var staff = await StaffClient.SignInAsync(Factory, user);
            foreach (var (agency, (id, doc)) in cases)
            {
                var visible = sees.Contains(agency);
                var expected = visible ? HttpStatusCode.OK : HttpStatusCode.NotFound;
                var label = $"{user} → agency {agency}";
                Assert.True(expected == (await staff.Http.GetAsync($"/api/desk/requests/{id}")).StatusCode, $"{label}: GET case");
                Assert.True(expected == (await staff.Http.GetAsync($"/api/desk/requests/{id}?unmasked=true")).StatusCode, $"{label}: GET unmasked");
                Assert.True(expected == (await staff.Http.GetAsync($"/api/desk/requests/{id}/documents/{doc}")).StatusCode, $"{label}: GET document");
                Assert.True(expected == (await staff.Http.GetAsync($"/Desk/Case/{id}")).StatusCode, $"{label}: case page");
                Assert.True(expected == (await staff.Http.GetAsync($"/api/reports/section3/{agency}/{year}")).StatusCode, $"{label}: section 三");
                Assert.True(expected == (await staff.Http.GetAsync($"/api/reports/section3/{agency}/{year}/download/json")).StatusCode, $"{label}: section 三 download");
                Assert.True(expected == (await staff.Http.GetAsync($"/Reports/Section3?AgencyId={agency}&Year={year}")).StatusCode, $"{label}: section 三 page");
                // A step on a visible case is judged (refused here: the request awaits correction); an invisible one is not found.
                var step = await staff.StepAsync(id, Step("Accepted"));
                Assert.True((visible ? HttpStatusCode.Conflict : HttpStatusCode.NotFound) == step.StatusCode, $"{label}: POST step");
                checkedCount += 8;
            }

            var inbox = await staff.Http.GetFromJsonAsync<JsonElement>("/api/desk/inbox");
            Assert.All(inbox.EnumerateArray(), item => Assert.Contains(item.GetProperty("agencyId").GetInt32(), sees));
        }

        Assert.Equal(Staff.Length * cases.Count * 8, checkedCount);
    }

    [DbFact]
    public async Task Anonymous_callers_reach_no_staff_page_or_api()
    {
        var anonymous = StaffClient.Anonymous(Factory);
        foreach (var path in new[] { "/Desk", "/Desk/Case/1", "/Desk/Register", "/Reports/Section3", "/Admin/Templates", "/Admin/Staff" })
        {
            var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        foreach (var path in new[] { "/api/desk/inbox", "/api/desk/requests/1", "/api/reports/section3/1/2026" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        }
    }

    /// <summary>The routes the public may reach: the portal, its API and feeds, sign-in, the error page, the home page, the OpenAPI document.</summary>
    private static readonly string[] PublicPrefixes = ["api/portal/", "portal/", "Portal/", "Portal", "Account/", "Error", "openapi/"];

    [DbFact]
    public void Every_page_and_endpoint_outside_the_portal_requires_staff()
    {
        _ = Factory.Server; // builds the host, so every endpoint is registered
        var endpoints = Factory.Services.GetServices<Microsoft.AspNetCore.Routing.EndpointDataSource>()
            .SelectMany(source => source.Endpoints).OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>().ToList();
        var open = new List<string>();
        var walked = 0;
        foreach (var endpoint in endpoints)
        {
            var route = endpoint.RoutePattern.RawText?.TrimStart('/') ?? "";
            if (route.Length == 0 || route == "Index" || PublicPrefixes.Any(p => route.StartsWith(p, StringComparison.Ordinal)))
            {
                continue;
            }

            walked++;
            var anonymous = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is not null;
            var policies = endpoint.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>();
            if (anonymous || !policies.Any(d => d.Policy is Staffing.StaffPolicies.Staff))
            {
                open.Add(route);
            }
        }

        Assert.True(walked > 30, $"only {walked} staff routes found");
        Assert.Empty(open);
    }

    [DbFact]
    public async Task Only_administrators_reach_the_admin_pages()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.head");
        var denied = await clerk.Http.GetAsync("/Admin/Templates");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/Account/Denied", denied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var admin = await StaffClient.SignInAsync(Factory, "gd.admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/Admin/Templates")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/Admin/Staff")).StatusCode);
    }

    [DbFact]
    public async Task Forms_refuse_a_post_without_the_antiforgery_token()
    {
        var anonymous = StaffClient.Anonymous(Factory);
        var response = await anonymous.PostAsync($"/Portal/Apply/{Province}", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Name"] = "张三" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var login = await anonymous.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.UserName"] = "gd.clerk", ["Input.Password"] = GongkaiFactory.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
    }

    [DbFact]
    public async Task Apply_form_shows_chinese_messages_beside_the_fields_and_checks_uploads()
    {
        var anonymous = StaffClient.Anonymous(Factory);
        var html = await PostApplyAsync(anonymous, "NaturalPerson", "440101199001011233", "申请材料.pdf", "MZ this is not a pdf"u8.ToArray());
        Assert.Contains("内容与扩展名不符", html);
        Assert.DoesNotContain("tracking-number", html);

        html = await PostApplyAsync(anonymous, "CommercialEnterprise", "123", "run.exe", [1, 2, 3]);
        Assert.Contains("统一社会信用代码", html);
        Assert.Contains("类型不允许", html);

        html = await PostApplyAsync(anonymous, "NaturalPerson", "440101199001011233", "../../etc/申请材料.pdf", "%PDF-1.4 test"u8.ToArray());
        Assert.Contains("tracking-number", html);
    }

    /// <summary>Posts the apply form (with its antiforgery token) and one attachment; returns the page.</summary>
    private async Task<string> PostApplyAsync(HttpClient client, string kind, string idNumber, string fileName, byte[] file)
    {
        var token = await StaffClient.FormTokenAsync(client, $"/Portal/Apply/{Province}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(kind), "Input.Kind" },
            { new StringContent(kind == "NaturalPerson" ? "张三" : "某公司"), "Input.Name" },
            { new StringContent(idNumber), "Input.IdNumber" },
            { new StringContent("13800138000"), "Input.Phone" },
            { new StringContent("某某地块的土地出让合同"), "Input.InformationWanted" },
            { new StringContent("Online"), "Input.DeliveryMeans" },
            { new ByteArrayContent(file), "Attachments", fileName },
        };
        var response = await client.PostAsync($"/Portal/Apply/{Province}", form);
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [DbFact]
    public async Task Notices_are_docx_in_official_document_layout_and_the_applicant_downloads_the_reply()
    {
        var anonymous = StaffClient.Anonymous(Factory);
        var ack = await (await anonymous.PostAsJsonAsync($"/api/portal/agencies/{Province}/requests", Form("李四"), StaffClient.Json)).Content.ReadFromJsonAsync<JsonElement>();
        var number = ack.GetProperty("trackingNumber").GetString();
        var code = ack.GetProperty("queryCode").GetString();
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = (await clerk.Http.GetFromJsonAsync<JsonElement>("/api/desk/inbox")).EnumerateArray()
            .Single(i => i.GetProperty("trackingNumber").GetString() == number).GetProperty("id").GetInt64();
        await Done(await clerk.StepAsync(id, Step("Accepted")));
        await Done(await clerk.StepAsync(id, Step("Replied", outcome: "PartiallyDisclosed", legalBasis: "第三十七条", note: "部分信息涉及个人隐私。")));

        var status = await anonymous.GetFromJsonAsync<JsonElement>($"/api/portal/requests/{number}?code={code}");
        var reply = status.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "ReplyLetter");
        var bytes = await anonymous.GetByteArrayAsync($"/api/portal/requests/{number}/documents/{reply.GetProperty("id").GetInt64()}?code={code}");
        using var docx = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = docx.MainDocumentPart!.Document.Body!;
        var text = body.InnerText;
        Assert.Contains("政府信息公开申请答复书", text);
        Assert.Contains("李四", text);
        Assert.Contains("部分公开", text);
        Assert.Contains("广东省自然资源厅", text);
        var section = body.GetFirstChild<SectionProperties>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal(2098, margin.Top!.Value);       // 37 mm
        Assert.Equal(1984, margin.Bottom!.Value);    // 35 mm
        Assert.Equal(1587u, margin.Left!.Value);     // 28 mm
        Assert.Equal(1474u, margin.Right!.Value);    // 26 mm
        Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value);
        var title = body.Elements<Paragraph>().First().Descendants<RunProperties>().First();
        Assert.Equal("方正小标宋简体", title.RunFonts!.EastAsia!.Value);
        Assert.Equal("44", title.FontSize!.Val!.Value);

        var wrong = await anonymous.GetAsync($"/api/portal/requests/{number}/documents/{reply.GetProperty("id").GetInt64()}?code=12345678");
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
    }

    [DbFact]
    public async Task An_administrator_edits_a_template_and_the_next_notice_uses_it()
    {
        var admin = await StaffClient.SignInAsync(Factory, "rh.clerk");
        var renhuaAdmin = await StaffClient.SignInAsync(Factory, "sg.admin");
        var token = await StaffClient.FormTokenAsync(renhuaAdmin.Http, "/Admin/Templates");
        var saved = await renhuaAdmin.Http.PostAsync("/Admin/Templates", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Kind"] = "CorrectionNotice",
            ["Input.Title"] = "韶关市补正告知书",
            ["Input.Body"] = "{{applicant}}：请于{{dueOn}}前补正：{{note}}",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var cityClerk = await StaffClient.SignInAsync(Factory, "sg.clerk");
        var id = await RegisterAsync(cityClerk);
        await Done(await cityClerk.StepAsync(id, Step("CorrectionRequested", days: 10, note: "写明年份")));
        var doc = (await cityClerk.CaseAsync(id)).GetProperty("documents")[0].GetProperty("id").GetInt64();
        var bytes = await cityClerk.Http.GetByteArrayAsync($"/api/desk/requests/{id}/documents/{doc}");
        using var docx = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Contains("韶关市补正告知书", docx.MainDocumentPart!.Document.Body!.InnerText);
        Assert.Contains("写明年份", docx.MainDocumentPart!.Document.Body!.InnerText);
        _ = admin;
    }

    [DbFact]
    public async Task Section3_downloads_as_docx_xlsx_and_json_through_the_report_engine()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "rh.clerk");
        var year = Factory.Clock.GetUtcNow().Year;
        foreach (var (format, magic) in new[] { ("docx", "PK"), ("xlsx", "PK"), ("json", "{") })
        {
            var response = await clerk.Http.GetAsync($"/api/reports/section3/{Renhua}/{year}/download/{format}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.StartsWith(magic, System.Text.Encoding.ASCII.GetString(bytes, 0, 2), StringComparison.Ordinal);
        }

        var json = await clerk.Http.GetStringAsync($"/api/reports/section3/{Renhua}/{year}/download/json");
        var read = Gongkai.Reports.AnnualReports.Read(System.Text.Encoding.UTF8.GetBytes(json), "section3.json");
        Assert.NotNull(read.Report);
        Assert.DoesNotContain(Gongkai.Reports.AnnualReports.Check(read.Report!), f => f.Rule.StartsWith("requests.", StringComparison.Ordinal));
    }
}

public sealed class SecurityTestsOnSqlite(SqliteFactory factory) : SecurityTests(factory), IClassFixture<SqliteFactory>;

public sealed class SecurityTestsOnPostgres(PostgresFactory factory) : SecurityTests(factory), IClassFixture<PostgresFactory>;
