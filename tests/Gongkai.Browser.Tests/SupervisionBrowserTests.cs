using System.Text;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests;

/// <summary>
/// A supervising office (韶关市自然资源局's Administrator) uploads a folder of its subordinates'
/// reports in headless Chromium and sees their findings and the roll-up. Screenshot in artifacts/screenshots/.
/// </summary>
public sealed class SupervisionBrowserTests
{
    private static readonly string Screenshots = Path.Combine(ServerProcess.RepositoryRoot, "artifacts", "screenshots");

    private static readonly BrowserTypeLaunchOptions Launch = new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    };

    private static string Seed000()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(seeds)) return File.ReadAllText(Directory.GetFiles(seeds, "000_*.txt").Single());
        }

        throw new DirectoryNotFoundException("shared/seeds not found");
    }

    [Fact]
    public async Task Supervising_office_uploads_a_folder_of_reports_and_sees_their_findings()
    {
        Directory.CreateDirectory(Screenshots);
        var folder = Directory.CreateTempSubdirectory("gongkai-subordinates-").FullName;
        var seed = Seed000();
        var files = new[]
        {
            Path.Combine(folder, "仁化县.txt"),
            Path.Combine(folder, "始兴县.txt"),
            Path.Combine(folder, "扫描件.txt"),
        };
        await File.WriteAllTextAsync(files[0], seed.Replace("山西省自然资源厅", "仁化县自然资源局", StringComparison.Ordinal));
        await File.WriteAllTextAsync(files[1], seed.Replace("山西省自然资源厅", "始兴县自然资源局", StringComparison.Ordinal)
            .Replace("全年共收到和办理依申请公开211件", "全年共收到和办理依申请公开215件", StringComparison.Ordinal));
        await File.WriteAllTextAsync(files[2], "（扫描图片，无文字）", Encoding.UTF8);

        await using var server = await ServerProcess.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(Launch);
        var site = server.Address.ToString().TrimEnd('/');

        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{site}/Account/Login");
        await page.FillAsync("#UserName", "sg.admin");
        await page.FillAsync("#Password", ServerProcess.Password);
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync($"{site}/Desk", new() { Timeout = 60_000 });

        await page.ClickAsync("text=下级机关报告");
        await page.FillAsync("#year", "2021");
        await page.ClickAsync("#choose button[type=submit]");
        await page.SetInputFilesAsync("#reports", files);
        await page.ClickAsync("#upload button[type=submit]");

        await Assertions.Expect(page.Locator("#upload-messages")).ToContainTextAsync("已上传并检查3份报告", new() { Timeout = 60_000 });
        var shixing = page.Locator("#subordinates tr", new() { HasText = "始兴县自然资源局" });
        await Assertions.Expect(shixing).ToContainTextAsync("已发布");
        await Assertions.Expect(shixing.Locator("li[data-rule='prose.requests']")).ToContainTextAsync("215件");
        await Assertions.Expect(shixing).ToContainTextAsync("requests.rows.New[6]");
        var renhua = page.Locator("#subordinates tr", new() { HasText = "仁化县自然资源局" });
        await Assertions.Expect(renhua.Locator("li[data-rule='requests.balance']").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#subordinates")).ToContainTextAsync("无法读取");
        await Assertions.Expect(page.Locator("#rollup-new")).ToHaveTextAsync("422");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "supervision-uploaded-findings.png"), FullPage = true });

        // Sorted by errors, the unreadable file comes first.
        await page.ClickAsync("#subordinates th >> text=错误");
        await Assertions.Expect(page.Locator("#subordinates tbody tr").First).ToContainTextAsync("无法读取");
        Directory.Delete(folder, recursive: true);
    }
}
