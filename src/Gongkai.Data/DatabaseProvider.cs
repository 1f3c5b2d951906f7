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

/// <summary>
/// When SQLite flushes a commit to disk: Normal (WAL, no fsync per commit; survives a killed process,
/// a power loss may lose the last commits) or Full (an fsync per commit; survives a power loss).
/// Setting: Database:SqliteSynchronous.
/// </summary>
public enum SqliteSynchronous
{
    Normal,
    Full,
}

/// <summary>Configures <see cref="GongkaiDbContext"/> for a provider and connection string.</summary>
public static class GongkaiDatabase
{
    public const string SqliteMigrations = "Gongkai.Data.Sqlite";
    public const string PostgresMigrations = "Gongkai.Data.Postgres";

    public static DbContextOptionsBuilder UseGongkai(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString, SqliteSynchronous synchronous = SqliteSynchronous.Normal)
    {
        ArgumentNullException.ThrowIfNull(options);
        return provider switch
        {
            DatabaseProvider.Sqlite => options
                .UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrations))
                .AddInterceptors(synchronous == SqliteSynchronous.Full ? SqliteDurability.Full : SqliteDurability.Normal),
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
/// SQLite in WAL mode with synchronous=NORMAL by default: a request acknowledged to the applicant
/// (after its transaction committed) survives the server process being killed at once — the commit
/// is in the WAL file, which the OS keeps — without an fsync per commit. (A power loss may lose the
/// last commits; an installation that must survive that sets Database:SqliteSynchronous=Full.)
/// </summary>
internal sealed class SqliteDurability(string synchronous) : DbConnectionInterceptor
{
    public static readonly SqliteDurability Normal = new("NORMAL");

    public static readonly SqliteDurability Full = new("FULL");

    private readonly string pragmas = $"PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous}; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
