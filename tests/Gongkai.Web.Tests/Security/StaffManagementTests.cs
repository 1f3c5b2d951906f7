using System.Net;
using System.Text.RegularExpressions;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Security;

/// <summary>An Administrator disables, re-enables, resets and re-roles staff; each takes effect on the person's very next request, and is audited.</summary>
public abstract partial class StaffManagementTests(GongkaiFactory factory) : DeskTests(factory)
{
    private async Task<string> UserIdAsync(string userName)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    private static async Task<HttpResponseMessage> PostAsync(StaffClient admin, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await StaffClient.FormTokenAsync(admin.Http, "/Admin/Staff");
        return await admin.Http.PostAsync($"/Admin/Staff?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private async Task<List<string>> ActionsAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().Audit.Select(a => a.Action).ToListAsync();
    }

    [DbFact]
    public async Task A_disabled_staff_members_cookie_stops_working_at_once_and_they_cannot_sign_in_again()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "sx.clerk");
        Assert.Equal(HttpStatusCode.OK, (await clerk.Http.GetAsync("/api/desk/inbox")).StatusCode);
        var admin = await StaffClient.SignInAsync(Factory, "sg.admin");
        var id = await UserIdAsync("sx.clerk");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, "Disable", new() { ["id"] = id })).StatusCode);

        // The security stamp is checked when any time has passed since the cookie was issued; the
        // test clock stands still, so move it by a second (a real clock always has).
        Factory.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Unauthorized, (await clerk.Http.GetAsync("/api/desk/inbox")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await clerk.Http.GetAsync("/Desk")).StatusCode);
        var again = StaffClient.Anonymous(Factory);
        var token = await StaffClient.FormTokenAsync(again, "/Account/Login");
        var login = await again.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "sx.clerk", ["Input.Password"] = GongkaiFactory.Password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("用户名或密码不正确", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, "Enable", new() { ["id"] = id })).StatusCode);
        await StaffClient.SignInAsync(Factory, "sx.clerk");
        var actions = await ActionsAsync();
        Assert.Contains("StaffDisabled", actions);
        Assert.Contains("StaffEnabled", actions);
        Assert.Contains("SignInRefused", actions);
    }

    [DbFact]
    public async Task A_reset_password_must_be_changed_at_the_next_sign_in()
    {
        var head = await StaffClient.SignInAsync(Factory, "rh.head");
        var admin = await StaffClient.SignInAsync(Factory, "sg.admin");
        var reset = await PostAsync(admin, "Reset", new() { ["id"] = await UserIdAsync("rh.head") });
        var temporary = TemporaryPassword().Match(await reset.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.Equal(16, temporary.Length);

        // The security stamp is checked when any time has passed since the cookie was issued; the
        // test clock stands still, so move it by a second (a real clock always has).
        Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await head.Http.GetAsync("/api/desk/inbox")).StatusCode);

        var http = StaffClient.Anonymous(Factory);
        var token = await StaffClient.FormTokenAsync(http, "/Account/Login");
        var first = await http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "rh.head", ["Input.Password"] = temporary, ["__RequestVerificationToken"] = token,
        }));
        var page = await first.Content.ReadAsStringAsync();
        Assert.Contains("change-password", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/desk/inbox")).StatusCode);

        token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var changed = await http.PostAsync("/Account/Login?handler=Change", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "rh.head", ["Input.Password"] = temporary, ["NewPassword"] = "Danxia-Mountain-2026", ["ConfirmPassword"] = "Danxia-Mountain-2026",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/desk/inbox")).StatusCode);
        Assert.Contains("PasswordReset", await ActionsAsync());
    }

    [DbFact]
    public async Task A_role_change_takes_effect_at_once_and_is_audited()
    {
        var reviewer = await StaffClient.SignInAsync(Factory, "gd.reviewer");
        Assert.Equal(HttpStatusCode.OK, (await reviewer.Http.GetAsync("/api/desk/inbox")).StatusCode);
        var admin = await StaffClient.SignInAsync(Factory, "gd.admin");
        var moved = await PostAsync(admin, "Role", new() { ["id"] = await UserIdAsync("gd.reviewer"), ["role"] = "Clerk", ["agencyId"] = Renhua.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        // The security stamp is checked when any time has passed since the cookie was issued; the
        // test clock stands still, so move it by a second (a real clock always has).
        Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        // The old cookie (Reviewer of the province) is refused; the new sign-in sees Renhua's cases only.
        Assert.Equal(HttpStatusCode.Unauthorized, (await reviewer.Http.GetAsync("/api/desk/inbox")).StatusCode);
        var clerk = await StaffClient.SignInAsync(Factory, "gd.reviewer");
        var inbox = await clerk.Http.GetStringAsync("/api/desk/inbox");
        Assert.DoesNotContain($"\"agencyId\":{Province}", inbox, StringComparison.Ordinal);
        Assert.Contains("StaffRoleChanged", await ActionsAsync());
    }

    [DbFact]
    public async Task An_administrator_cannot_manage_staff_outside_their_agencies()
    {
        var admin = await StaffClient.SignInAsync(Factory, "sg.admin");
        var response = await PostAsync(admin, "Disable", new() { ["id"] = await UserIdAsync("gd.clerk") });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("没有这个工作人员", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await StaffClient.SignInAsync(Factory, "gd.clerk");
    }

    [DbFact]
    public async Task The_audit_page_filters_by_action_and_exports_csv_which_is_audited()
    {
        await StaffClient.SignInAsync(Factory, "rh.clerk");
        var admin = await StaffClient.SignInAsync(Factory, "gd.admin");
        await Task.Delay(600);
        var page = await admin.Http.GetStringAsync("/Admin/Audit?Action=SignedIn&Person=rh.clerk");
        Assert.Contains("SignedIn", page, StringComparison.Ordinal);
        Assert.DoesNotContain("StaffCreated", page, StringComparison.Ordinal);
        var csv = await admin.Http.GetAsync("/Admin/Audit?handler=Csv&Action=SignedIn");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("rh.clerk", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("AuditExported", await ActionsAsync());
        var clerk = await StaffClient.SignInAsync(Factory, "rh.clerk");
        Assert.NotEqual(HttpStatusCode.OK, (await clerk.Http.GetAsync("/Admin/Audit")).StatusCode);
    }

    [GeneratedRegex("id=\"temporary-password\">([^<]+)<")]
    private static partial Regex TemporaryPassword();
}

public sealed class StaffManagementTestsOnSqlite(SqliteFactory factory) : StaffManagementTests(factory), IClassFixture<SqliteFactory>;

public sealed class StaffManagementTestsOnPostgres(PostgresFactory factory) : StaffManagementTests(factory), IClassFixture<PostgresFactory>;
