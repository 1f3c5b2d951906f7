namespace Gongkai.Reports.Tests;

/// <summary>Locates the repository, the shared seeds and truth, and the test fixtures.</summary>
internal static class TestFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The shared folder beside the checkout (../shared), or beside the folder of worktrees (../../shared).</summary>
    public static string Shared { get; } = FindShared();

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string Truth => Path.Combine(Shared, "truth");

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Samples => Path.Combine(RepositoryRoot, "samples");

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(RepositoryRoot); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "truth"))) return Path.Combine(dir.FullName, "shared");
        throw new DirectoryNotFoundException("shared/truth not found above " + RepositoryRoot);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Gongkai.slnx not found above the test directory.");
    }

    public static string Seed(string prefix) => Directory.GetFiles(Seeds, prefix + "_*.txt").Single();
}
