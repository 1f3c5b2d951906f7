using Microsoft.Playwright;

namespace Gongkai.Browser.Tests;

/// <summary>
/// The annual report in headless Chromium against the real server: a clerk records a 行政复议 case,
/// writes the prose and submits the 2025 report; the reviewer reviews it, the head approves it; the
/// public reads it on the portal. Screenshots go to artifacts/screenshots/annual-*.png.
/// </summary>
public sealed class AnnualReportJourneyTests
{
    private static readonly string Screenshots = Path.Combine(ServerProcess.RepositoryRoot, "artifacts", "screenshots");

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"annual-{name}.png"), FullPage = true });

    [Fact]
    public async Task Clerk_composes_and_submits_reviewer_and_head_approve_and_the_public_reads_it()
    {
        Directory.CreateDirectory(Screenshots);
        await using var server = await ServerProcess.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(DeskJourneyTests.Launch);
        var site = server.Address.ToString().TrimEnd('/');
        var workspace = $"{site}/Reports/Workspace?AgencyId=1&Year=2025";

        // The clerk records a review case decided in 2025.
        var clerk = await DeskJourneyTests.SignInAsync(browser, site, "gd.clerk");
        await clerk.GotoAsync($"{site}/Reports/Register?AgencyId=1");
        await clerk.FillAsync("#a-applicant", "李四");
        await clerk.FillAsync("#a-body", "广东省人民政府");
        await clerk.FillAsync("#a-number", "粤府行复〔2025〕88号");
        await clerk.FillAsync("#a-filed", "2025-04-01");
        await clerk.FillAsync("#a-copy", "2025-04-03");
        await clerk.FillAsync("#a-decided", "2025-06-20");
        await clerk.SelectOptionAsync("#a-disposition", "Upheld");
        await clerk.ClickAsync("#save-appeal");
        await Assertions.Expect(clerk.Locator("#explanation")).ToContainTextAsync("第四十八条");
        await Shot(clerk, "1-appeal-case");

        // The workspace counts it in section 四, runs every rule, shows the statutory date.
        await clerk.GotoAsync(workspace);
        await Assertions.Expect(clerk.Locator("#report-due")).ToContainTextAsync("2026年1月31日");
        await Assertions.Expect(clerk.Locator("#findings")).ToContainTextAsync("全部规则通过");
        await clerk.FillAsync("#p-problems", "政策解读形式较单一。下一步增加图解和视频解读。");
        await clerk.ClickAsync("#save-prose");
        await Assertions.Expect(clerk.Locator("#message")).ToContainTextAsync("已保存");
        await Assertions.Expect(clerk.Locator("#report-preview")).ToContainTextAsync("政策解读形式较单一");
        await Shot(clerk, "2-workspace-draft");
        await clerk.ClickAsync("#do-submit");
        await Assertions.Expect(clerk.Locator("#report-state")).ToContainTextAsync("待审核");

        // The reviewer reviews, the head approves and publishes.
        var reviewer = await DeskJourneyTests.SignInAsync(browser, site, "gd.reviewer");
        await reviewer.GotoAsync(workspace);
        await reviewer.ClickAsync("#do-review");
        await Assertions.Expect(reviewer.Locator("#report-state")).ToContainTextAsync("待负责人签批");
        await Shot(reviewer, "3-workspace-reviewed");
        var head = await DeskJourneyTests.SignInAsync(browser, site, "gd.head");
        await head.GotoAsync(workspace);
        await head.ClickAsync("#do-approve");
        await Assertions.Expect(head.Locator("#report-state")).ToContainTextAsync("已发布");
        await Assertions.Expect(head.Locator("#report-steps")).ToContainTextAsync("签批发布");
        await Shot(head, "4-workspace-published");

        // The public finds it among the agency's reports and reads it, tables with headers.
        var citizen = await browser.NewPageAsync();
        await citizen.GotoAsync($"{site}/portal/1/reports");
        await citizen.ClickAsync("#published-reports a");
        await Assertions.Expect(citizen).ToHaveURLAsync($"{site}/portal/1/reports/2025");
        var report = citizen.Locator("#annual-report");
        await Assertions.Expect(report).ToContainTextAsync("四、政府信息公开行政复议、行政诉讼情况");
        await Assertions.Expect(report).ToContainTextAsync("政策解读形式较单一");
        await Assertions.Expect(report.Locator("th", new() { HasText = "结果维持" }).First).ToBeVisibleAsync();
        await Assertions.Expect(citizen.Locator("a", new() { HasText = "Word（DOCX）" })).ToBeVisibleAsync();
        await Shot(citizen, "5-portal-report");
    }
}
