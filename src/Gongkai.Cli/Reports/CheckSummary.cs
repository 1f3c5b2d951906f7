using Gongkai.Reports.Formats.Xlsx;
using Gongkai.Reports.Rules;

namespace Gongkai.Cli.Reports;

/// <summary>`report check --summary out.xlsx`: one row per file, and a sheet with every finding, for a supervising office.</summary>
internal static class CheckSummary
{
    /// <summary>Writes the workbook; false (with one line on stderr) when it cannot be written.</summary>
    public static bool Write(IReadOnlyList<ReportCommand.Checked> results, string path, TextWriter stderr)
    {
        var files = new TableSheet("报告", ["文件", "机关", "年度", "能否读取", "错误", "警告", "发现的问题"],
            results.Select(r => (IReadOnlyList<object?>)
            [
                r.File, r.Result.Report?.Agency, r.Result.Report?.Year,
                r.Result.Error is { } e ? $"不能：{e.Message}" : "能",
                r.Result.Report is null ? null : r.Findings.Count(f => f.Severity == Severity.Error),
                r.Result.Report is null ? null : r.Findings.Count(f => f.Severity == Severity.Warning),
                string.Join("\n", r.Findings.Select(f => $"[{f.Rule}] {f.Message}")),
            ]))
        { Widths = [40, 28, 8, 24, 8, 8, 100] };
        var findings = new TableSheet("发现的问题", TableWorkbook.FindingHeaders,
            results.SelectMany(r => r.Findings.Select(f => TableWorkbook.FindingRow(r.File, r.Result.Report, f))))
        { Widths = [40, 28, 8, 22, 8, 20, 30, 50, 8, 80] };
        string temp = path + ".tmp";
        try
        {
            using (var stream = File.Create(temp)) TableWorkbook.Write([files, findings], stream);
            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"gongkai: 无法写入 {path}：{e.Message}");
            return false;
        }
    }
}
