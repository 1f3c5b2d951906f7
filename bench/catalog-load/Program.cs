using System.Diagnostics;
using System.Globalization;

// Usage: gongkai-catalog-load BASE_URL search|item REQUESTS CONCURRENCY MAX_ID [SECONDS]
// Refuses any host but 127.0.0.1/localhost; stops at REQUESTS or SECONDS (default 60), whichever first.
if (args.Length < 5)
{
    Console.Error.WriteLine("usage: gongkai-catalog-load http://127.0.0.1:PORT search|item REQUESTS CONCURRENCY MAX_ID [SECONDS]");
    return 2;
}

var baseUri = new Uri(args[0]);
if (baseUri.Host is not ("127.0.0.1" or "localhost"))
{
    Console.Error.WriteLine("only 127.0.0.1 may be loaded");
    return 2;
}

var scenario = args[1];
var requests = int.Parse(args[2], CultureInfo.InvariantCulture);
var concurrency = int.Parse(args[3], CultureInfo.InvariantCulture);
var maxId = long.Parse(args[4], CultureInfo.InvariantCulture);
var deadline = TimeSpan.FromSeconds(args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 60);
string[] words = ["征地", "矿业权", "耕地保护", "不动产登记", "地质灾害", "规划", "海域使用", "采矿权延续", "生态保护修复", "宅基地", "土地征收", "测绘", "韶关市", "仁化县", "行政处罚", "政策解读", "部门预算", "建设用地", "探矿权", "成片开发"];
string[] filters = ["", "", "&genre=NormativeDocument", "&year=2020", "&agency=1", "&validity=InForce"];

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = baseUri };

// Item pages are addressed by agency and id: sample real pairs through the search API first.
var items = new List<string>();
if (scenario == "item")
{
    var sampler = new Random(7);
    for (var i = 0; i < 80 && items.Count < maxId; i++)
    {
        var url = $"/api/portal/catalog/search?q={Uri.EscapeDataString(words[sampler.Next(words.Length)])}&year={sampler.Next(2012, 2026)}&pageSize=100&page={sampler.Next(1, 4)}";
        using var json = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(url));
        items.AddRange(json.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => $"/portal/{r.GetProperty("agencyId").GetInt32()}/items/{r.GetProperty("id").GetInt64()}"));
    }

    items = items.Distinct().ToList();
    Console.WriteLine($"item: sampled {items.Count} distinct items");
}

string PathFor(Random random) => scenario == "search"
    ? $"/api/portal/catalog/search?q={Uri.EscapeDataString(words[random.Next(words.Length)])}{filters[random.Next(filters.Length)]}&page={random.Next(1, 4)}"
    : items[random.Next(items.Count)];

// Warm-up: JIT, connection pool, database caches.
for (var i = 0; i < Math.Min(scenario == "search" ? 5 : 200, requests / 10 + 1); i++)
{
    using var _ = await http.GetAsync(PathFor(Random.Shared));
}

var latencies = new double[requests];
var statuses = new int[600];
var next = -1;
var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
{
    var random = new Random(worker);
    while (clock.Elapsed < deadline)
    {
        var n = Interlocked.Increment(ref next);
        if (n >= requests)
        {
            return;
        }

        var start = Stopwatch.GetTimestamp();
        using var response = await http.GetAsync(PathFor(random), HttpCompletionOption.ResponseContentRead);
        latencies[n] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        Interlocked.Increment(ref statuses[(int)response.StatusCode]);
    }
}));
var elapsed = clock.Elapsed.TotalSeconds;
var done = Math.Min(requests, next);
var sorted = latencies.Take(done).Order().ToArray();
double P(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{scenario}: {done} requests in {elapsed:0.0} s = {done / elapsed:0} req/s; latency ms p50 {P(0.50):0.0} p95 {P(0.95):0.0} p99 {P(0.99):0.0} max {sorted.LastOrDefault():0.0}; status {string.Join(" ", statuses.Select((c, s) => (c, s)).Where(x => x.c > 0).Select(x => $"{x.s}×{x.c}"))}"));
return 0;
