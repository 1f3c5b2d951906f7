using System.Diagnostics;
using Gongkai.Cli.Reports;

namespace Gongkai.Cli.Tests;

/// <summary>
/// `report check` over folders with a bad file among good ones, JSON arrays of reports, reading
/// notes, and the fast command scripts/gongkai.
/// </summary>
public class FolderAndExitCodeTests
{
    private static string Root { get; } = FindRoot();
    private static string Sample(string name) => Path.Combine(Root, "samples", name);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Gongkai.slnx"))) dir = dir.Parent;
        return dir.FullName;
    }

    private static (int Exit, string Out, string Err) Check(bool json, params string[] files)
    {
        var stdout = new StringWriter(); var stderr = new StringWriter();
        int exit = ReportCommand.Check(files, json, null, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string Folder(params (string Name, byte[] Bytes)[] files)
    {
        string dir = Directory.CreateTempSubdirectory("gongkai-folder").FullName;
        foreach (var (name, bytes) in files) File.WriteAllBytes(Path.Combine(dir, name), bytes);
        return dir;
    }

    [Fact]
    public void An_unreadable_file_in_a_folder_is_reported_and_the_others_are_still_checked()
    {
        string dir = Folder(("a-good.txt", File.ReadAllBytes(Sample("linjiang-2024.txt"))), ("b-empty.txt", []),
            ("c-deep.html", System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<b>", 200_000)))));
        var (exit, output, err) = Check(false, dir);
        Assert.Equal(ExitCodes.Unreadable, exit);
        Assert.Contains("临江市自然资源和规划局", output);
        Assert.Contains("b-empty.txt: 文件是空的", err);
        Assert.Contains("c-deep.html: 网页的标签嵌套超过", err);
        Assert.Contains("共检查 3 份报告", output);
    }

    [Fact]
    public void Every_report_of_a_JSON_array_is_checked_under_its_own_name()
    {
        var (_, json, _) = Check(true, Sample("linjiang-2023.json"), Sample("linjiang-2024.txt"));
        string dir = Folder(("both.json", System.Text.Encoding.UTF8.GetBytes(json)));
        var (exit, output, _) = Check(false, Path.Combine(dir, "both.json"));
        Assert.Equal(ExitCodes.NoErrors, exit);
        Assert.Contains("both.json#1", output);
        Assert.Contains("both.json#2", output);
    }

    [Fact]
    public void A_report_with_cells_that_could_not_be_read_exits_1()
    {
        string text = File.ReadAllText(Sample("linjiang-2024.txt")).Replace("行政许可\t1426", "行政许可\t1e308", StringComparison.Ordinal);
        string dir = Folder(("r.txt", System.Text.Encoding.UTF8.GetBytes(text)));
        var (exit, output, _) = Check(false, Path.Combine(dir, "r.txt"));
        Assert.Equal(ExitCodes.ErrorsFound, exit);
        Assert.Contains("1 份有无法确定的单元格", output);
    }

    [Fact]
    public void The_fast_command_script_builds_once_and_checks_a_report()
    {
        var info = new ProcessStartInfo(Path.Combine(Root, "scripts", "gongkai")) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "report", "check", Sample("linjiang-2024.txt") }) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(15)), "scripts/gongkai did not finish");
        Assert.True(process.ExitCode == 0, stderr.Result);
        Assert.Contains("未发现问题", stdout.Result);
    }
}
