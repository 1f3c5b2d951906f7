using System.CommandLine;
using System.Diagnostics;
using Gongkai.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gongkai.Cli.Admin;

/// <summary>
/// `gongkai backup FILE` and `gongkai restore FILE`. SQLite: the online backup API, a consistent
/// copy taken while the site serves (WAL readers do not block writers); restore copies it back
/// with the same API (stop the site first). PostgreSQL: pg_dump in its custom format and
/// pg_restore --clean (the client tools must be on PATH; the password goes by PGPASSWORD, never on
/// the command line). Exit 0: done; 1: the tool or the database failed; 2: bad input.
/// </summary>
public static class BackupCommand
{
    public static IEnumerable<Command> Create()
    {
        var database = new DatabaseOptions();
        var file = new Argument<FileInfo>("FILE") { Description = "备份文件" };
        var backup = new Command("backup", "备份数据库（SQLite 在线备份，PostgreSQL 用 pg_dump）") { file };
        database.AddTo(backup);
        backup.SetAction((parse, cancellationToken) =>
            BackupAsync(parse.GetValue(database.Provider), parse.GetValue(database.Connection)!, parse.GetValue(file)!.FullName, Console.Out, Console.Error, cancellationToken));

        var restoreDatabase = new DatabaseOptions();
        var restoreFile = new Argument<FileInfo>("FILE") { Description = "备份文件" };
        var restore = new Command("restore", "从备份恢复数据库（覆盖现有数据；请先停止网站）") { restoreFile };
        restoreDatabase.AddTo(restore);
        restore.SetAction((parse, cancellationToken) =>
            RestoreAsync(parse.GetValue(restoreDatabase.Provider), parse.GetValue(restoreDatabase.Connection)!, parse.GetValue(restoreFile)!.FullName, Console.Out, Console.Error, cancellationToken));
        return [backup, restore];
    }

    internal static async Task<int> BackupAsync(DatabaseProvider provider, string connectionString, string file, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var code = await RunAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", "--file", file], error, cancellationToken);
            if (code == 0)
            {
                await output.WriteLineAsync($"已备份到 {file}。");
            }

            return code;
        }

        if (File.Exists(file))
        {
            await error.WriteLineAsync($"gongkai: {file} 已存在，不覆盖。");
            return 2;
        }

        var source = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite };
        if (!File.Exists(source.DataSource))
        {
            await error.WriteLineAsync($"gongkai: 找不到数据库文件 {source.DataSource}。");
            return 2;
        }

        await using (var from = new SqliteConnection(source.ConnectionString))
        await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString))
        {
            await from.OpenAsync(cancellationToken);
            await to.OpenAsync(cancellationToken);
            await using (var wait = from.CreateCommand())
            {
                wait.CommandText = "PRAGMA busy_timeout=10000;";
                await wait.ExecuteNonQueryAsync(cancellationToken);
            }

            // One step: every page under one read transaction, so the copy is one consistent moment.
            from.BackupDatabase(to);
            await using var check = to.CreateCommand();
            check.CommandText = "PRAGMA journal_mode=DELETE; PRAGMA integrity_check;";
            var result = (string?)await check.ExecuteScalarAsync(cancellationToken);
            if (result is not ("ok" or "delete"))
            {
                await error.WriteLineAsync($"gongkai: 备份文件校验失败：{result}");
                return 1;
            }
        }

        SqliteConnection.ClearAllPools();
        await output.WriteLineAsync($"已备份到 {file}（{new FileInfo(file).Length / 1024} KB）。");
        return 0;
    }

    internal static async Task<int> RestoreAsync(DatabaseProvider provider, string connectionString, string file, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"gongkai: 找不到备份文件 {file}。");
            return 2;
        }

        if (provider == DatabaseProvider.Postgres)
        {
            var code = await RunAsync("pg_restore", connectionString, ["--clean", "--if-exists", "--no-owner", "--single-transaction", file], error, cancellationToken);
            if (code == 0)
            {
                await output.WriteLineAsync($"已从 {file} 恢复。");
            }

            return code;
        }

        var target = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        await using (var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString))
        await using (var to = new SqliteConnection(target.ConnectionString))
        {
            await from.OpenAsync(cancellationToken);
            await to.OpenAsync(cancellationToken);
            from.BackupDatabase(to);
        }

        SqliteConnection.ClearAllPools();
        await output.WriteLineAsync($"已从 {file} 恢复到 {target.DataSource}。");
        return 0;
    }

    /// <summary>Runs a PostgreSQL client tool against the database of an Npgsql connection string.</summary>
    private static async Task<int> RunAsync(string tool, string connectionString, string[] arguments, TextWriter error, CancellationToken cancellationToken)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["--host", c.Host ?? "localhost", "--port", c.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dbname", c.Database ?? "postgres", "--no-password"])
        {
            start.ArgumentList.Add(argument);
        }

        if (!string.IsNullOrEmpty(c.Username))
        {
            start.ArgumentList.Add("--username");
            start.ArgumentList.Add(c.Username);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (!string.IsNullOrEmpty(c.Password))
        {
            start.Environment["PGPASSWORD"] = c.Password;
        }

        try
        {
            using var process = Process.Start(start)!;
            var stderr = await process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                await error.WriteLineAsync($"gongkai: {tool} 失败（退出码 {process.ExitCode}）：{stderr.Trim()}");
                return 1;
            }

            return 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            await error.WriteLineAsync($"gongkai: 找不到 {tool}，请安装 PostgreSQL 客户端工具（Debian：apt-get install postgresql-client）。");
            return 1;
        }
    }
}
