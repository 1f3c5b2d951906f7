using System.Globalization;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests;

/// <summary>
/// The whole journey in headless Chromium against the real server: a citizen submits a request; a
/// clerk asks for a correction, records it, accepts, asks for an extension the Head approves, and
/// replies; the citizen sees the reply; section 三 counts it. Screenshots go to artifacts/screenshots/.
/// </summary>
public sealed class DeskJourneyTests
{
    private static readonly string Screenshots = Path.Combine(ServerProcess.RepositoryRoot, "artifacts", "screenshots");

    private static readonly BrowserTypeLaunchOptions Launch = new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    };

    [Fact]
    public async Task Citizen_request_through_correction_extension_and_reply_shows_in_section3()
    {
        Directory.CreateDirectory(Screenshots);
        await using var server = await ServerProcess.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(Launch);
        var site = server.Address.ToString().TrimEnd('/');
        var year = DateTime.UtcNow.AddHours(8).Year.ToString(CultureInfo.InvariantCulture);

        // Section 三 before.
        var headPage = await SignInAsync(browser, site, "rh.head");
        var clerk = await SignInAsync(browser, site, "rh.clerk");
        await clerk.GotoAsync($"{site}/Reports/Section3?AgencyId=3&Year={year}");
        var disclosedBefore = await CellAsync(clerk, "Disclosed", 0);
        var newBefore = await CellAsync(clerk, "New", 6);

        // The citizen submits.
        var citizen = await browser.NewPageAsync();
        await citizen.GotoAsync($"{site}/Portal/Apply/3");
        await citizen.FillAsync("#Name", "王小明");
        await citizen.FillAsync("#IdNumber", "440224199203034564");
        await citizen.FillAsync("#Phone", "13912345678");
        await citizen.FillAsync("#InformationWanted", "丹霞街道某村2025年宅基地审批结果");
        await citizen.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "01-portal-apply.png"), FullPage = true });
        await citizen.ClickAsync("#submit");
        var number = (await citizen.TextContentAsync("#tracking-number"))!.Trim();
        var code = (await citizen.TextContentAsync("#query-code"))!.Trim();
        await citizen.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "02-portal-acknowledged.png"), FullPage = true });

        // The clerk finds it in the inbox, with the phone masked.
        await clerk.GotoAsync($"{site}/Desk");
        var row = clerk.Locator("#inbox tr", new() { HasText = number });
        Assert.Contains("139****5678", await row.InnerTextAsync(), StringComparison.Ordinal);
        await clerk.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "03-desk-inbox.png"), FullPage = true });
        await row.Locator("a").ClickAsync();

        // Correction notice, then the corrected request received.
        await clerk.FillAsync("#correction-note", "请写明所需审批结果对应的村民小组名称。");
        await clerk.ClickAsync("#do-correction");
        Assert.Equal("待补正", (await clerk.TextContentAsync("#case-state"))!.Trim());
        await clerk.SelectOptionAsync("#simple-kind", "Corrected");
        await clerk.ClickAsync("#do-simple");
        await clerk.SelectOptionAsync("#simple-kind", "Accepted");
        await clerk.ClickAsync("#do-simple");
        Assert.Equal("办理中", (await clerk.TextContentAsync("#case-state"))!.Trim());

        // A refused step shows its reason: the clerk may not approve an extension.
        await clerk.FillAsync("#extension-days", "10");
        await clerk.FillAsync("#extension-note", "需要调取村委会档案");
        await clerk.ClickAsync("#do-extension");
        await clerk.SelectOptionAsync("#simple-kind", "ExtensionApproved");
        await clerk.ClickAsync("#do-simple");
        Assert.Contains("负责人同意", await clerk.TextContentAsync("#refusal"), StringComparison.Ordinal);
        await clerk.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "04-desk-case-refusal.png"), FullPage = true });
        var caseUrl = clerk.Url.Split('?')[0];

        // The Head approves.
        await headPage.GotoAsync(caseUrl);
        await headPage.SelectOptionAsync("#simple-kind", "ExtensionApproved");
        await headPage.ClickAsync("#do-simple");
        Assert.Equal("办理中", (await headPage.TextContentAsync("#case-state"))!.Trim());

        // The clerk replies.
        await clerk.GotoAsync(caseUrl);
        await clerk.SelectOptionAsync("#reply-outcome", "Disclosed");
        await clerk.FillAsync("#reply-note", "所需审批结果见附件。");
        await clerk.ClickAsync("#do-reply");
        Assert.Equal("已答复", (await clerk.TextContentAsync("#case-state"))!.Trim());
        await clerk.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "05-desk-case-replied.png"), FullPage = true });

        // The citizen sees the reply and downloads it.
        await citizen.GotoAsync($"{site}/Portal/Status?TrackingNumber={number}");
        await citizen.FillAsync("#QueryCode", code);
        await citizen.ClickAsync("#query");
        Assert.Equal("已答复", (await citizen.TextContentAsync("#state"))!.Trim());
        Assert.Contains("予以公开", await citizen.TextContentAsync("#outcome"), StringComparison.Ordinal);
        await citizen.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "06-portal-status.png"), FullPage = true });
        var download = await citizen.RunAndWaitForDownloadAsync(() => citizen.Locator("button.download", new() { HasText = "答复书" }).ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);

        // Section 三 counts it.
        await clerk.GotoAsync($"{site}/Reports/Section3?AgencyId=3&Year={year}");
        Assert.Equal(disclosedBefore + 1, await CellAsync(clerk, "Disclosed", 0));
        Assert.Equal(newBefore + 1, await CellAsync(clerk, "New", 6));
        Assert.Contains("全部通过", await clerk.TextContentAsync("#findings"), StringComparison.Ordinal);
        await clerk.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "07-reports-section3.png"), FullPage = true });
    }

    private static async Task<IPage> SignInAsync(IBrowser browser, string site, string user)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site}/Account/Login");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", ServerProcess.Password);
        await page.ClickAsync("button[type=submit]");
        // The address, not the load event: under a loaded CI machine the desk was already shown
        // while WaitForURL still waited for "load" (seen twice, with the page on /Desk).
        await Assertions.Expect(page).ToHaveURLAsync($"{site}/Desk", new() { Timeout = 60_000 });

        return page;
    }

    private static async Task<int> CellAsync(IPage page, string row, int column) =>
        int.Parse((await page.Locator($"#section3 tr[data-key='{row}'] td.num").Nth(column).TextContentAsync())!.Trim(), CultureInfo.InvariantCulture);
}
