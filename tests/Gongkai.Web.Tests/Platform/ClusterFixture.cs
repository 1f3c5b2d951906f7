using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Gongkai.Web.Tests.Platform;

/// <summary>
/// The local cluster of scripts/cluster (a PostgreSQL primary and streaming replica, two web hosts,
/// nginx in front) started once for the cluster tests from the build the tests run against, and
/// stopped after them. PostgreSQL runs with fsync off here for speed; the rate limits are raised so
/// the load of the fault test is not refused.
/// </summary>
public sealed partial class ClusterFixture : IAsyncLifetime
{
    public const string Password = "Cluster-Test-2026";

    private Dictionary<string, string> exports = [];

    public Uri Proxy => new(exports["GONGKAI_CLUSTER_URL"]);

    public Uri HostA => new(exports["GONGKAI_CLUSTER_HOST_A"]);

    public Uri HostB => new(exports["GONGKAI_CLUSTER_HOST_B"]);

    public string Primary => exports["GONGKAI_CLUSTER_PRIMARY"];

    public string Replica => exports["GONGKAI_CLUSTER_REPLICA"];

    public string Directory => exports["GONGKAI_CLUSTER_DIR"];

    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("The repository root (Gongkai.slnx) was not found.");
        }
    }

    public async Task InitializeAsync()
    {
        var output = await ScriptAsync("start");
        exports = ExportLine().Matches(output).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        if (!exports.ContainsKey("GONGKAI_CLUSTER_URL"))
        {
            throw new InvalidOperationException("scripts/cluster start printed no address:\n" + output);
        }
    }

    public async Task DisposeAsync()
    {
        if (exports.TryGetValue("GONGKAI_CLUSTER_DIR", out var dir))
        {
            await ScriptAsync("stop", dir);
        }
    }

    /// <summary>Stops web host a or b at once (SIGKILL), as a crash would.</summary>
    public void Kill(string host)
    {
        var pid = int.Parse(File.ReadAllText(Path.Combine(Directory, $"host-{host}.pid")).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.GetProcessById(pid);
        process.Kill();
        process.WaitForExit();
    }

    public Task RestartAsync(string host) => ScriptAsync("restart-host", host, Directory);

    private static async Task<string> ScriptAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Root, "scripts", "cluster"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CLUSTER_BUILD"] = "0";
        start.Environment["CLUSTER_FSYNC"] = "off";
#if DEBUG
        start.Environment["CLUSTER_CONFIGURATION"] = "Debug";
#else
        start.Environment["CLUSTER_CONFIGURATION"] = "Release";
#endif
        start.Environment["CLUSTER_DEMO_PASSWORD"] = Password;
        foreach (var policy in new[] { "lookup", "submit", "upload", "login", "search", "QueryCodePerNumber" })
        {
            start.Environment[$"RateLimits__{policy}__PermitLimit"] = "1000000";
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/cluster {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await stderr}");
        }

        return await stdout;
    }

    [GeneratedRegex("^export (\\w+)='([^']*)'$", RegexOptions.Multiline)]
    private static partial Regex ExportLine();
}

/// <summary>
/// A cluster test: skipped, with the reason, only where the cluster cannot run (no PostgreSQL server
/// binaries, or nginx missing and not installable).
/// </summary>
[XunitTestCaseDiscoverer("Gongkai.Web.Tests.Platform.ClusterFactDiscoverer", "Gongkai.Web.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ClusterFactAttribute : FactAttribute;

public sealed class ClusterFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    private static readonly Lazy<string?> SkipReason = new(FindSkipReason);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        return SkipReason.Value is { } reason
            ? [new XunitSkippedDataRowTestCase(diagnostics, display, displayOptions, testMethod, reason)]
            : [new XunitTestCase(diagnostics, display, displayOptions, testMethod)];
    }

    private static string? FindSkipReason()
    {
        if (!System.IO.Directory.Exists("/usr/lib/postgresql") || !System.IO.Directory.EnumerateFiles("/usr/lib/postgresql", "initdb", SearchOption.AllDirectories).Any())
        {
            return "PostgreSQL server binaries are not installed (scripts/prerequisites): cluster tests skipped";
        }

        if (!File.Exists("/usr/sbin/nginx"))
        {
            try
            {
                using var install = Process.Start(new ProcessStartInfo("apt-get", "install -y -q nginx") { RedirectStandardOutput = true, RedirectStandardError = true })!;
                install.StandardOutput.ReadToEnd();
                install.WaitForExit();
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // No apt-get: reported below.
            }
        }

        return File.Exists("/usr/sbin/nginx") ? null : "nginx is not installed and `apt-get install nginx` failed: cluster tests skipped";
    }
}
