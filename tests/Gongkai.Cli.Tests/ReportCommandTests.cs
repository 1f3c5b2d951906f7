using System.Text.Json;
using Gongkai.Cli.Reports;

namespace Gongkai.Cli.Tests;

/// <summary>`gongkai report check|convert`, run in-process with captured output.</summary>
public class ReportCommandTests
{
    private static string Root { get; } = FindRoot();
    private static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));
    private static string Seed(string prefix) => Directory.GetFiles(Seeds, prefix + "_*.txt").Single();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Gongkai.slnx"))) dir = dir.Parent;
        return dir.FullName;
    }

    private static (int Exit, string Out, string Err) Check(params string[] args)
    {
        var stdout = new StringWriter(); var stderr = new StringWriter();
        bool json = args.Contains("--json");
        int i = Array.IndexOf(args, "--previous");
        string? previous = i >= 0 ? args[i + 1] : null;
        var files = args.Where((a, k) => a != "--json" && a != "--previous" && (i < 0 || k != i + 1)).ToArray();
        int exit = ReportCommand.Check(files, json, previous, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Check_exits_1_when_a_report_has_errors()
    {
        Assert.Equal(ReportCommand.ErrorsFound, Check(Seed("000")).Exit);
    }

    [Fact]
    public void Check_exits_0_for_a_report_with_only_warnings()
    {
        string dir = Directory.CreateTempSubdirectory("gongkai-cli").FullName;
        string file = Path.Combine(dir, "clean.txt");
        File.WriteAllText(file, File.ReadAllText(Seed("000"))
            .Replace("\t207\n\t3\n\t0\n\t0\n\t1\n\t0\n\t211", "\t208\n\t2\n\t0\n\t0\n\t1\n\t0\n\t211"));
        var (exit, output, _) = Check(file);
        Assert.Equal(ReportCommand.NoErrors, exit);
        Assert.Contains("0 份有错误", output);
    }

    [Fact]
    public void Check_exits_2_when_a_file_cannot_be_read()
    {
        var (exit, _, err) = Check("/nonexistent/report.txt");
        Assert.Equal(ReportCommand.Unreadable, exit);
        Assert.Contains("找不到文件", err);
    }

    [Fact]
    public void Check_json_prints_one_canonical_object_per_file_and_nothing_else()
    {
        var (_, output, _) = Check("--json", Seed("000"), Seed("001"));
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(2, doc.RootElement.GetArrayLength());
        Assert.Equal(Seed("000"), doc.RootElement[0].GetProperty("file").GetString());
        Assert.Equal("V2021", doc.RootElement[0].GetProperty("format").GetString());
        Assert.Equal("requests.balance", doc.RootElement[0].GetProperty("findings")[0].GetProperty("rule").GetString());
    }

    [Fact]
    public void Check_of_a_folder_reads_every_report_in_it_and_summarizes_by_rule()
    {
        var (_, output, _) = Check(Seeds);
        Assert.Contains("共检查 5 份报告", output);
        Assert.Contains("各规则违反情况", output);
    }

    [Fact]
    public void Check_with_the_previous_report_runs_the_cross_year_rules()
    {
        string fixtures = Path.Combine(Root, "tests", "Gongkai.Reports.Tests", "Fixtures");
        var (_, output, _) = Check("--json", Path.Combine(fixtures, "every-rule-2022.txt"), "--previous", Path.Combine(fixtures, "every-rule-2021.txt"));
        Assert.Contains("continuity.carry", output);
    }

    [Fact]
    public void Convert_to_json_writes_the_canonical_object()
    {
        string output = Path.Combine(Directory.CreateTempSubdirectory("gongkai-cli").FullName, "r.json");
        int exit = ReportCommand.Convert(Seed("002"), Gongkai.Reports.Formats.OutputFormat.Json, output, new StringWriter());
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal("互助县自然资源局", doc.RootElement.GetProperty("agency").GetString());
    }

    [Fact]
    public void Convert_of_an_unreadable_file_exits_2_with_a_message()
    {
        var err = new StringWriter();
        Assert.Equal(2, ReportCommand.Convert("/nonexistent.txt", Gongkai.Reports.Formats.OutputFormat.Json, "/tmp/x.json", err));
        Assert.Contains("找不到文件", err.ToString());
    }
}
