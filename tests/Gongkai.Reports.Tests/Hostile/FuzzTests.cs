using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gongkai.Fuzz;

namespace Gongkai.Reports.Tests.Hostile;

/// <summary>
/// A short, deterministic run of the fuzz harness: FsCheck draws which seed, which mutation and
/// the mutation's random source (fixed Replay, so every run tries the same inputs); no input may
/// raise an exception or take longer than <see cref="Harness.SlowInput"/>. The long run is
/// `dotnet run --project fuzz/Gongkai.Fuzz -c Release` (docs/fuzzing.md).
/// </summary>
public class FuzzTests
{
    private static readonly List<SeedFile> Corpus = SeedFile.Load(Path.Combine(TestFiles.RepositoryRoot, "fuzz", "corpus"));

    [Property(MaxTest = 100, Replay = "(20261204,11)")]
    public Property A_mutated_seed_never_crashes_or_hangs_the_reader(NonNegativeInt seed, NonNegativeInt randomSeed)
    {
        // Inputs up to 1 MB keep the run to seconds; the long run goes to 16 MB.
        var (trial, _, name) = Harness.One(Corpus, new Random(unchecked(seed.Get * 7919 + randomSeed.Get)), maxBytes: 1 << 20);
        return (trial.Crash is null && !trial.Slow).Label($"{name} from {trial.Seed} by {trial.Mutation}: {trial.Crash}");
    }

    [Fact]
    public void The_corpus_holds_every_input_format()
    {
        Assert.Equal([".docx", ".html", ".json", ".pdf", ".txt"], Corpus.Select(c => c.Extension).Distinct().Order());
    }
}
