using System.Text.Json;
using Gongkai.Cli.Reports;

namespace Gongkai.Cli.Tests.Reports;

/// <summary>`gongkai report rollup`, run in-process.</summary>
public class RollupCommandTests
{
    private static (int Exit, string Out, string Err) Rollup(string folder, int? year, bool json)
    {
        var stdout = new StringWriter(); var stderr = new StringWriter();
        int exit = RollupCommand.Run([folder], year, json, "某省自然资源厅", stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Rollup_json_is_one_object_with_the_sum_and_the_included_and_excluded_files()
    {
        using var dir = new SubordinateReports();
        string a = dir.AddSeed("000", "a.txt"), b = dir.AddSeed("000", "b.txt");
        string old = dir.AddSeed("001");
        var (exit, output, _) = Rollup(dir.Folder, 2021, json: true);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(["report", "included", "excluded"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal([a, b], root.GetProperty("included").EnumerateArray().Select(e => e.GetString()));
        var excluded = Assert.Single(root.GetProperty("excluded").EnumerateArray());
        Assert.Equal(old, excluded.GetProperty("file").GetString());
        Assert.Equal("报告年度为2020年，不是2021年", excluded.GetProperty("reason").GetString());
        Assert.Equal(422, root.GetProperty("report").GetProperty("requests").GetProperty("rows").GetProperty("New")[6].GetInt32());
        Assert.Equal("某省自然资源厅", root.GetProperty("report").GetProperty("agency").GetString());
        Assert.Equal(RollupCommand.SomeExcluded, exit);
    }

    [Fact]
    public void An_unreadable_file_is_excluded_with_its_reason_in_Chinese()
    {
        using var dir = new SubordinateReports();
        dir.AddSeed("000");
        string bad = dir.Add("notes.txt", "这只是一份备忘录，没有表格。");
        var (_, output, _) = Rollup(dir.Folder, 2021, json: true);
        using var doc = JsonDocument.Parse(output);
        var excluded = Assert.Single(doc.RootElement.GetProperty("excluded").EnumerateArray());
        Assert.Equal(bad, excluded.GetProperty("file").GetString());
        Assert.Contains("找不到年度报告", excluded.GetProperty("reason").GetString());
    }

    [Fact]
    public void Without_json_the_summary_lists_reports_with_errors_and_their_findings_and_the_excluded_ones()
    {
        using var dir = new SubordinateReports();
        dir.AddSeed("000");
        dir.AddSeed("003");
        var (_, output, _) = Rollup(dir.Folder, 2021, json: false);
        Assert.Contains("2021年度汇总", output);
        Assert.Contains("纳入1份，未纳入1份", output);
        Assert.Contains("本年新收211件", output);
        Assert.Contains("[requests.balance] 自然人列", output);
        Assert.Contains("报告年度为2023年，不是2021年", output);
    }

    [Fact]
    public void The_year_defaults_to_the_year_most_reports_are_of()
    {
        using var dir = new SubordinateReports();
        dir.AddSeed("001");
        dir.AddSeed("004");
        dir.AddSeed("000");
        var (_, output, _) = Rollup(dir.Folder, null, json: true);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(2020, doc.RootElement.GetProperty("report").GetProperty("year").GetInt32());
        Assert.Equal(2, doc.RootElement.GetProperty("included").GetArrayLength());
    }

    [Fact]
    public void All_included_exits_0()
    {
        using var dir = new SubordinateReports();
        dir.AddSeed("003");
        Assert.Equal(RollupCommand.AllIncluded, Rollup(dir.Folder, 2023, json: true).Exit);
    }

    [Fact]
    public void An_empty_folder_exits_2_with_one_line_on_stderr()
    {
        using var dir = new SubordinateReports();
        var (exit, _, err) = Rollup(dir.Folder, 2021, json: false);
        Assert.Equal(RollupCommand.NothingToSum, exit);
        Assert.Contains("没有找到年度报告文件", err);
    }
}
