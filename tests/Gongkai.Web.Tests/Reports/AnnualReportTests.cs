using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Reports;

/// <summary>
/// The register and the report workspace through HTTP: recording cases, composing, approving,
/// publishing, correcting; scoped like the desk (the roles × agencies matrix of <see cref="SecurityTests"/>).
/// The fake clock stands on 2 March 2026, so the 2025 report of a department is overdue.
/// </summary>
public abstract class AnnualReportTests(GongkaiFactory factory) : DeskTests(factory)
{
    private const int Year = 2025;

    private static object Appeal(string kind = "AdministrativeReview", string filed = "2025-05-06", string? decided = null, string? disposition = null, string? tracking = null, long? reviewCaseId = null) => new
    {
        kind,
        requestTrackingNumber = tracking,
        decision = "政府信息公开申请答复书",
        reviewCaseId,
        applicantName = "张三",
        bodyName = kind == "AdministrativeReview" ? "广东省人民政府" : "广州铁路运输中级法院",
        bodyLevel = "Province",
        caseNumber = "粤府行复〔2025〕1号",
        filedOn = filed,
        copyReceivedOn = filed,
        decidedOn = decided,
        disposition,
    };

    private static async Task<long> RecordAsync(StaffClient staff, int agency, object appeal)
    {
        var response = await staff.Http.PostAsJsonAsync($"/api/reports/register/{agency}", appeal, StaffClient.Json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private static async Task<JsonElement> WorkspaceAsync(StaffClient staff, int agency, int year = Year) =>
        await staff.Http.GetFromJsonAsync<JsonElement>($"/api/reports/workspace/{agency}/{year}", StaffClient.Json);

    private static Task<HttpResponseMessage> StepAsync(StaffClient staff, int agency, string kind, string? note = null, int year = Year) =>
        staff.Http.PostAsJsonAsync($"/api/reports/workspace/{agency}/{year}/steps", new { kind, note }, StaffClient.Json);

    private async Task PublishAsync(int agency, string clerk, string reviewer, string head, int year = Year)
    {
        foreach (var (user, kind) in new[] { (clerk, "Submit"), (reviewer, "Review"), (head, "Approve") })
        {
            var response = await StepAsync(await StaffClient.SignInAsync(Factory, user), agency, kind, year: year);
            Assert.True(response.StatusCode == HttpStatusCode.NoContent, $"{user} {kind}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    [DbFact]
    public async Task A_recorded_case_counts_in_section_four_of_the_workspace()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "sx.clerk");
        await RecordAsync(clerk, Shixing, Appeal(decided: "2025-08-01", disposition: "Annulled"));
        await RecordAsync(clerk, Shixing, Appeal(kind: "LawsuitDirect", filed: "2025-11-03"));
        var report = (await WorkspaceAsync(clerk, Shixing)).GetProperty("report").GetProperty("reviewAndLitigation");
        Assert.Equal(1, report.GetProperty("review").GetProperty("Corrected").GetInt32());
        Assert.Equal(1, report.GetProperty("lawsuitDirect").GetProperty("Pending").GetInt32());
    }

    [DbFact]
    public async Task Recording_a_case_is_audit_logged()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "rh.clerk");
        var id = await RecordAsync(clerk, Renhua, Appeal());
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        Assert.True(await db.Audit.AnyAsync(a => a.AppealCaseId == id && a.Action == "AppealRecorded" && a.UserName.Contains("郑丽")));
    }

    [DbFact]
    public async Task A_case_shows_the_answer_deadline_with_its_articles()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "rh.clerk");
        var id = await RecordAsync(clerk, Renhua, Appeal(filed: "2026-02-24"));
        var view = await clerk.Http.GetFromJsonAsync<JsonElement>($"/api/reports/register/cases/{id}", StaffClient.Json);
        Assert.Equal(Calendar.AddWorkingDays(new DateOnly(2026, 2, 24), 10).Date.ToString("yyyy-MM-dd"), view.GetProperty("answerDue").GetString());
        Assert.Contains("第四十八条", view.GetProperty("explanation")[0].GetString(), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_lawsuit_after_review_must_name_its_review_case()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "rh.clerk");
        var response = await clerk.Http.PostAsJsonAsync($"/api/reports/register/{Renhua}", Appeal(kind: "LawsuitAfterReview"), StaffClient.Json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("关联本机关登记的行政复议案件", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task The_request_page_shows_its_case_and_the_applicants_status_page_does_not()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var registered = await (await clerk.Http.PostAsJsonAsync("/api/desk/requests", new { form = Form(), channel = "InPerson" }, StaffClient.Json)).Content.ReadFromJsonAsync<JsonElement>();
        var (requestId, tracking, code) = (registered.GetProperty("id").GetInt64(), registered.GetProperty("trackingNumber").GetString()!, registered.GetProperty("queryCode").GetString()!);
        await RecordAsync(clerk, Province, Appeal(tracking: tracking));
        var page = await clerk.Http.GetStringAsync($"/Desk/Case/{requestId}");
        Assert.Contains("行政复议", page, StringComparison.Ordinal);
        var status = await StaffClient.Anonymous(Factory).GetStringAsync($"/api/portal/requests/{tracking}?code={code}");
        Assert.Contains(tracking, status, StringComparison.Ordinal);
        Assert.DoesNotContain("复议", status, StringComparison.Ordinal);
        Assert.DoesNotContain("诉讼", status, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_report_goes_from_the_clerk_through_the_reviewer_and_the_head_to_the_portal()
    {
        await PublishAsync(Province, "gd.clerk", "gd.reviewer", "gd.head");
        var anonymous = StaffClient.Anonymous(Factory);
        var published = await anonymous.GetFromJsonAsync<JsonElement>($"/api/portal/reports/{Province}/{Year}");
        Assert.Equal(1, published.GetProperty("version").GetInt32());
        Assert.Equal(6, published.GetProperty("report").GetProperty("sections").GetArrayLength());
        var page = await anonymous.GetStringAsync($"/portal/{Province}/reports/{Year}");
        Assert.Contains("六、其他需要报告的事项", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/portal/reports/{Province}/{Year}/download/docx")).StatusCode);
    }

    [DbFact]
    public async Task Only_the_head_approves_a_report()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "sg.clerk");
        Assert.Equal(HttpStatusCode.NoContent, (await StepAsync(clerk, City, "Submit")).StatusCode);
        var refused = await StepAsync(clerk, City, "Review");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("只有审核人", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_draft_is_not_public()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "rh.clerk");
        await WorkspaceAsync(clerk, Renhua);
        var anonymous = StaffClient.Anonymous(Factory);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/portal/reports/{Renhua}/{Year}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/portal/{Renhua}/reports/{Year}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/reports/workspace/{Renhua}/{Year}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/reports/register/{Renhua}")).StatusCode);
    }

    [DbFact]
    public async Task A_published_report_is_frozen_and_a_correction_publishes_a_new_version_keeping_the_old()
    {
        // The tests of a class share one database: this one works on the province's 2024 report alone.
        const int year = 2024;
        await PublishAsync(Province, "gd.clerk", "gd.reviewer", "gd.head", year);
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var before = await StaffClient.Anonymous(Factory).GetStringAsync($"/api/portal/reports/{Province}/{year}");
        // A case recorded after publication changes the live composition, not the published report.
        await RecordAsync(clerk, Province, Appeal(filed: "2024-03-01", decided: "2024-09-01", disposition: "Upheld"));
        Assert.Equal(before, await StaffClient.Anonymous(Factory).GetStringAsync($"/api/portal/reports/{Province}/{year}"));

        Assert.Equal(HttpStatusCode.NoContent, (await StepAsync(clerk, Province, "Correct", "补录一件行政复议案件", year)).StatusCode);
        await PublishAsync(Province, "gd.clerk", "gd.reviewer", "gd.head", year);

        var anonymous = StaffClient.Anonymous(Factory);
        var latest = await anonymous.GetFromJsonAsync<JsonElement>($"/api/portal/reports/{Province}/{year}");
        Assert.Equal((2, "补录一件行政复议案件"), (latest.GetProperty("version").GetInt32(), latest.GetProperty("correctionNote").GetString()));
        Assert.Equal(1, latest.GetProperty("report").GetProperty("reviewAndLitigation").GetProperty("review").GetProperty("Upheld").GetInt32());
        var first = await anonymous.GetFromJsonAsync<JsonElement>($"/api/portal/reports/{Province}/{year}?version=1");
        Assert.Equal(0, first.GetProperty("report").GetProperty("reviewAndLitigation").GetProperty("review").GetProperty("Upheld").GetInt32());
    }

    [DbFact]
    public async Task The_workspace_shows_the_statutory_date_and_flags_an_overdue_report()
    {
        var workspace = (await WorkspaceAsync(await StaffClient.SignInAsync(Factory, "rh.clerk"), Renhua)).GetProperty("view");
        Assert.Equal("2026-01-31", workspace.GetProperty("due").GetString());
        Assert.True(workspace.GetProperty("overdue").GetBoolean());
        Assert.True(workspace.GetProperty("workingDaysLeft").GetInt32() < 0);
    }

    [DbFact]
    public async Task An_opening_figure_is_marked_in_the_report_and_its_author_audit_logged()
    {
        const int year = 2024;
        var clerk = await StaffClient.SignInAsync(Factory, "sg.clerk");
        var token = await StaffClient.FormTokenAsync(clerk.Http, $"/Reports/Workspace?AgencyId={City}&Year={year}");
        var response = await clerk.Http.PostAsync($"/Reports/Workspace?AgencyId={City}&Year={year}&handler=Figure", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["figure.Cell"] = "reviewAndLitigation.review.Upheld", ["figure.Value"] = "2", ["figure.Reason"] = "本系统启用前的复议案件", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var report = (await WorkspaceAsync(clerk, City, year)).GetProperty("report");
        Assert.Equal(2, report.GetProperty("reviewAndLitigation").GetProperty("review").GetProperty("Total").GetInt32());
        Assert.Contains(report.GetProperty("sections")[5].GetProperty("paragraphs").EnumerateArray(), p => p.GetString()!.Contains("本系统启用前录入的数据", StringComparison.Ordinal));
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        Assert.True(await db.Audit.AnyAsync(a => a.Action == "ReportFigureEntered" && a.UserName.Contains("周杰")));
    }

    [DbFact]
    public async Task Last_years_uploaded_report_makes_the_cross_year_rules_run()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "rh.clerk");
        // Last year's report, as made elsewhere, left five reviews pending; this year has fewer cases.
        var last = System.Text.Json.Nodes.JsonNode.Parse((await WorkspaceAsync(clerk, Renhua, Year - 1)).GetProperty("report").GetRawText())!;
        last["reviewAndLitigation"]!["review"]!["Pending"] = 5;
        last["reviewAndLitigation"]!["review"]!["Total"] = 5;
        var edited = last.ToJsonString();
        var token = await StaffClient.FormTokenAsync(clerk.Http, $"/Reports/Workspace?AgencyId={Renhua}&Year={Year}");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(edited)), "file", "2024.json" },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await clerk.Http.PostAsync($"/Reports/Workspace?AgencyId={Renhua}&Year={Year}&handler=Previous", content)).StatusCode);
        var findings = (await WorkspaceAsync(clerk, Renhua)).GetProperty("view").GetProperty("findings");
        Assert.Contains(findings.EnumerateArray(), f => f.GetProperty("rule").GetString() == "continuity.pending");
    }

    [DbFact]
    public async Task No_role_of_any_agency_reaches_another_agencys_workspace_or_register()
    {
        var cases = new Dictionary<int, long>();
        foreach (var (agency, clerk) in new[] { (Province, "gd.clerk"), (City, "sg.clerk"), (Renhua, "rh.clerk"), (Shixing, "sx.clerk") })
        {
            cases[agency] = await RecordAsync(await StaffClient.SignInAsync(Factory, clerk), agency, Appeal());
        }

        var checkedCount = 0;
        foreach (var (user, sees) in SecurityTests.Staff)
        {
            var staff = await StaffClient.SignInAsync(Factory, user);
            foreach (var (agency, caseId) in cases)
            {
                var visible = sees.Contains(agency);
                var expected = visible ? HttpStatusCode.OK : HttpStatusCode.NotFound;
                var label = $"{user} → agency {agency}";
                Assert.True(expected == (await staff.Http.GetAsync($"/api/reports/workspace/{agency}/{Year}")).StatusCode, $"{label}: GET workspace");
                Assert.True(expected == (await staff.Http.GetAsync($"/api/reports/workspace/{agency}/{Year}/download/json")).StatusCode, $"{label}: draft download");
                Assert.True(expected == (await staff.Http.GetAsync($"/api/reports/register/{agency}")).StatusCode, $"{label}: GET register");
                Assert.True(expected == (await staff.Http.GetAsync($"/api/reports/register/cases/{caseId}")).StatusCode, $"{label}: GET case");
                Assert.True(expected == (await staff.Http.GetAsync($"/Reports/Workspace?AgencyId={agency}&Year={Year}")).StatusCode, $"{label}: workspace page");
                Assert.True(expected == (await staff.Http.GetAsync($"/Reports/Register?AgencyId={agency}")).StatusCode, $"{label}: register page");
                Assert.True(expected == (await staff.Http.GetAsync($"/Reports/Appeal/{caseId}")).StatusCode, $"{label}: case page");
                // A step on a visible report is judged (a correction without its note is always refused); an invisible one is not found.
                var step = await StepAsync(staff, agency, "Correct");
                Assert.True((visible ? HttpStatusCode.Conflict : HttpStatusCode.NotFound) == step.StatusCode, $"{label}: POST step");
                var put = await staff.Http.PutAsJsonAsync($"/api/reports/register/cases/{caseId}", Appeal(), StaffClient.Json);
                Assert.True((visible ? HttpStatusCode.NoContent : HttpStatusCode.NotFound) == put.StatusCode, $"{label}: PUT case");
                checkedCount += 9;
            }
        }

        Assert.Equal(SecurityTests.Staff.Length * cases.Count * 9, checkedCount);
    }
}

public sealed class AnnualReportTestsOnSqlite(SqliteFactory factory) : AnnualReportTests(factory), IClassFixture<SqliteFactory>;

public sealed class AnnualReportTestsOnPostgres(PostgresFactory factory) : AnnualReportTests(factory), IClassFixture<PostgresFactory>;
