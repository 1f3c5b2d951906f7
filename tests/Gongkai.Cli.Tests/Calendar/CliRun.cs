using System.CommandLine;
using Gongkai.Cli.Calendar;

// GONGKAI_HOME is process-wide: the CLI tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Gongkai.Cli.Tests.Calendar;

/// <summary>Runs the calendar verbs in-process with a temporary GONGKAI_HOME, capturing stdout and stderr.</summary>
internal sealed class CliRun : IDisposable
{
    private readonly string? _previousHome = Environment.GetEnvironmentVariable("GONGKAI_HOME");

    public CliRun()
    {
        Home = Directory.CreateTempSubdirectory("gongkai-cli-").FullName;
        Environment.SetEnvironmentVariable("GONGKAI_HOME", Home);
    }

    public string Home { get; }

    public (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { DueCommand.Create(), CalendarCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    public string WriteFile(string name, string text)
    {
        var path = Path.Combine(Home, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("GONGKAI_HOME", _previousHome);
        Directory.Delete(Home, recursive: true);
    }
}
