using BenchmarkDotNet.Attributes;
using Gongkai.Core.Agencies;
using Gongkai.Core.Appeals;
using Gongkai.Core.Catalog;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Gongkai.Data.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Benchmarks;

/// <summary>
/// Composing one agency-year's whole report from the database (all six sections: catalog, requests,
/// register, fees, prose): an agency with 100,000 requests received over 2024–2025 and 10,000 catalog
/// items, on SQLite (a temporary file) or on PostgreSQL when GONGKAI_BENCH_POSTGRES names a cluster.
/// One operation = one <see cref="ReportComposition.ComposeAsync"/> for 2025. Target: under 1 s.
/// </summary>
[MemoryDiagnoser]
public class ReportComposeBenchmarks
{
    private const int Requests = 100_000;
    private const int Items = 10_000;
    private const int Appeals = 500;

    /// <summary>SQLite always; PostgreSQL when GONGKAI_BENCH_POSTGRES names a cluster.</summary>
    public static IEnumerable<DatabaseProvider> Providers() =>
        Environment.GetEnvironmentVariable("GONGKAI_BENCH_POSTGRES") is { Length: > 0 } ? [DatabaseProvider.Sqlite, DatabaseProvider.Postgres] : [DatabaseProvider.Sqlite];

    [ParamsSource(nameof(Providers))]
    public DatabaseProvider Provider { get; set; }

    private string _connection = "";
    private string? _dropName;
    private int _agencyId;

    private GongkaiDbContext Open()
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        options.UseGongkai(Provider, _connection);
        return new GongkaiDbContext(options.Options);
    }

    [GlobalSetup]
    public void Setup()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            _connection = $"Data Source={Path.Combine(Path.GetTempPath(), $"gongkai-bench-{Guid.NewGuid():N}.db")}";
        }
        else
        {
            var cluster = Environment.GetEnvironmentVariable("GONGKAI_BENCH_POSTGRES")
                ?? throw new InvalidOperationException("Set GONGKAI_BENCH_POSTGRES to a PostgreSQL connection string, or run with --filter on Sqlite.");
            _dropName = $"gongkai_bench_{Guid.NewGuid():N}";
            using (var c = new Npgsql.NpgsqlConnection(cluster))
            {
                c.Open();
                using var cmd = c.CreateCommand();
                cmd.CommandText = $"CREATE DATABASE {_dropName}";
                cmd.ExecuteNonQuery();
            }

            _connection = new Npgsql.NpgsqlConnectionStringBuilder(cluster) { Database = _dropName }.ConnectionString;
        }

        using var db = Open();
        db.Database.Migrate();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var agency = new Agency { Name = "临江市自然资源局", Level = AgencyLevel.City };
        db.Agencies.Add(agency);
        db.SaveChanges();
        _agencyId = agency.Id;
        var random = new Random(100);
        var start = new DateOnly(2024, 1, 1);
        var outcomes = ReplyOutcomes.All;
        for (int i = 0; i < Requests; i++)
        {
            var received = start.AddDays(random.Next(731));
            DateOnly? closed = random.Next(10) == 0 ? null : received.AddDays(random.Next(40));
            var request = new DisclosureRequest
            {
                AgencyId = agency.Id, TrackingNumber = $"B{i}", QueryCodeHash = "0", InformationWanted = "某文件",
                Applicant = new Applicant { Kind = (ApplicantKind)random.Next(6), Name = "申请人", IdNumber = "0", Phone = "0" },
                ReceivedOn = received, ClosedOn = closed, IsOpen = closed is null,
                State = closed is null ? CaseState.Processing : CaseState.Replied,
                Outcome = closed is null ? null : outcomes[random.Next(outcomes.Count)].Key(),
            };
            if (i % 20 == 0)
            {
                request.Steps.Add(new RequestStep { Kind = StepKind.FeeNoticed, On = received.AddDays(2), Amount = 100 });
                request.Steps.Add(new RequestStep { Kind = StepKind.FeePaid, On = received.AddDays(5) });
            }

            db.Requests.Add(request);
            if (i % 5000 == 4999)
            {
                db.SaveChanges();
                db.ChangeTracker.Clear();
            }
        }

        for (int i = 0; i < Items; i++)
        {
            var written = start.AddDays(-1000 + random.Next(1700));
            db.Publications.Add(new Publication
            {
                AgencyId = agency.Id, IndexNumber = $"B-{i}", Title = $"文件{i}", IssuingAgency = agency.Name,
                WrittenOn = written, PublishedOn = written.AddDays(5), Genre = (Genre)random.Next(3),
                State = PublicationState.Published, Mode = DisclosureMode.Proactive,
            });
        }

        for (int i = 0; i < Appeals; i++)
        {
            var filed = start.AddDays(random.Next(731));
            db.AppealCases.Add(new AppealCase
            {
                AgencyId = agency.Id, Kind = (AppealKind)random.Next(3), FiledOn = filed,
                DecidedOn = random.Next(4) == 0 ? null : filed.AddDays(90), Disposition = (Disposition)random.Next(10),
            });
        }

        db.SaveChanges();
    }

    [Benchmark]
    public async Task<int> ComposeWholeReport()
    {
        await using var db = Open();
        var composed = await ReportComposition.ComposeAsync(db, _agencyId, 2025);
        return composed!.Report.Sections.Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(_connection["Data Source=".Length..]);
            return;
        }

        Npgsql.NpgsqlConnection.ClearAllPools();
        using var c = new Npgsql.NpgsqlConnection(Environment.GetEnvironmentVariable("GONGKAI_BENCH_POSTGRES"));
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"DROP DATABASE IF EXISTS {_dropName} WITH (FORCE)";
        cmd.ExecuteNonQuery();
    }
}
