using BenchmarkDotNet.Attributes;
using Gongkai.Reports;

namespace Gongkai.Benchmarks;

/// <summary>Parse and check of the five seed text reports from memory, one report per operation.</summary>
[MemoryDiagnoser]
public class TextReportBenchmarks
{
    private byte[][] _reports = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx"))) dir = dir.Parent;
        string seeds = Path.Combine(dir!.FullName, "..", "shared", "seeds");
        _reports = [.. Directory.GetFiles(seeds, "*.txt").Order().Select(File.ReadAllBytes)];
    }

    [Benchmark(Description = "parse+check one text report")]
    public int ParseAndCheckText()
    {
        var bytes = _reports[_next++ % _reports.Length];
        var report = AnnualReports.Read(bytes, "report.txt").Report!;
        return AnnualReports.Check(report).Count;
    }
}
