using System.Diagnostics;
using System.Globalization;
using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Data.Catalog;
using Microsoft.EntityFrameworkCore;

// Usage: gongkai-catalog-search sqlite|postgres CONNECTION
// Runs the load script's 20 words, each without a filter and with each of four filters, twice, and
// prints the slowest searches of the second round with the median and 95th percentile.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: gongkai-catalog-search sqlite|postgres CONNECTION");
    return 2;
}

var options = new DbContextOptionsBuilder<GongkaiDbContext>();
options.UseGongkai(args[0] == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, args[1]);
string[] words = ["征地", "矿业权", "耕地保护", "不动产登记", "地质灾害", "规划", "海域使用", "采矿权延续", "生态保护修复", "宅基地", "土地征收", "测绘", "韶关市", "仁化县", "行政处罚", "政策解读", "部门预算", "建设用地", "探矿权", "成片开发"];
Func<string, CatalogQuery>[] filters =
[
    w => new(w), w => new(w, Genre: Genre.NormativeDocument), w => new(w, Year: 2020), w => new(w, AgencyId: 1), w => new(w, Validity: ValidityState.InForce),
];
var timings = new List<(double Ms, string Search)>();
for (var round = 0; round < 2; round++)
{
    foreach (var word in words)
    {
        for (var f = 0; f < filters.Length; f++)
        {
            await using var db = new GongkaiDbContext(options.Options);
            var clock = Stopwatch.StartNew();
            var hits = await db.SearchAsync(filters[f](word));
            if (round == 1)
            {
                timings.Add((clock.Elapsed.TotalMilliseconds, $"{word} filter {f}: {hits.Total}{(hits.TotalIsEstimate ? " (estimate)" : "")}, {hits.Ranked} ranked"));
            }
        }
    }
}

foreach (var (ms, search) in timings.OrderByDescending(t => t.Ms).Take(5))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ms,7:0.0} ms  {search}"));
}

var sorted = timings.Select(t => t.Ms).Order().ToArray();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sorted.Length} searches: p50 {sorted[sorted.Length / 2]:0.0} ms, p95 {sorted[(int)(sorted.Length * 0.95)]:0.0} ms"));
return 0;
