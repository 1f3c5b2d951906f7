using System.Diagnostics;

namespace Gongkai.Cli.Tests;

/// <summary>
/// Bad files through the real `gongkai` process: one Chinese line on stderr, exit code 2, no stack
/// trace, and memory bounded whatever the file's size.
/// </summary>
public class BadInputTests
{
    private static string Gongkai => Path.Combine(AppContext.BaseDirectory, "gongkai.dll");

    private static (int Exit, string Out, string Err, long PeakBytes) Run(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Gongkai);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(20))
            try { process.Refresh(); peak = Math.Max(peak, process.PeakWorkingSet64); } catch (InvalidOperationException) { }
        return (process.ExitCode, stdout.Result, stderr.Result, peak);
    }

    private static string TempFile(string name, Action<FileStream> write)
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("gongkai-bad").FullName, name);
        using (var f = File.Create(path)) write(f);
        return path;
    }

    [Fact]
    public void An_empty_file_exits_2_with_a_message()
    {
        var (exit, _, err, _) = Run("report", "check", TempFile("empty.txt", _ => { }));
        Assert.Equal(2, exit);
        Assert.Contains("文件是空的", err);
    }

    [Fact]
    public void Binary_junk_exits_2_without_a_stack_trace()
    {
        var junk = new byte[100_000];
        new Random(3).NextBytes(junk);
        junk[0] = 1;
        var (exit, _, err, _) = Run("report", "check", TempFile("junk.bin", f => f.Write(junk)));
        Assert.Equal(2, exit);
        Assert.DoesNotContain("   at ", err);
        Assert.Contains("无法识别", err);
    }

    [Fact]
    public void A_200_MB_file_exits_2_without_being_read_into_memory()
    {
        string path = TempFile("big.txt", f => f.SetLength(200L * 1024 * 1024));   // sparse: nothing written
        var (exit, _, err, peak) = Run("report", "check", path);
        Assert.Equal(2, exit);
        Assert.Contains("文件过大", err);
        Assert.True(peak < 150L * 1024 * 1024, $"peak working set {peak / 1024 / 1024} MB");
    }

    [Fact]
    public void Json_output_for_an_unreadable_file_still_is_a_JSON_array()
    {
        var (exit, stdout, _, _) = Run("report", "check", "--json", TempFile("empty.txt", _ => { }));
        Assert.Equal(2, exit);
        using var doc = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.Equal("empty", doc.RootElement[0].GetProperty("error").GetProperty("code").GetString());
    }
}
