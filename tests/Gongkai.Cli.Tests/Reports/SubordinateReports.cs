namespace Gongkai.Cli.Tests.Reports;

/// <summary>A temporary folder of subordinates' reports: the five seeds, one altered copy and an unreadable file.</summary>
internal sealed class SubordinateReports : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("gongkai-rollup-").FullName;

    public static string Seeds { get; } = FindSeeds();

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "seeds"))) return Path.Combine(dir.FullName, "shared", "seeds");
        throw new DirectoryNotFoundException("shared/seeds not found above the test directory.");
    }

    public static string Seed(string prefix) => Directory.GetFiles(Seeds, prefix + "_*.txt").Single();

    public string Add(string name, string text)
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public string AddSeed(string prefix, string? name = null) => Add(name ?? Path.GetFileName(Seed(prefix)), File.ReadAllText(Seed(prefix)));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
