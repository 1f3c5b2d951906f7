using System.Globalization;
using Gongkai.Cli.Admin;
using Gongkai.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gongkai.Cli.Tests.Admin;

/// <summary>
/// `gongkai backup` / `gongkai restore` round trips: SQLite while another connection keeps writing
/// (the copy is one consistent moment, nothing committed before it is lost), and PostgreSQL through
/// pg_dump / pg_restore when GONGKAI_TEST_POSTGRES names a cluster.
/// </summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("gongkai-backup");

    private static async Task MigrateAsync(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        options.UseGongkai(provider, connectionString);
        await using var db = new GongkaiDbContext(options.Options);
        await db.Database.MigrateAsync();
    }

    private static async Task<long> InsertAsync(System.Data.Common.DbConnection connection, int n)
    {
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO audit_entries (\"At\", \"UserName\", \"Action\", \"Detail\") VALUES (@at, '测试', 'Submitted', @detail)";
        var at = insert.CreateParameter();
        at.ParameterName = "at";
        at.Value = connection is SqliteConnection ? DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture) : DateTimeOffset.UtcNow;
        var detail = insert.CreateParameter();
        detail.ParameterName = "detail";
        detail.Value = $"第{n}件";
        insert.Parameters.Add(at);
        insert.Parameters.Add(detail);
        return await insert.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> RowsAsync(System.Data.Common.DbConnection connection)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT \"Id\", \"Detail\" FROM audit_entries ORDER BY \"Id\"";
        var rows = new List<string>();
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetInt64(0)} {reader.GetString(1)}");
        }

        return rows;
    }

    [Fact]
    public async Task A_sqlite_backup_taken_while_writing_restores_every_row_committed_before_it()
    {
        var live = $"Data Source={Path.Combine(dir.FullName, "live.db")}";
        await MigrateAsync(DatabaseProvider.Sqlite, live);
        await using var writer = new SqliteConnection(live);
        await writer.OpenAsync();
        await using (var wal = writer.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000;";
            await wal.ExecuteNonQueryAsync();
        }

        for (var i = 0; i < 200; i++)
        {
            await InsertAsync(writer, i);
        }

        // The site keeps accepting requests while the backup runs.
        using var stop = new CancellationTokenSource();
        var written = 200;
        var writing = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await InsertAsync(writer, written);
                Interlocked.Increment(ref written);
            }
        });
        await Task.Delay(100);
        var before = Volatile.Read(ref written);
        var file = Path.Combine(dir.FullName, "backup.db");
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(0, await BackupCommand.BackupAsync(DatabaseProvider.Sqlite, live, file, output, error, CancellationToken.None));
        await Task.Delay(100);
        await stop.CancelAsync();
        await writing;
        Assert.True(written > before, "writes continued during the backup");

        var restored = $"Data Source={Path.Combine(dir.FullName, "restored.db")}";
        Assert.Equal(0, await BackupCommand.RestoreAsync(DatabaseProvider.Sqlite, restored, file, output, error, CancellationToken.None));
        await using var copy = new SqliteConnection(restored);
        await copy.OpenAsync();
        var copied = await RowsAsync(copy);
        var all = await RowsAsync(writer);
        // A consistent prefix: every row committed before the backup began, none torn, no gap.
        Assert.True(copied.Count >= before, $"{copied.Count} rows restored, {before} committed before the backup");
        Assert.Equal(all.Take(copied.Count), copied);
        await using var integrity = copy.CreateCommand();
        integrity.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", await integrity.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_backup_does_not_overwrite_an_existing_file()
    {
        var live = $"Data Source={Path.Combine(dir.FullName, "live.db")}";
        await MigrateAsync(DatabaseProvider.Sqlite, live);
        var file = Path.Combine(dir.FullName, "taken.db");
        await File.WriteAllTextAsync(file, "keep");
        var error = new StringWriter();
        Assert.Equal(2, await BackupCommand.BackupAsync(DatabaseProvider.Sqlite, live, file, new StringWriter(), error, CancellationToken.None));
        Assert.Equal("keep", await File.ReadAllTextAsync(file));
    }

    [PostgresFact]
    public async Task A_postgres_backup_restores_into_another_database_with_every_row()
    {
        var cluster = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!;
        var source = await CreateDatabaseAsync(cluster);
        var target = await CreateDatabaseAsync(cluster);
        try
        {
            await MigrateAsync(DatabaseProvider.Postgres, source);
            await using (var connection = new NpgsqlConnection(source))
            {
                await connection.OpenAsync();
                for (var i = 0; i < 100; i++)
                {
                    await InsertAsync(connection, i);
                }
            }

            var file = Path.Combine(dir.FullName, "backup.dump");
            var error = new StringWriter();
            Assert.True(0 == await BackupCommand.BackupAsync(DatabaseProvider.Postgres, source, file, new StringWriter(), error, CancellationToken.None), error.ToString());
            Assert.True(0 == await BackupCommand.RestoreAsync(DatabaseProvider.Postgres, target, file, new StringWriter(), error, CancellationToken.None), error.ToString());
            await using var from = new NpgsqlConnection(source);
            await using var to = new NpgsqlConnection(target);
            await from.OpenAsync();
            await to.OpenAsync();
            Assert.Equal(await RowsAsync(from), await RowsAsync(to));
            await using var migrations = to.CreateCommand();
            migrations.CommandText = "SELECT count(*) FROM \"__EFMigrationsHistory\"";
            Assert.True((long)(await migrations.ExecuteScalarAsync())! > 0);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await DropDatabaseAsync(cluster, source);
            await DropDatabaseAsync(cluster, target);
        }
    }

    private static async Task<string> CreateDatabaseAsync(string cluster)
    {
        var name = $"gongkai_backup_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(cluster);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE {name}";
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(cluster) { Database = name }.ConnectionString;
    }

    private static async Task DropDatabaseAsync(string cluster, string connectionString)
    {
        await using var connection = new NpgsqlConnection(cluster);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(connectionString).Database} WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        dir.Delete(recursive: true);
    }
}

/// <summary>A test that needs the PostgreSQL cluster named by GONGKAI_TEST_POSTGRES; reported as skipped without it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "GONGKAI_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set: PostgreSQL tests skipped";
        }
    }
}
