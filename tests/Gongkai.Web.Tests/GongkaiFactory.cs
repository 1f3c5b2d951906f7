using Gongkai.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Gongkai.Web.Tests;

/// <summary>
/// The web application on a fresh database of one provider, with the demo installation seeded and
/// a fake clock (Monday 2 March 2026, 10:00 in Beijing). One per test class.
/// </summary>
public abstract class GongkaiFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public abstract DatabaseProvider Provider { get; }

    protected abstract string CreateDatabase();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Gongkai", CreateDatabase());
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Password", Password);
        builder.UseSetting("Security:MasterKey", MasterKey);
        builder.UseSetting("Security:AuditSealSeconds", "0.2");
        // The lifecycle tests move the clock by weeks between steps of one signed-in clerk; the
        // 30-minute idle timeout is not what they test.
        builder.UseSetting("Security:SessionIdleMinutes", "5256000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, ClientAddressFilter>();
        });
    }

    public const string Password = "Test-Password-1";

    /// <summary>One key for every host of the test process (the key is process-wide, like the server's).</summary>
    public const string MasterKey = "dGVzdC1tYXN0ZXIta2V5LW9mLWdvbmdrYWktdGVzdHMhIQ==";

    /// <summary>
    /// Settings on top of the defaults. Rate limits are lifted here so that tests of other things
    /// are never throttled; the abuse-limit tests override them with small ones.
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = Unthrottled;

    public static readonly IReadOnlyDictionary<string, string?> Unthrottled = new Dictionary<string, string?>
    {
        ["RateLimits:lookup:PermitLimit"] = "1000000",
        ["RateLimits:QueryCodePerNumber:PermitLimit"] = "1000000",
        ["RateLimits:submit:PermitLimit"] = "1000000",
        ["RateLimits:upload:PermitLimit"] = "1000000",
        ["RateLimits:login:PermitLimit"] = "1000000",
        ["RateLimits:search:PermitLimit"] = "1000000",
        ["Uploads:QuotaPerAddressMegabytesPerDay"] = "1000000",
    };
}

/// <summary>
/// The test server has no client address; a test that needs one (to be throttled apart from the
/// others) sends it in <see cref="Header"/>.
/// </summary>
public sealed class ClientAddressFilter : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, inner) =>
        {
            if (System.Net.IPAddress.TryParse(context.Request.Headers[Header], out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return inner(context);
        });
        next(app);
    };
}

public class SqliteFactory : GongkaiFactory
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"gongkai-test-{Guid.NewGuid():N}.db");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override string CreateDatabase() => $"Data Source={path}";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

/// <summary>A fresh database on the cluster named by GONGKAI_TEST_POSTGRES, dropped at the end.</summary>
public class PostgresFactory : GongkaiFactory
{
    public const string Variable = "GONGKAI_TEST_POSTGRES";

    private readonly string name = $"gongkai_test_{Guid.NewGuid():N}";

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    private static string Cluster => Environment.GetEnvironmentVariable(Variable)
        ?? throw new InvalidOperationException($"{Variable} is not set");

    protected override string CreateDatabase()
    {
        using (var connection = new NpgsqlConnection(Cluster))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(Cluster) { Database = name, Pooling = true }.ConnectionString;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Environment.GetEnvironmentVariable(Variable) is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(Cluster);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS {name} WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
