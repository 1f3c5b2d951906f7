using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests;

/// <summary>
/// axe-core on the main pages of the portal and the desk: no serious or critical violation; the portal
/// and the status page fit a phone (375 px) without sideways scrolling.
/// </summary>
public sealed class AccessibilityTests
{
    private static readonly string Screenshots = Path.Combine(ServerProcess.RepositoryRoot, "artifacts", "screenshots");

    private static readonly BrowserTypeLaunchOptions Launch = new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    };

    private static readonly string[] PublicPages = ["/", "/Portal", "/Portal/Apply/3", "/Portal/Status", "/portal/agencies"];

    private static readonly string[] StaffPages = ["/Desk", "/Desk/Register", "/Desk/Case/1", "/Desk/Supervision", "/Admin/Calendar", "/Admin/Letters", "/Admin/Templates"];

    [Fact]
    public async Task Main_pages_have_no_serious_or_critical_axe_violation()
    {
        await using var server = await ServerProcess.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(Launch);
        var site = server.Address.ToString().TrimEnd('/');
        var failures = new List<string>();
        var anonymous = await browser.NewPageAsync();
        foreach (var path in PublicPages)
        {
            await anonymous.GotoAsync(site + path);
            failures.AddRange(await SeriousAsync(anonymous, path));
        }

        var admin = await SignInAsync(browser, site, "gd.admin");
        foreach (var path in StaffPages)
        {
            await admin.GotoAsync(site + path);
            failures.AddRange(await SeriousAsync(admin, path));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("/Portal/Apply/3", "a11y-phone-apply.png")]
    [InlineData("/Portal/Status", "a11y-phone-status.png")]
    public async Task The_portal_fits_a_phone_375_px_wide(string path, string screenshot)
    {
        Directory.CreateDirectory(Screenshots);
        await using var server = await ServerProcess.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(Launch);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 375, Height = 812 } });
        await page.GotoAsync(server.Address.ToString().TrimEnd('/') + path);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, screenshot), FullPage = true });
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"{path} is {width} px wide at a 375 px viewport");
    }

    private static async Task<IEnumerable<string>> SeriousAsync(IPage page, string path)
    {
        var results = await page.RunAxe();
        return results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");
    }

    private static async Task<IPage> SignInAsync(IBrowser browser, string site, string user)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site}/Account/Login");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", ServerProcess.Password);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync($"{site}/Desk", new() { Timeout = 60_000 });
        return page;
    }
}
