using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gongkai.Browser.Tests;

/// <summary>A request acknowledged to the applicant survives the server process being killed at once.</summary>
public sealed class DurabilityTests
{
    [Fact]
    public async Task An_acknowledged_request_survives_kill_9()
    {
        var database = Path.Combine(Path.GetTempPath(), $"gongkai-durability-{Guid.NewGuid():N}.db");
        var acknowledged = new List<(string Number, string Code)>();
        await using (var server = await ServerProcess.StartAsync(database))
        {
            using var http = new HttpClient { BaseAddress = server.Address };
            var submissions = Enumerable.Range(0, 20).Select(async i =>
            {
                var response = await http.PostAsJsonAsync("/api/portal/agencies/1/requests", new
                {
                    kind = "NaturalPerson",
                    name = $"申请人{i}",
                    idNumber = "440101199001011233",
                    phone = "13800138000",
                    informationWanted = $"第{i}号文件的全文",
                    deliveryForm = "Electronic",
                    deliveryMeans = "Online",
                });
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                var ack = await response.Content.ReadFromJsonAsync<JsonElement>();
                lock (acknowledged)
                {
                    acknowledged.Add((ack.GetProperty("trackingNumber").GetString()!, ack.GetProperty("queryCode").GetString()!));
                }
            });
            await Task.WhenAll(submissions);
            server.Kill(); // at once, right after the last acknowledgement
        }

        await using (var restarted = await ServerProcess.StartAsync(database))
        {
            using var http = new HttpClient { BaseAddress = restarted.Address };
            foreach (var (number, code) in acknowledged)
            {
                var status = await http.GetAsync($"/api/portal/requests/{number}?code={code}");
                Assert.Equal(HttpStatusCode.OK, status.StatusCode);
            }
        }

        Assert.Equal(20, acknowledged.Count);
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
