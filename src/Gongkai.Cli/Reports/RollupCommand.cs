using System.CommandLine;
using Gongkai.Reports.Model;
using Gongkai.Reports.Rollup;
using Gongkai.Reports.Rules;

namespace Gongkai.Cli.Reports;

/// <summary>`gongkai report rollup DIR`: 汇总 of subordinates' sections 二, 三 and 四 for one year.</summary>
internal static class RollupCommand
{
    /// <summary>Exit codes: every report included; some excluded; nothing could be summed (or bad input).</summary>
    public const int AllIncluded = 0, SomeExcluded = 1, NothingToSum = 2;

    public static Command Create()
    {
        var inputs = new Argument<string[]>("folders") { Description = "下级机关年度报告所在的文件夹（或文件）", Arity = ArgumentArity.OneOrMore };
        var year = new Option<int?>("--year") { Description = "汇总的年度（默认：多数报告的年度）" };
        var json = new Option<bool>("--json") { Description = "输出一个 JSON 对象：report（汇总结果，规范 JSON）、included、excluded" };
        var agency = new Option<string?>("--agency") { Description = "汇总结果上署名的机关（本级政府办公室或上级主管部门）" };
        var command = new Command("rollup", "汇总下级机关年度报告的第二、三、四部分。退出码：0 全部纳入，1 有报告未纳入，2 没有可汇总的报告") { inputs, year, json, agency };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(year), parse.GetValue(json), parse.GetValue(agency), Console.Out, Console.Error));
        return command;
    }

    internal static int Run(string[] inputs, int? year, bool asJson, string? agency, TextWriter stdout, TextWriter stderr)
    {
        var files = ReportCommand.ReportFiles(inputs, out _);
        if (files.Count == 0)
        {
            stderr.WriteLine("gongkai: 没有找到年度报告文件（txt、html、docx、pdf、json、md）");
            return NothingToSum;
        }
        var results = ReportCommand.CheckAll(files, null, progress: false);
        year ??= results.Where(r => r.Result.Report?.Year is not null).GroupBy(r => r.Result.Report!.Year!.Value)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => (int?)g.Key).FirstOrDefault();
        if (year is not int y)
        {
            stderr.WriteLine("gongkai: 没有一份报告能读出年度；请用 --year 指定汇总年度");
            return NothingToSum;
        }
        var rollup = ReportRollup.Sum(agency, y, results.Select(r => RollupInput.FromRead(r.File, r.Result)));
        if (asJson) WriteJson(rollup, stdout);
        else WriteHuman(rollup, results, stdout);
        return rollup.Included.Count == 0 ? NothingToSum : rollup.Excluded.Count > 0 ? SomeExcluded : AllIncluded;
    }

    internal static void WriteJson(RollupResult rollup, TextWriter stdout) => stdout.WriteLine(RollupJson.ToJson(rollup));

    private static void WriteHuman(RollupResult rollup, List<ReportCommand.Checked> results, TextWriter o)
    {
        var sum = rollup.Sum;
        string N(int? v) => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "空白";
        o.WriteLine($"{sum.Year}年度汇总（{sum.Format.ChineseName()}）：共{rollup.Included.Count + rollup.Excluded.Count}份报告，纳入{rollup.Included.Count}份，未纳入{rollup.Excluded.Count}份");
        var t = sum.Requests;
        if (!t.IsEmpty)
            o.WriteLine($"  申请：本年新收{N(t[RequestRow.New, ApplicantColumn.Total])}件，上年结转{N(t[RequestRow.CarriedOver, ApplicantColumn.Total])}件，" +
                $"办理结果总计{N(t[RequestRow.Handled, ApplicantColumn.Total])}件，结转下年度{N(t[RequestRow.CarriedForward, ApplicantColumn.Total])}件");
        if (sum.ReviewAndLitigation is { } a)
            o.WriteLine($"  行政复议{N(a.Review.Total)}件；行政诉讼：未经复议直接起诉{N(a.LawsuitDirect.Total)}件，复议后起诉{N(a.LawsuitAfterReview.Total)}件");
        foreach (var f in rollup.Findings.Where(f => f.Severity == Severity.Error))
            o.WriteLine($"  汇总结果：{f.Message}");
        var withErrors = results.Where(r => rollup.Included.Contains(r.File) && r.Findings.Any(f => f.Severity == Severity.Error)).ToList();
        if (withErrors.Count > 0)
        {
            o.WriteLine($"纳入汇总但有错误的报告（{withErrors.Count}份，按其公布的数字汇总）：");
            foreach (var r in withErrors)
            {
                o.WriteLine($"  {r.File}（{r.Result.Report!.Agency ?? "机关不详"}）");
                foreach (var f in r.Findings.Where(f => f.Severity == Severity.Error)) o.WriteLine($"    [{f.Rule}] {f.Message}");
            }
        }
        if (rollup.Excluded.Count > 0)
        {
            o.WriteLine("未纳入汇总：");
            foreach (var e in rollup.Excluded) o.WriteLine($"  {e.Source}：{e.Reason}");
        }
    }
}
