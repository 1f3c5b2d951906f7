using BenchmarkDotNet.Attributes;
using Gongkai.Reports;
using Gongkai.Reports.Formats.Docx;
using Gongkai.Reports.Model;

namespace Gongkai.Benchmarks;

/// <summary>
/// DOCX reports: (a) parse and check from memory, (b) render. The inputs are the shared seed reports
/// written as DOCX by <see cref="DocxWriter"/>; each operation is one report.
/// </summary>
[MemoryDiagnoser]
public class DocxBenchmarks
{
    private AnnualReport[] _reports = [];
    private byte[][] _docx = [];

    [GlobalSetup]
    public void Setup()
    {
        _reports = [.. SeedReports.Load()];
        _docx = [.. _reports.Select(r =>
        {
            using var stream = new MemoryStream();
            DocxWriter.Write(r, stream);
            return stream.ToArray();
        })];
        // --job short has three warm-up iterations: too few, on a busy machine, for tiered JIT to reach
        // optimized code, so the figures would measure tier-0 code. Run both paths hot for a while first.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(3)) { ParseAndCheckDocx(); RenderDocx(); }
        Thread.Sleep(500);
    }

    /// <summary>Read a DOCX from bytes (zip checks, streaming XML, form reading) and run every consistency rule.</summary>
    [Benchmark(OperationsPerInvoke = SeedReports.Count)]
    public int ParseAndCheckDocx()
    {
        int findings = 0;
        foreach (var bytes in _docx)
        {
            var result = AnnualReports.Read(bytes, "report.docx");
            findings += AnnualReports.Check(result.Report!).Count;
        }
        return findings;
    }

    /// <summary>Write a report as a form-shaped DOCX.</summary>
    [Benchmark(OperationsPerInvoke = SeedReports.Count)]
    public long RenderDocx()
    {
        long bytes = 0;
        foreach (var report in _reports)
        {
            using var stream = new MemoryStream();
            DocxWriter.Write(report, stream);
            bytes += stream.Length;
        }
        return bytes;
    }
}

/// <summary>The five shared seed reports (../shared/seeds beside the repository, or $GONGKAI_SEEDS).</summary>
internal static class SeedReports
{
    public const int Count = 5;

    public static IEnumerable<AnnualReport> Load()
    {
        string dir = Directory();
        var files = System.IO.Directory.GetFiles(dir, "*.txt").Order().Take(Count).ToArray();
        if (files.Length != Count) throw new InvalidOperationException($"Expected {Count} seed reports in {dir}, found {files.Length}.");
        foreach (var f in files)
            yield return AnnualReports.Read(f).Report ?? throw new InvalidOperationException($"Seed {f} does not read.");
    }

    private static string Directory()
    {
        if (Environment.GetEnvironmentVariable("GONGKAI_SEEDS") is { Length: > 0 } env) return env;
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "Gongkai.slnx"))) return Path.Combine(d.FullName, "..", "shared", "seeds");
        throw new InvalidOperationException("Cannot find the seeds: set GONGKAI_SEEDS.");
    }
}
