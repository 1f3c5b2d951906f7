using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gongkai.Web.Tests.Security;

/// <summary>Every page, API answer, file and error carries the security headers; links never follow the Host header.</summary>
public abstract class HeaderTests(GongkaiFactory factory) : DeskTests(factory)
{
    public static readonly string[] AnonymousPaths =
    [
        "/", "/Portal", "/portal/agencies", $"/portal/{Province}", $"/Portal/Apply/{Province}", "/Portal/Status",
        "/portal/search?q=土地", "/Account/Login", "/Account/Denied", "/Error", "/no-such-page", "/site.css",
        "/api/portal/agencies", "/api/portal/requests/GK-NONE?code=1", "/api/portal/catalog/search?q=土地",
        $"/portal/{Province}/feed.atom", "/openapi/v1.json", "/health", "/health/live", "/Desk", "/api/desk/inbox",
    ];

    public static readonly string[] StaffPaths =
    [
        "/Desk", "/Desk/Register", "/Catalog", "/Reports/Section3", "/Admin/Staff", "/Admin/Templates",
        "/api/desk/inbox", "/api/desk/antiforgery", "/api/catalog/items", "/api/desk/requests/999999",
    ];

    [DbFact]
    public async Task Every_anonymous_page_and_api_answer_carries_the_security_headers()
    {
        var http = StaffClient.Anonymous(Factory);
        foreach (var path in AnonymousPaths)
        {
            AssertHeaders(await http.GetAsync(path), path, https: false);
        }
    }

    [DbFact]
    public async Task Every_staff_page_and_api_answer_carries_the_security_headers_and_is_not_cached()
    {
        var admin = await StaffClient.SignInAsync(Factory, "gd.admin");
        foreach (var path in StaffPaths)
        {
            var response = await admin.Http.GetAsync(path);
            AssertHeaders(response, path, https: false);
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path}: Cache-Control no-store");
        }
    }

    [DbFact]
    public async Task Https_answers_add_hsts_and_secure_cookies()
    {
        var http = Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var response = await http.GetAsync("/Account/Login");
        AssertHeaders(response, "/Account/Login", https: true);
        Assert.Contains("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(cookies, c => Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase));
    }

    [DbFact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site()
    {
        var http = StaffClient.Anonymous(Factory);
        var token = await StaffClient.FormTokenAsync(http, "/Account/Login");
        var response = await http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "rh.clerk",
            ["Input.Password"] = GongkaiFactory.Password,
            ["__RequestVerificationToken"] = token,
        }));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("gongkai.staff=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [DbFact]
    public async Task A_forged_host_header_does_not_change_the_feeds_links()
    {
        var http = StaffClient.Anonymous(Factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/portal/{Province}/feed.atom");
        request.Headers.Host = "evil.example";
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var feed = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("evil.example", feed, StringComparison.Ordinal);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var links = XDocument.Parse(feed).Descendants(atom + "link").Select(l => (string)l.Attribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith(PublicBaseUrl + "/portal/", l, StringComparison.Ordinal));
    }

    [DbFact]
    public async Task Health_answers_for_the_process_and_the_database()
    {
        var http = StaffClient.Anonymous(Factory);
        var health = await http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
    }

    // http: the tests sign in over http, and an https site makes the sign-in cookie Secure.
    public const string PublicBaseUrl = "http://gongkai.example.gov.cn";

    private static void AssertHeaders(HttpResponseMessage response, string path, bool https)
    {
        string Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
                ? string.Join(", ", values)
                : throw new Xunit.Sdk.XunitException($"{path} ({(int)response.StatusCode}): no {name} header");
        var csp = Header("Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Header("X-Frame-Options"));
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header("Referrer-Policy"));
        Assert.Contains("camera=()", Header("Permissions-Policy"), StringComparison.Ordinal);
        Assert.Equal(https, response.Headers.Contains("Strict-Transport-Security"));
    }
}

/// <summary>The factory with a configured public address.</summary>
public sealed class PublicAddressSqliteFactory : SqliteFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?>(Unthrottled) { ["Site:PublicBaseUrl"] = HeaderTests.PublicBaseUrl + "/" };
}

public sealed class PublicAddressPostgresFactory : PostgresFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?>(Unthrottled) { ["Site:PublicBaseUrl"] = HeaderTests.PublicBaseUrl };
}

public sealed class HeaderTestsOnSqlite(PublicAddressSqliteFactory factory) : HeaderTests(factory), IClassFixture<PublicAddressSqliteFactory>;

public sealed class HeaderTestsOnPostgres(PublicAddressPostgresFactory factory) : HeaderTests(factory), IClassFixture<PublicAddressPostgresFactory>;
