using System.Diagnostics;
using Gongkai.Fuzz;

// gongkai-fuzz [--seconds N | --inputs N] [--seed N] [--corpus DIR]… [--crashes DIR] | --replay DIR|FILE
// Mutates the corpus and runs every input through the readers, the checker and the writers;
// writes each crashing or slow input to the crashes folder and prints the run's figures.
var options = new Dictionary<string, List<string>>();
for (int i = 0; i + 1 < args.Length; i += 2) (options.TryGetValue(args[i], out var l) ? l : options[args[i]] = []).Add(args[i + 1]);
string One(string key, string fallback) => options.TryGetValue(key, out var v) ? v[^1] : fallback;
if (args.Contains("--help") || args.Length % 2 == 1)
{
    Console.WriteLine("gongkai-fuzz [--seconds N | --inputs N] [--seed N] [--corpus DIR]… [--crashes DIR] | --replay DIR|FILE");
    return 0;
}
string root = FindRoot();
if (options.TryGetValue("--replay", out var replay))
{
    // Runs saved inputs again: one line per file with what it raised ("ok" when nothing).
    int failed = 0;
    foreach (var file in replay.SelectMany(r => Directory.Exists(r) ? Directory.EnumerateFiles(r) : [r]).Order(StringComparer.Ordinal))
    {
        var watch1 = Stopwatch.StartNew();
        var e = Harness.Exercise(File.ReadAllBytes(file), Path.GetFileName(file));
        if (e is not null) failed++;
        string where = e?.ToString().Split('\n').FirstOrDefault(l => l.Contains(" at Gongkai.", StringComparison.Ordinal) || l.Contains("   at ", StringComparison.Ordinal) && l.Contains("Gongkai", StringComparison.Ordinal))?.Trim() ?? "";
        Console.WriteLine($"{Path.GetFileName(file)}\t{watch1.ElapsedMilliseconds} ms\t{(e is null ? "ok" : e.Message.Split('\n')[0])}\t{where}");
    }
    return failed == 0 ? 0 : 1;
}
var corpusDirs = options.TryGetValue("--corpus", out var dirs) ? dirs : [Path.Combine(root, "fuzz", "corpus"), Path.Combine(root, "..", "shared", "seeds")];
var corpus = SeedFile.Load([.. corpusDirs]);
if (corpus.Count == 0) { Console.Error.WriteLine("gongkai-fuzz: the corpus is empty"); return 2; }
int seed = int.Parse(One("--seed", "1"));
double seconds = double.Parse(One("--seconds", "60"));
long inputs = long.Parse(One("--inputs", "0"));
string crashes = One("--crashes", Path.Combine(root, "artifacts", "fuzz-crashes"));
Directory.CreateDirectory(crashes);

var random = new Random(seed);
var watch = Stopwatch.StartNew();
long tried = 0, crashed = 0, slow = 0, bytes = 0;
var slowest = TimeSpan.Zero;
var byKind = new Dictionary<Mutation, long>();
while (inputs > 0 ? tried < inputs : watch.Elapsed.TotalSeconds < seconds)
{
    var (trial, input, name) = Harness.One(corpus, random);
    tried++; bytes += trial.Bytes;
    byKind[trial.Mutation] = byKind.GetValueOrDefault(trial.Mutation) + 1;
    if (trial.Elapsed > slowest) slowest = trial.Elapsed;
    if (trial.Crash is null && !trial.Slow) continue;
    if (trial.Crash is not null) crashed++; else slow++;
    string file = Path.Combine(crashes, Harness.ReproName(trial, input, name));
    File.WriteAllBytes(file, input);
    Console.Error.WriteLine($"{(trial.Crash is null ? $"SLOW {trial.Elapsed.TotalSeconds:F1} s" : "CRASH")} {file} (seed {trial.Seed}, {trial.Mutation}): {trial.Crash?.GetType().Name} {trial.Crash?.Message}");
    if (trial.Crash is not null) Console.Error.WriteLine(trial.Crash.StackTrace);
}
using var self = Process.GetCurrentProcess();
Console.WriteLine($"seed {seed}, corpus {corpus.Count} files, {watch.Elapsed.TotalSeconds:F0} s");
Console.WriteLine($"inputs tried: {tried} ({bytes / 1024 / 1024} MiB), crashes: {crashed}, slow (> {Harness.SlowInput.TotalSeconds} s): {slow}");
Console.WriteLine($"slowest input: {slowest.TotalMilliseconds:F0} ms, peak working set: {self.PeakWorkingSet64 / 1024 / 1024} MiB");
Console.WriteLine("by mutation: " + string.Join(", ", byKind.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}")));
return crashed + slow == 0 ? 0 : 1;

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx"))) dir = dir.Parent;
    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
