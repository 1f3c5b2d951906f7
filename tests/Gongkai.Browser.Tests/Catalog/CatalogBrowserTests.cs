using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Gongkai.Browser.Tests.Catalog;

/// <summary>The site on Kestrel (a fresh database with the demo seeded) and headless Chromium.</summary>
public abstract class CatalogSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Browser-Test-1";

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Added to screenshot names, so both providers' pages are kept.</summary>
    public abstract string Suffix { get; }

    private IPlaywright? playwright;

    protected abstract (string Provider, string Connection) Database();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var (provider, connection) = Database();
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Gongkai", connection);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Password", Password);
    }

    public async Task InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox"] });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await base.DisposeAsync();
        DropDatabase();
    }

    protected abstract void DropDatabase();
}

public sealed class SqliteCatalogSite : CatalogSite
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"gongkai-browser-{Guid.NewGuid():N}.db");

    public override string Suffix => "";

    protected override (string Provider, string Connection) Database() => ("Sqlite", $"Data Source={path}");

    protected override void DropDatabase()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

/// <summary>A fresh database on the cluster named by GONGKAI_TEST_POSTGRES, dropped at the end.</summary>
public sealed class PostgresCatalogSite : CatalogSite
{
    public const string Variable = "GONGKAI_TEST_POSTGRES";

    private readonly string name = $"gongkai_browser_{Guid.NewGuid():N}";

    public override string Suffix => "-postgres";

    private static string Cluster => Environment.GetEnvironmentVariable(Variable) ?? throw new InvalidOperationException($"{Variable} is not set");

    protected override (string Provider, string Connection) Database()
    {
        Execute($"CREATE DATABASE {name}");
        return ("Postgres", new NpgsqlConnectionStringBuilder(Cluster) { Database = name }.ConnectionString);
    }

    protected override void DropDatabase()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Cluster);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>A browser test that runs once per provider; in a class ending with "OnPostgres" it is skipped when GONGKAI_TEST_POSTGRES is not set.</summary>
[XunitTestCaseDiscoverer("Gongkai.Browser.Tests.Catalog.SiteFactDiscoverer", "Gongkai.Browser.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class SiteFactAttribute : FactAttribute;

public sealed class SiteFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        if (testMethod.TestClass.Class.Name.EndsWith("OnPostgres", StringComparison.Ordinal)
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresCatalogSite.Variable)))
        {
            return [new XunitSkippedDataRowTestCase(diagnostics, display, displayOptions, testMethod, $"{PostgresCatalogSite.Variable} is not set: PostgreSQL tests skipped")];
        }

        return [new XunitTestCase(diagnostics, display, displayOptions, testMethod)];
    }
}

