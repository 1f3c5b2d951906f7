using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;

namespace Gongkai.Web.Tests.Platform;

/// <summary>
/// Gongkai as a province's platform (issue 16), on the local cluster of scripts/cluster: two web
/// hosts behind nginx on a PostgreSQL primary with a streaming replica.
/// </summary>
public sealed partial class ClusterTests(ClusterFixture cluster) : IClassFixture<ClusterFixture>
{
    private const int Renhua = 3;

    private static readonly object Form = new
    {
        kind = "NaturalPerson",
        name = "张三",
        idNumber = "440101199001011233",
        phone = "13800138000",
        address = "广东省广州市越秀区某路1号",
        informationWanted = "2025年某某地块土地出让合同",
        deliveryForm = "Paper",
        deliveryMeans = "Post",
    };

    [ClusterFact]
    public async Task Request_submitted_through_host_a_is_followed_on_host_b()
    {
        using var a = Client(cluster.HostA);
        using var b = Client(cluster.HostB);

        var acknowledgement = await SubmitAsync(a);
        var status = await b.GetAsync($"/api/portal/requests/{acknowledgement.TrackingNumber}?code={acknowledgement.QueryCode}");

        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Equal(acknowledgement.TrackingNumber, (await status.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("trackingNumber").GetString());
    }

    [ClusterFact]
    public async Task Sign_in_form_from_host_a_is_accepted_by_host_b()
    {
        var cookies = new CookieContainer();
        using var a = Client(cluster.HostA, cookies);
        using var b = Client(cluster.HostB, cookies);

        var response = await SignInAsync(form: a, post: b);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("/Account/Login", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }

    [ClusterFact]
    public async Task Staff_session_from_host_b_is_accepted_by_host_a()
    {
        var cookies = new CookieContainer();
        using var a = Client(cluster.HostA, cookies);
        using var b = Client(cluster.HostB, cookies);
        await SignInAsync(form: b, post: b);

        var inbox = await a.GetAsync("/Desk");

        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
        Assert.Contains("郑丽", await inbox.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [ClusterFact]
    public async Task Portal_reads_come_from_the_replica()
    {
        using var proxy = Client(cluster.Proxy);
        foreach (var path in new[] { "/portal/search?q=%E5%9C%9F%E5%9C%B0", $"/portal/{Renhua}/catalog", "/portal/search?q=%E5%85%AC%E5%BC%80" })
        {
            for (var i = 0; i < 2; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await proxy.GetAsync(path)).StatusCode);
            }
        }

        Assert.True(await PublicReadSessionsAsync(cluster.Replica) > 0, "no public-read session on the replica");
        Assert.Equal(0, await PublicReadSessionsAsync(cluster.Primary));
    }

    [ClusterFact]
    public async Task Acknowledged_request_is_found_at_once_through_the_proxy()
    {
        using var proxy = Client(cluster.Proxy);
        var notFound = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            var acknowledgement = await SubmitAsync(proxy);
            var status = await proxy.GetAsync($"/api/portal/requests/{acknowledgement.TrackingNumber}?code={acknowledgement.QueryCode}");
            if (status.StatusCode != HttpStatusCode.OK)
            {
                notFound.Add($"{acknowledgement.TrackingNumber}: {(int)status.StatusCode}");
            }
        }

        Assert.Empty(notFound);
    }

    [ClusterFact]
    public async Task Killing_a_host_during_submissions_loses_no_acknowledged_request()
    {
        var acknowledged = new ConcurrentBag<string>();
        var afterKill = 0;
        var killed = false;
        using var stop = new CancellationTokenSource();
        using var proxy = Client(cluster.Proxy);
        var clients = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var response = await proxy.PostAsJsonAsync($"/api/portal/agencies/{Renhua}/requests", Form, stop.Token);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged.Add((await response.Content.ReadFromJsonAsync<JsonElement>(stop.Token)).GetProperty("trackingNumber").GetString()!);
                        if (Volatile.Read(ref killed))
                        {
                            Interlocked.Increment(ref afterKill);
                        }
                    }
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
                {
                    // Not acknowledged: the applicant sees an error and submits again.
                }
            }
        })).ToList();

        try
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            cluster.Kill("a");
            Volatile.Write(ref killed, true);
            await Task.Delay(TimeSpan.FromSeconds(4));
            await stop.CancelAsync();
            await Task.WhenAll(clients);

            Assert.True(afterKill > 0, "no submission was acknowledged after host a was killed");
            Assert.Equal(acknowledged.Count, await CountRequestsAsync([.. acknowledged]));
        }
        finally
        {
            await stop.CancelAsync();
            await cluster.RestartAsync("a");
        }
    }

    private static HttpClient Client(Uri address, CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new CookieContainer(), UseCookies = true })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };

    private static async Task<(string TrackingNumber, string QueryCode)> SubmitAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync($"/api/portal/agencies/{Renhua}/requests", Form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("trackingNumber").GetString()!, body.GetProperty("queryCode").GetString()!);
    }

    /// <summary>Gets the sign-in form (and its antiforgery cookie) from one host and posts it to another.</summary>
    private static async Task<HttpResponseMessage> SignInAsync(HttpClient form, HttpClient post)
    {
        var html = await form.GetStringAsync("/Account/Login");
        var token = TokenPattern().Match(html).Groups[1].Value;
        return await post.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "rh.clerk",
            ["Input.Password"] = ClusterFixture.Password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    private static async Task<long> PublicReadSessionsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pg_stat_activity WHERE datname = 'gongkai' AND application_name = @name";
        command.Parameters.AddWithValue("name", ReadReplicaName);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> CountRequestsAsync(string[] trackingNumbers)
    {
        await using var connection = new NpgsqlConnection(cluster.Primary);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM requests WHERE \"TrackingNumber\" = ANY(@numbers)";
        command.Parameters.AddWithValue("numbers", trackingNumbers);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private const string ReadReplicaName = Gongkai.Web.Platform.PublicReads.ApplicationName;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
