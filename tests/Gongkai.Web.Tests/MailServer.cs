using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using MimeKit;

namespace Gongkai.Web.Tests;

/// <summary>
/// A real SMTP server for the mail tests: smtp4dev (the .NET tool in .config/dotnet-tools.json, restored
/// by scripts/test), started on free loopback ports with an in-memory store; messages read back through
/// its web API. One per test class (xunit class fixture).
/// </summary>
public sealed class MailServer : IAsyncLifetime
{
    private Process? _process;
    private readonly HttpClient _http = new();

    public int SmtpPort { get; } = FreePort();

    private int WebPort { get; } = FreePort();

    public async Task InitializeAsync()
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "tool", "run", "smtp4dev", "--", $"--smtpport={SmtpPort}", $"--imapport={FreePort()}", $"--pop3port={FreePort()}",
            "--db=", $"--urls=http://127.0.0.1:{WebPort}", "--hostname=localhost", "--nousersettings", $"--baseappdatapath={Path.Combine(Path.GetTempPath(), $"smtp4dev-{Guid.NewGuid():N}")}" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("smtp4dev did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await _http.GetAsync(new Uri($"http://127.0.0.1:{WebPort}/api/messages"));
                if (response.IsSuccessStatusCode && await SmtpListeningAsync())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not up yet.
            }

            await Task.Delay(500);
        }

        throw new InvalidOperationException("smtp4dev did not answer within 90 seconds (is `dotnet tool restore` done?)");
    }

    /// <summary>Every message received so far, newest first.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MessagesAsync()
    {
        var list = await _http.GetFromJsonAsync<JsonElement>(new Uri($"http://127.0.0.1:{WebPort}/api/messages?pageSize=100"));
        var messages = new List<MimeMessage>();
        foreach (var item in list.GetProperty("results").EnumerateArray())
        {
            var source = await _http.GetStreamAsync(new Uri($"http://127.0.0.1:{WebPort}/api/messages/{item.GetProperty("id").GetString()}/source"));
            messages.Add(await MimeMessage.LoadAsync(source));
        }

        return messages;
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
        }

        _process?.Dispose();
        _http.Dispose();
        return Task.CompletedTask;
    }

    private async Task<bool> SmtpListeningAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, SmtpPort);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
