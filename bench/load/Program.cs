// The request desk's load tool. Targets only 127.0.0.1.
//   generate sqlite|postgres CONNECTION COUNT     bulk-insert COUNT requests (with their receipt step)
//   submit URL SECONDS CONCURRENCY                POST online submissions; prints submissions/s
//   inbox URL USER PASSWORD COUNT CONCURRENCY     GET the inbox page and API as a signed-in clerk; prints p50/p95/p99
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

return args.FirstOrDefault() switch
{
    "generate" => await Generate(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture)),
    "submit" => await Submit(Local(args[1]), int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture)),
    "inbox" => await InboxLoad(Local(args[1]), args[2], args[3], int.Parse(args[4], CultureInfo.InvariantCulture), int.Parse(args[5], CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: generate sqlite|postgres CONNECTION COUNT | submit URL SECONDS CONCURRENCY | inbox URL USER PASSWORD COUNT CONCURRENCY");
    return 2;
}

static Uri Local(string url)
{
    var uri = new Uri(url);
    if (uri.Host is not ("127.0.0.1" or "localhost"))
    {
        throw new ArgumentException("The load tool targets 127.0.0.1 only.");
    }

    return uri;
}

// A realistic spread: four agencies, receipts over 2019–2026, 97% replied, the rest open with due dates around today.
static IEnumerable<object?[]> Rows(int count)
{
    var random = new Random(42);
    string[] kinds = ["NaturalPerson", "NaturalPerson", "NaturalPerson", "CommercialEnterprise", "ResearchInstitution", "PublicInterestOrganization", "LegalServiceOrganization", "OtherOrganization"];
    string[] outcomes = ["Disclosed", "PartiallyDisclosed", "Withheld.ThirdPartyRights", "Unavailable.NotHeld", "NotProcessed.Duplicate", "Other.Other"];
    var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    var first = new DateOnly(2019, 1, 1);
    var span = today.DayNumber - first.DayNumber;
    for (var i = 0; i < count; i++)
    {
        var agency = 1 + (i % 4);
        var open = random.Next(100) < 3;
        var received = open ? today.AddDays(-random.Next(0, 40)) : first.AddDays(random.Next(0, span - 30));
        var due = received.AddDays(28);
        var closed = open ? (DateOnly?)null : received.AddDays(random.Next(1, 28));
        yield return
        [
            agency, $"GKL{i:D9}", "0000000000000000000000000000000000000000000000000000000000000000",
            kinds[random.Next(kinds.Length)], $"申请人{i}", "440101199001011234", "13800138000", "", "广东省广州市某路1号", "",
            $"第{i}号文件的全文", "Electronic", "Online", "Online",
            new DateTimeOffset(received.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero), received,
            open ? (random.Next(2) == 0 ? "Received" : "Processing") : "Replied", open ? due : null, open, closed,
            open ? null : outcomes[random.Next(outcomes.Length)], null, null, 0,
        ];
    }
}

static async Task<int> Generate(string provider, string connection, int count)
{
    var watch = Stopwatch.StartNew();
    if (provider == "sqlite")
    {
        await using var db = new SqliteConnection(connection);
        await db.OpenAsync();
        await using (var pragma = db.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;";
            await pragma.ExecuteNonQueryAsync();
        }

        await using var tx = db.BeginTransaction();
        var insert = db.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = """
            INSERT INTO requests (AgencyId, TrackingNumber, QueryCodeHash, applicant_kind, applicant_name, applicant_id_number, applicant_phone, applicant_email,
              applicant_address, applicant_contact_person, InformationWanted, DeliveryForm, DeliveryMeans, Channel, SubmittedAt, ReceivedOn, State, DueOn, IsOpen,
              ClosedOn, Outcome, ClerkId, ClerkName, Version)
            VALUES ($p0,$p1,$p2,$p3,$p4,$p5,$p6,$p7,$p8,$p9,$p10,$p11,$p12,$p13,$p14,$p15,$p16,$p17,$p18,$p19,$p20,$p21,$p22,$p23);
            INSERT INTO request_steps (RequestId, Kind, "On", RecordedAt, ActorName) VALUES (last_insert_rowid(), 'Received', $p15, $p14, '申请人（网上提交）');
            """;
        var parameters = Enumerable.Range(0, 24).Select(i => insert.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        insert.Prepare();
        foreach (var row in Rows(count))
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] switch
                {
                    null => DBNull.Value,
                    DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    DateTimeOffset t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
                    bool b => b ? 1 : 0,
                    var v => v,
                };
            }

            await insert.ExecuteNonQueryAsync();
        }

        await tx.CommitAsync();
        await using var analyze = db.CreateCommand();
        analyze.CommandText = "ANALYZE;";
        await analyze.ExecuteNonQueryAsync();
    }
    else
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        long firstId;
        await using (var next = new NpgsqlCommand("SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM requests", db))
        {
            firstId = (long)(await next.ExecuteScalarAsync())!;
        }

        await using (var writer = await db.BeginBinaryImportAsync("""
            COPY requests ("Id", "AgencyId", "TrackingNumber", "QueryCodeHash", applicant_kind, applicant_name, applicant_id_number, applicant_phone, applicant_email,
              applicant_address, applicant_contact_person, "InformationWanted", "DeliveryForm", "DeliveryMeans", "Channel", "SubmittedAt", "ReceivedOn", "State", "DueOn", "IsOpen",
              "ClosedOn", "Outcome", "ClerkId", "ClerkName", "Version") FROM STDIN (FORMAT BINARY)
            """))
        {
            var id = firstId;
            foreach (var row in Rows(count))
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(id++, NpgsqlDbType.Bigint);
                foreach (var value in row)
                {
                    await (value switch
                    {
                        null => writer.WriteNullAsync(),
                        int n => writer.WriteAsync(n, NpgsqlDbType.Integer),
                        bool b => writer.WriteAsync(b, NpgsqlDbType.Boolean),
                        DateOnly d => writer.WriteAsync(d, NpgsqlDbType.Date),
                        DateTimeOffset t => writer.WriteAsync(t, NpgsqlDbType.TimestampTz),
                        var v => writer.WriteAsync((string)v, NpgsqlDbType.Text),
                    });
                }
            }

            await writer.CompleteAsync();
        }

        await using (var steps = new NpgsqlCommand($"""
            INSERT INTO request_steps ("RequestId", "Kind", "On", "RecordedAt", "ActorName")
            SELECT "Id", 'Received', "ReceivedOn", "SubmittedAt", '申请人（网上提交）' FROM requests WHERE "Id" >= {firstId};
            SELECT setval(pg_get_serial_sequence('requests', 'Id'), (SELECT MAX("Id") FROM requests));
            ANALYZE;
            """, db) { CommandTimeout = 600 })
        {
            await steps.ExecuteNonQueryAsync();
        }
    }

    Console.WriteLine($"generated {count} requests in {watch.Elapsed.TotalSeconds:F1} s ({count / watch.Elapsed.TotalSeconds:F0}/s)");
    return 0;
}

