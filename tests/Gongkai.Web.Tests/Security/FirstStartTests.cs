using System.Net;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Security;

/// <summary>A start without Demo:Seed: no account, no agency, and the sign-in page says how to create the administrator.</summary>
public abstract class FirstStartTests(GongkaiFactory factory)
{
    [DbFact]
    public async Task A_start_without_demo_seed_creates_no_account()
    {
        _ = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.Agencies.CountAsync());
    }

    [DbFact]
    public async Task The_sign_in_page_tells_how_to_create_the_first_administrator()
    {
        var http = StaffClient.Anonymous(factory);
        var page = await http.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("gongkai admin create", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class EmptySqliteFactory : SqliteFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Demo:Seed"] = "false" };
}

public sealed class EmptyPostgresFactory : PostgresFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Demo:Seed"] = "false" };
}

public sealed class FirstStartTestsOnSqlite(EmptySqliteFactory factory) : FirstStartTests(factory), IClassFixture<EmptySqliteFactory>;

public sealed class FirstStartTestsOnPostgres(EmptyPostgresFactory factory) : FirstStartTests(factory), IClassFixture<EmptyPostgresFactory>;
