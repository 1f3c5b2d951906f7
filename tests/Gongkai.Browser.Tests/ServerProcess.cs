using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Gongkai.Browser.Tests;

/// <summary>
/// The real web server (the built Gongkai.Web.dll) as a child process on a free 127.0.0.1 port,
/// on its own SQLite file, with the demo installation.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    public const string Password = "Browser-Test-1";

    private readonly Process process;

    private TextWriter? log;

    private ServerProcess(Process process, Uri address, string database)
    {
        this.process = process;
        Address = address;
        Database = database;
    }

    public Uri Address { get; }

    public string Database { get; }

    /// <summary>The repository's root (where Gongkai.slnx is).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Repository root not found");
        }
    }

    public static async Task<ServerProcess> StartAsync(string? database = null)
    {
        database ??= Path.Combine(Path.GetTempPath(), $"gongkai-server-{Guid.NewGuid():N}.db");
        var port = FreePort();
        var web = Path.Combine(RepositoryRoot, "src", "Gongkai.Web");
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(web, "bin", configuration, "net10.0", "Gongkai.Web.dll");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["ConnectionStrings__Gongkai"] = $"Data Source={database}";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Demo__Seed"] = "true";
        start.Environment["Security__MasterKeyFile"] = database + ".key";
        start.Environment["Demo__Password"] = Password;
        // The journeys and the durability test submit and sign in far more than a person would.
        foreach (var policy in new[] { "lookup", "QueryCodePerNumber", "submit", "upload", "login", "search" })
        {
            start.Environment[$"RateLimits__{policy}__PermitLimit"] = "1000000";
        }

        start.Environment["Uploads__QuotaPerAddressMegabytesPerDay"] = "1000000";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        // The server's log goes to artifacts/, for a failing test to be read afterwards.
        var logs = Path.Combine(RepositoryRoot, "artifacts", "server-logs");
        Directory.CreateDirectory(logs);
        var log = TextWriter.Synchronized(new StreamWriter(Path.Combine(logs, $"server-{port}.log")) { AutoFlush = true });
        process.OutputDataReceived += (_, e) => log.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => log.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"), database) { log = log };
        using var http = new HttpClient();
        for (var i = 0; i < 1200; i++)
        {
            try
            {
                if ((await http.GetAsync(server.Address)).StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {process.ExitCode}");
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The server did not start within 120 s");
    }

    /// <summary>SIGKILL: no shutdown, no flush.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        if (log is not null)
        {
            await log.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
