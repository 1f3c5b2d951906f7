using System.Diagnostics;
using System.Security.Cryptography;
using Gongkai.Reports;
using Gongkai.Reports.Formats;

namespace Gongkai.Fuzz;

/// <summary>A corpus file: its name (whose extension the reader is told) and bytes.</summary>
public sealed record SeedFile(string Name, byte[] Bytes)
{
    public string Extension => Path.GetExtension(Name).ToLowerInvariant();

    /// <summary>Every file of the folders, in name order (the order is part of a run's determinism).</summary>
    public static List<SeedFile> Load(params string[] folders) =>
        [.. folders.Where(Directory.Exists).SelectMany(Directory.EnumerateFiles).Order(StringComparer.Ordinal)
            .Select(f => new SeedFile(Path.GetFileName(f), File.ReadAllBytes(f)))];
}

/// <summary>What one input did: nothing wrong, or an exception, or too long a time.</summary>
public sealed record Trial(string Seed, Mutation Mutation, int Bytes, TimeSpan Elapsed, Exception? Crash)
{
    public bool Slow => Elapsed > Harness.SlowInput;
}

/// <summary>
/// Runs inputs through everything a user can reach with a file: read (every format), check, and
/// write in all four output formats. Any exception is a crash (readers must return errors); an
/// input taking longer than <see cref="SlowInput"/> counts as a hang.
/// </summary>
public static class Harness
{
    /// <summary>No input of at most 50 MB may take longer than this on one core.</summary>
    public static readonly TimeSpan SlowInput = TimeSpan.FromSeconds(10);

    /// <summary>Reads, checks and writes one input; returns the exception it raised, if any.</summary>
    public static Exception? Exercise(byte[] input, string fileName)
    {
        try
        {
            foreach (var read in AnnualReports.ReadAll(input, fileName))
            {
                if (read.Error is { Code: "internal" }) return new InvalidOperationException(read.Error.LogMessage);
                if (read.Report is not { } report) continue;
                var findings = AnnualReports.Check(report, report);
                foreach (var format in Enum.GetValues<OutputFormat>()) ReportWriter.Write(report, findings, format, Stream.Null);
            }
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    /// <summary>Mutates the seed drawn by <paramref name="random"/> and exercises the result.</summary>
    public static (Trial Trial, byte[] Input, string Name) One(IReadOnlyList<SeedFile> corpus, Random random, int maxBytes = 16 << 20)
    {
        var seed = corpus[random.Next(corpus.Count)];
        var mutation = Mutator.Pick(random);
        var input = Mutator.Apply(seed.Bytes, seed.Extension, mutation, random, [.. corpus.Select(c => c.Bytes)], maxBytes);
        // The name keeps the seed's extension, or one time in four claims another format.
        string extension = random.Next(4) == 0 ? Extensions[random.Next(Extensions.Length)] : seed.Extension;
        string name = Path.ChangeExtension(seed.Name, extension);
        var watch = Stopwatch.StartNew();
        var crash = Exercise(input, name);
        return (new Trial(seed.Name, mutation, input.Length, watch.Elapsed, crash), input, name);
    }

    private static readonly string[] Extensions = [".txt", ".html", ".json", ".docx", ".pdf", ".md", ""];

    /// <summary>A file name for a crash repro: kind, a short hash of the bytes, the input's extension.</summary>
    public static string ReproName(Trial trial, byte[] input, string name) =>
        $"{trial.Mutation.ToString().ToLowerInvariant()}-{Convert.ToHexStringLower(SHA256.HashData(input))[..12]}{Path.GetExtension(name)}";
}