static async Task<int> Submit(Uri url, int seconds, int concurrency)
{
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = url };
    var until = Stopwatch.StartNew();
    var done = 0;
    var failed = 0;
    var latencies = new List<double>();
    var workers = Enumerable.Range(0, concurrency).Select(async w =>
    {
        var mine = new List<double>();
        while (until.Elapsed.TotalSeconds < seconds)
        {
            var t = Stopwatch.GetTimestamp();
            var response = await http.PostAsJsonAsync("/api/portal/agencies/3/requests", new
            {
                kind = "NaturalPerson", name = "压测申请人", idNumber = "440101199001011234", phone = "13800138000",
                informationWanted = "某某文件的全文（压测）", deliveryForm = "Electronic", deliveryMeans = "Online",
            });
            mine.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                Interlocked.Increment(ref done);
            }
            else
            {
                Interlocked.Increment(ref failed);
            }
        }

        lock (latencies)
        {
            latencies.AddRange(mine);
        }
    });
    await Task.WhenAll(workers);
    var elapsed = until.Elapsed.TotalSeconds;
    latencies.Sort();
    Console.WriteLine($"submissions: {done} acknowledged, {failed} failed in {elapsed:F1} s = {done / elapsed:F0}/s with {concurrency} clients; latency p50 {P(latencies, 50):F1} ms, p95 {P(latencies, 95):F1} ms");
    return failed == 0 ? 0 : 1;
}

static async Task<int> InboxLoad(Uri url, string user, string password, int count, int concurrency)
{
    var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false, MaxConnectionsPerServer = concurrency };
    using var http = new HttpClient(handler) { BaseAddress = url };
    var login = await http.GetStringAsync("/Account/Login");
    var token = Regex.Match(login, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    var signIn = await http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["Input.UserName"] = user, ["Input.Password"] = password, ["__RequestVerificationToken"] = token,
    }));
    if (signIn.StatusCode != HttpStatusCode.Redirect)
    {
        Console.Error.WriteLine($"login failed: {signIn.StatusCode}");
        return 1;
    }

    foreach (var (name, path) in new[] { ("inbox page", "/Desk"), ("inbox API", "/api/desk/inbox") })
    {
        for (var i = 0; i < 20; i++)
        {
            (await http.GetAsync(path)).EnsureSuccessStatusCode(); // warm-up
        }

        var latencies = new List<double>();
        var next = 0;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var mine = new List<double>();
            while (Interlocked.Increment(ref next) <= count)
            {
                var t = Stopwatch.GetTimestamp();
                (await http.GetAsync(path)).EnsureSuccessStatusCode();
                mine.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }

            lock (latencies)
            {
                latencies.AddRange(mine);
            }
        });
        await Task.WhenAll(workers);
        latencies.Sort();
        Console.WriteLine($"{name}: {latencies.Count} requests, {concurrency} clients: p50 {P(latencies, 50):F1} ms, p95 {P(latencies, 95):F1} ms, p99 {P(latencies, 99):F1} ms");
    }

    return 0;
}

static double P(List<double> sorted, int percentile) =>
    sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
