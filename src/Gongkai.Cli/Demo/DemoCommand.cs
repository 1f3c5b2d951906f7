using System.CommandLine;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Data.Catalog;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gongkai.Cli.Demo;

/// <summary>
/// `gongkai demo generate --publications N`: fills a database with N published catalog items of
/// plausible Chinese text for load tests, in bulk (one prepared statement per batch on SQLite, binary
/// COPY on PostgreSQL), and keeps the full-text index in step. DEMO ONLY.
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--publications") { Description = "生成的目录信息条数", DefaultValueFactory = _ => 10_000 };
        var provider = new Option<DatabaseProvider>("--provider") { Description = "数据库：Sqlite 或 Postgres", DefaultValueFactory = _ => DatabaseProvider.Sqlite };
        var connection = new Option<string>("--connection") { Description = "连接字符串（默认：网站的 data/gongkai.db）", DefaultValueFactory = _ => "Data Source=data/gongkai.db" };
        var seed = new Option<int>("--seed") { Description = "随机数种子（相同种子生成相同内容）", DefaultValueFactory = _ => 20261123 };
        var generate = new Command("generate", "批量生成演示用的主动公开目录信息（仅供演示和压力测试）") { count, provider, connection, seed };
        generate.SetAction((parse, cancellationToken) => GenerateAsync(parse.GetValue(count), parse.GetValue(provider), parse.GetValue(connection)!, parse.GetValue(seed), Console.Out, cancellationToken));
        var demo = new Command("demo", "演示数据");
        demo.Subcommands.Add(generate);
        return demo;
    }

    internal static async Task<int> GenerateAsync(int count, DatabaseProvider provider, string connectionString, int seed, TextWriter output, CancellationToken cancellationToken)
    {
        if (count is < 1 or > 10_000_000)
        {
            await Console.Error.WriteLineAsync("gongkai: --publications 应在1至10000000之间。");
            return 2;
        }

        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        options.UseGongkai(provider, connectionString);
        await using var db = new GongkaiDbContext(options.Options);
        await db.Database.MigrateAsync(cancellationToken);
        await db.RebuildIfEmptyAsync(cancellationToken);
        var agencies = await EnsureAgenciesAsync(db, cancellationToken);
        var firstId = (await db.Publications.MaxAsync(p => (long?)p.Id, cancellationToken) ?? 0) + 1;
        var clock = Stopwatch.StartNew();
        var items = new PublicationFaker(seed, agencies).Generate(firstId, count);
        if (provider == DatabaseProvider.Postgres)
        {
            await CopyPostgresAsync(db, items, cancellationToken);
        }
        else
        {
            await InsertSqliteAsync(db, items, output, cancellationToken);
        }

        // Running web hosts drop the search windows they cached before these items.
        await SearchWindowCache.AdvanceAsync(db, cancellationToken);

        await output.WriteLineAsync($"已生成 {count} 条目录信息，用时 {clock.Elapsed.TotalSeconds:0.0} 秒。");
        return 0;
    }

    private static async Task<IReadOnlyList<(int Id, string Name)>> EnsureAgenciesAsync(GongkaiDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Agencies.AnyAsync(cancellationToken))
        {
            // An empty database: the demo agencies without staff (start the web site first for those).
            var province = new Agency { Name = "广东省自然资源厅", Level = AgencyLevel.Province };
            db.Agencies.Add(province);
            await db.SaveChangesAsync(cancellationToken);
            db.Agencies.Add(new Agency { Name = "韶关市自然资源局", Level = AgencyLevel.City, ParentId = province.Id });
            await db.SaveChangesAsync(cancellationToken);
        }

        return (await db.Agencies.OrderBy(a => a.Id).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken)).Select(a => (a.Id, a.Name)).ToList();
    }

    private const string Columns = "\"Id\", \"AgencyId\", \"IndexNumber\", \"Title\", \"IssuingAgency\", \"DocumentNumber\", \"WrittenOn\", \"PublishedOn\", \"Topic\", \"Genre\", \"Summary\", \"Body\", \"BodyText\", \"Validity\", \"Mode\", \"ModeBasis\", \"ModeReason\", \"ModeReviewedOn\", \"State\", \"ReviewLevel\", \"Revision\", \"Version\", \"CreatedBy\"";

    private static async Task InsertSqliteAsync(GongkaiDbContext db, IEnumerable<Publication> items, TextWriter output, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            // Bulk load: the journal is not needed for a demo database that can be generated again.
            pragma.CommandText = "PRAGMA synchronous=OFF;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        var names = Columns.Split(", ").Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        SqliteTransaction? transaction = null;
        SqliteCommand? insert = null, index = null;
        var n = 0;
        foreach (var p in items)
        {
            if (n % 20_000 == 0)
            {
                if (transaction is not null)
                {
                    await transaction.CommitAsync(cancellationToken);
                    await output.WriteLineAsync($"  {n} …");
                }

                transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = $"INSERT INTO publications ({Columns}) VALUES ({string.Join(", ", names)})";
                foreach (var name in names)
                {
                    insert.Parameters.Add(new SqliteParameter { ParameterName = name });
                }

                index = connection.CreateCommand();
                index.Transaction = transaction;
                index.CommandText = "INSERT INTO publication_search (rowid, title, number, body, facets) VALUES ($id, $t, $n, $b, $f)";
                foreach (var name in new[] { "$id", "$t", "$n", "$b", "$f" })
                {
                    index.Parameters.Add(new SqliteParameter { ParameterName = name });
                }
            }

            var values = Values(p, text: true);
            for (var i = 0; i < values.Length; i++)
            {
                insert!.Parameters[i].Value = values[i];
            }

            await insert!.ExecuteNonQueryAsync(cancellationToken);
            index!.Parameters[0].Value = p.Id;
            index.Parameters[1].Value = SearchText.Tokens(p.Title);
            index.Parameters[2].Value = SearchText.Tokens(p.DocumentNumber);
            index.Parameters[3].Value = SearchText.Tokens(p.BodyText);
            index.Parameters[4].Value = string.Join(' ', CatalogSearch.Facets(p));
            await index.ExecuteNonQueryAsync(cancellationToken);
            n++;
        }

        await transaction!.CommitAsync(cancellationToken);
        await using var counters = connection.CreateCommand();
        counters.CommandText = CounterSql;
        await counters.ExecuteNonQueryAsync(cancellationToken);
    }

    // Index numbers of generated items carry their own sequence; the counters continue after them.
    private const string CounterSql =
        "INSERT INTO index_counters (\"AgencyId\", \"Year\", \"Last\") SELECT \"AgencyId\", CAST(substr(\"WrittenOn\", 1, 4) AS INTEGER), count(*) + 1000000 FROM publications GROUP BY 1, 2 "
        + "ON CONFLICT (\"AgencyId\", \"Year\") DO UPDATE SET \"Last\" = max(index_counters.\"Last\", excluded.\"Last\")";

    private static async Task CopyPostgresAsync(GongkaiDbContext db, IEnumerable<Publication> items, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        await Execute(connection, "DROP INDEX IF EXISTS ix_publication_search_document", cancellationToken);
        var list = items as IList<Publication> ?? items.ToList();
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY publications ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var p in list)
            {
                await writer.StartRowAsync(cancellationToken);
                foreach (var value in Values(p, text: false))
                {
                    await writer.WriteAsync(value, cancellationToken);
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }

        // Text COPY: PostgreSQL parses the tsvector literal itself (tokens never hold tabs, newlines or backslashes).
        await using (var writer = await connection.BeginTextImportAsync("COPY publication_search (id, document) FROM STDIN", cancellationToken))
        {
            foreach (var p in list)
            {
                await writer.WriteAsync($"{p.Id}\t{CatalogSearch.TsVector(p)}\n");
            }
        }

        await Execute(connection, "CREATE INDEX ix_publication_search_document ON publication_search USING gin (document)", cancellationToken);
        await Execute(connection, "SELECT setval(pg_get_serial_sequence('publications', 'Id'), (SELECT max(\"Id\") FROM publications))", cancellationToken);
        await Execute(connection,
            "INSERT INTO index_counters (\"AgencyId\", \"Year\", \"Last\") SELECT \"AgencyId\", extract(year FROM \"WrittenOn\")::int, count(*) + 1000000 FROM publications GROUP BY 1, 2 "
            + "ON CONFLICT (\"AgencyId\", \"Year\") DO UPDATE SET \"Last\" = greatest(index_counters.\"Last\", excluded.\"Last\")", cancellationToken);
        await Execute(connection, "ANALYZE publications; ANALYZE publication_search;", cancellationToken);
    }

    private static async Task Execute(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The column values in <see cref="Columns"/> order; SQLite stores dates and enums as text.</summary>
    private static object[] Values(Publication p, bool text)
    {
        object Date(DateOnly d) => text ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d;
        return
        [
            p.Id, p.AgencyId, p.IndexNumber, p.Title, p.IssuingAgency, p.DocumentNumber, Date(p.WrittenOn), Date(p.PublishedOn!.Value), p.Topic, p.Genre.ToString(),
            p.Summary, p.Body, p.BodyText, p.Validity.ToString(), p.Mode.ToString(), p.ModeBasis, p.ModeReason, Date(p.ModeReviewedOn), p.State.ToString(),
            p.ReviewLevel, p.Revision, p.Version, p.CreatedBy,
        ];
    }
}
