using Gongkai.Data;
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
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public const string Password = "Test-Password-1";
}

public sealed class SqliteFactory : GongkaiFactory
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
public sealed class PostgresFactory : GongkaiFactory
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
