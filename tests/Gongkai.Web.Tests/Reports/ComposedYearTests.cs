using Gongkai.Core.Agencies;
using Gongkai.Data;
using Gongkai.Data.Reports;
using Gongkai.Reports.Rules;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Tests.Reports;

/// <summary>
/// A year of generated work for a city government and three departments: every report composed from
/// the database has no finding, and the next year's report none against it (the cross-year rules).
/// </summary>
public sealed class ComposedYearTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"gongkai-years-{Guid.NewGuid():N}.db");

    private GongkaiDbContext Open()
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        options.UseGongkai(DatabaseProvider.Sqlite, $"Data Source={path}");
        return new GongkaiDbContext(options.Options);
    }

    private List<Agency> Generate(int seed)
    {
        using var db = Open();
        db.Database.Migrate();
        var agencies = GeneratedYears.AddAgencies(db);
        var random = new Random(seed);
        foreach (var agency in agencies)
        {
            GeneratedYears.AddWork(db, agency, random, requests: 500, items: 120, appeals: 40);
        }

        return agencies;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20261204)]
    public async Task Every_composed_report_of_two_consecutive_years_has_no_finding(int seed)
    {
        var agencies = Generate(seed);
        await using var db = Open();
        foreach (var agency in agencies)
        {
            var first = (await ReportComposition.ComposeAsync(db, agency.Id, 2024))!.Report;
            var second = (await ReportComposition.ComposeAsync(db, agency.Id, 2025))!.Report;
            var findings = ReportChecker.Check(first).Concat(ReportChecker.Check(second, first)).ToList();
            Assert.True(findings.Count == 0, $"{agency.Name}: {string.Join("; ", findings.Select(f => $"{f.Rule} {f.Message}"))}");
        }
    }

    [Fact]
    public async Task The_generated_years_exercise_every_part_of_the_report()
    {
        var agencies = Generate(3);
        await using var db = Open();
        var composed = (await ReportComposition.ComposeAsync(db, agencies[1].Id, 2025))!;
        var r = composed.Report;
        Assert.True(r.Requests[Gongkai.Reports.Model.RequestRow.CarriedOver, Gongkai.Reports.Model.ApplicantColumn.Total] > 0);
        Assert.True(r.Requests[Gongkai.Reports.Model.RequestRow.CarriedForward, Gongkai.Reports.Model.ApplicantColumn.Total] > 0);
        Assert.True(r.ReviewAndLitigation!.Groups.Sum(g => g.Counts.Pending) > 0);
        Assert.True(r.ReviewAndLitigation.Groups.Sum(g => g.Counts.Upheld + g.Counts.Corrected + g.Counts.OtherResult) > 0);
        Assert.True(r.Active.NormativeDocuments!.Repealed > 0);
        Assert.Contains("收费通知", composed.FeeStatement, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