/// <summary>The review workflow and the portal in headless Chromium, on each provider.</summary>
public abstract class CatalogBrowserTests(CatalogSite site)
{
    private static readonly string Screenshots = Path.Combine(FindRoot(), "artifacts", "screenshots");

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "Gongkai.slnx")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("repository root not found");
        }

        return dir;
    }

    private async Task<IPage> SignedInAsync(string user)
    {
        var context = await site.Browser.NewContextAsync(new() { BaseURL = site.BaseUrl, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名").FillAsync(user);
        await page.GetByLabel("密码").FillAsync(CatalogSite.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"), new() { Timeout = 60_000 });
        return page;
    }

    private Task ShotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        return page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + site.Suffix + ".png"), FullPage = true });
    }

    [SiteFact]
    public async Task Reviewers_publish_a_land_notice_and_the_public_finds_it_by_searching_征地()
    {
        const string title = "关于枫湾镇某村征地补偿款发放情况的公示";
        var clerk = await SignedInAsync("gd.clerk");
        await clerk.GotoAsync("/Catalog/Edit");
        await clerk.GetByLabel("名称（必填）").FillAsync(title);
        await clerk.GetByLabel("体裁分类").SelectOptionAsync("LandRequisition");
        await clerk.GetByLabel("正文（可含格式，保存时过滤不安全内容）").FillAsync("<p>现将枫湾镇某村征地补偿款发放情况予以公示，公示期十日。</p>");
        await ShotAsync(clerk, "catalog-draft");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "送审" }).ClickAsync();
        var itemUrl = new Uri(clerk.Url).AbsolutePath;

        var reviewer = await SignedInAsync("gd.reviewer");
        await reviewer.GotoAsync(itemUrl);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "通过第1级审核" }).ClickAsync();
        var head = await SignedInAsync("gd.head");
        await head.GotoAsync(itemUrl);
        await head.GetByRole(AriaRole.Button, new() { Name = "批准发布" }).ClickAsync();
        await Assertions.Expect(head.GetByRole(AriaRole.Status)).ToContainTextAsync("已发布");
        await ShotAsync(head, "catalog-published");

        var context = await site.Browser.NewContextAsync(new() { BaseURL = site.BaseUrl, Locale = "zh-CN", JavaScriptEnabled = false });
        var visitor = await context.NewPageAsync();
        await visitor.GotoAsync("/portal/search");
        await visitor.GetByLabel("检索词").FillAsync("征地");
        await visitor.GetByLabel("检索词").PressAsync("Enter");
        var result = visitor.GetByRole(AriaRole.Link, new() { Name = title });
        await Assertions.Expect(result).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Locator("mark").First).ToHaveTextAsync("征地");
        await ShotAsync(visitor, "portal-search-zhengdi");
        await result.ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.Locator("dl.fields")).ToContainTextAsync("11440000MB2C94231U/");
        await ShotAsync(visitor, "portal-item");
    }

    [SiteFact]
    public async Task A_head_adds_a_topic_and_a_clerk_files_a_draft_under_it()
    {
        var head = await SignedInAsync("gd.head");
        await head.GetByRole(AriaRole.Link, new() { Name = "主题分类" }).ClickAsync();
        await head.GetByLabel("上级主题").SelectOptionAsync(new SelectOptionValue { Label = "国土资源、能源" });
        await head.GetByLabel("主题名称").FillAsync("自然资源调查监测");
        await head.GetByRole(AriaRole.Button, new() { Name = "添加" }).ClickAsync();
        await Assertions.Expect(head.GetByRole(AriaRole.Status)).ToHaveTextAsync("已添加主题“自然资源调查监测”。");
        await Assertions.Expect(head.GetByRole(AriaRole.Rowheader, new() { Name = "自然资源调查监测" })).ToBeVisibleAsync();
        await ShotAsync(head, "catalog-topics");

        var clerk = await SignedInAsync("gd.clerk");
        await clerk.GotoAsync("/Catalog/Edit");
        await clerk.GetByLabel("名称（必填）").FillAsync("2026年全省自然资源调查监测工作方案");
        await clerk.GetByLabel("主题分类").SelectOptionAsync(new SelectOptionValue { Label = "\u3000自然资源调查监测" });
        await clerk.GetByLabel("体裁分类").SelectOptionAsync("WorkNews");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(clerk.Locator("dl.fields")).ToContainTextAsync("国土资源、能源/自然资源调查监测");
        await Assertions.Expect(clerk.Locator("#deadline")).ToContainTextAsync("第二十六条");
        await ShotAsync(clerk, "catalog-draft-with-topic");
    }

    [SiteFact]
    public async Task The_portal_search_is_usable_with_the_keyboard_alone_on_a_phone()
    {
        var context = await site.Browser.NewContextAsync(new() { BaseURL = site.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 375, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/portal/1");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(":focus")).ToHaveTextAsync("跳到正文");
        await page.GetByLabel("在本机关检索").FocusAsync();
        await page.Keyboard.TypeAsync("矿业");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("ol.results li").First).ToContainTextAsync("矿业");
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the results page scrolls sideways on a 375px phone");
        await ShotAsync(page, "portal-search-phone");
    }
}

public sealed class CatalogBrowserTestsOnSqlite(SqliteCatalogSite site) : CatalogBrowserTests(site), IClassFixture<SqliteCatalogSite>;

public sealed class CatalogBrowserTestsOnPostgres(PostgresCatalogSite site) : CatalogBrowserTests(site), IClassFixture<PostgresCatalogSite>;
