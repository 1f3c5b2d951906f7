using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gongkai.Data;

/// <summary>The database engines Gongkai runs on; migrations are kept per engine in their own assembly.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Configures <see cref="GongkaiDbContext"/> for a provider and connection string.</summary>
public static class GongkaiDatabase
{
    public const string SqliteMigrations = "Gongkai.Data.Sqlite";
    public const string PostgresMigrations = "Gongkai.Data.Postgres";

    public static DbContextOptionsBuilder UseGongkai(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return provider switch
        {
            DatabaseProvider.Sqlite => options
                .UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrations))
                .AddInterceptors(SqliteDurability.Instance),
            DatabaseProvider.Postgres => options.UseNpgsql(WithAutoPrepare(connectionString), o => o.MigrationsAssembly(PostgresMigrations)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider"),
        };
    }

    /// <summary>
    /// Npgsql prepares the statements a connection runs most (the portal's item and search queries)
    /// unless the connection string says otherwise, so PostgreSQL parses and plans them once (the
    /// search's block query is written with literals for that reason: see CatalogSearch).
    /// </summary>
    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0 && !connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 50;
        }

        return builder.ConnectionString;
    }
}

/// <summary>
/// SQLite in WAL mode with synchronous=NORMAL: a request acknowledged to the applicant (after its
/// transaction committed) survives the server process being killed at once — the commit is in the
/// WAL file, which the OS keeps — without an fsync per commit. (A power loss may lose the last
/// commits; an installation that must survive that sets Database:SqliteSynchronous=FULL.)
/// </summary>
internal sealed class SqliteDurability : DbConnectionInterceptor
{
    public static readonly SqliteDurability Instance = new();

    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
