using System.Collections.Concurrent;
using System.CommandLine;
using System.Text.Json;
using Gongkai.Reports;
using Gongkai.Reports.Formats;
using Gongkai.Reports.Formats.Json;
using Gongkai.Reports.Model;
using Gongkai.Reports.Reading;
using Gongkai.Reports.Rules;
using Spectre.Console;

namespace Gongkai.Cli.Reports;

/// <summary>`gongkai report check|convert`: read, check and convert annual reports.</summary>
public static class ReportCommand
{
    /// <summary>Exit codes of `report check` (see <see cref="ExitCodes"/>).</summary>
    public const int NoErrors = ExitCodes.NoErrors, ErrorsFound = ExitCodes.ErrorsFound, Unreadable = ExitCodes.Unreadable;

    private static readonly string[] ReportExtensions = [".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".json"];

    public static Command Create()
    {
        var command = new Command("report", "年度报告：检查勾稽关系、转换格式");
        command.Subcommands.Add(CheckCommand());
        command.Subcommands.Add(ConvertCommand());
        return command;
    }

    private static Command CheckCommand()
    {
        var files = new Argument<string[]>("files") { Description = "年度报告文件（txt、html、docx、pdf、json）或文件夹", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "输出规范 JSON 数组（每个文件一个报告对象），不输出其他内容" };
        var previous = new Option<string?>("--previous") { Description = "上一年度的报告，用于跨年度规则（结转、现行有效件数）" };
        var check = new Command("check", "检查年度报告的表格和勾稽关系。退出码：0 没有错误，1 发现错误或有单元格无法确定，2 有文件无法读取，3 程序内部错误") { files, json, previous };
        check.SetAction(parse => Check(parse.GetValue(files)!, parse.GetValue(json), parse.GetValue(previous), Console.Out, Console.Error));
        return check;
    }

    private static Command ConvertCommand()
    {
        var file = new Argument<string>("file") { Description = "年度报告文件" };
        var to = new Option<OutputFormat>("--to") { Description = "目标格式：docx、html、xlsx、json", Required = true };
        var output = new Option<string?>("-o", "--output") { Description = "输出文件（默认：与输入同名，换扩展名）" };
        var convert = new Command("convert", "把年度报告转换为 Word、网页、Excel 或 JSON") { file, to, output };
        convert.SetAction(parse => Convert(parse.GetValue(file)!, parse.GetValue(to), parse.GetValue(output), Console.Error));
        return convert;
    }

    internal sealed record Checked(string File, ReadResult Result, IReadOnlyList<Finding> Findings);

    internal static int Check(string[] inputs, bool asJson, string? previousPath, TextWriter stdout, TextWriter stderr)
    {
        AnnualReport? previous = null;
        if (previousPath is not null)
        {
            var prev = AnnualReports.Read(previousPath);
            if (prev.Report is null)
            {
                stderr.WriteLine($"gongkai: 上一年度报告 {previousPath} 无法读取：{prev.Error!.Message}");
                return Unreadable;
            }
            previous = prev.Report;
        }
        var files = new List<string>();
        bool anyDirectory = false;
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                anyDirectory = true;
                files.AddRange(Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => ReportExtensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal));
            }
            else files.Add(input);
        }

        bool interactive = !asJson && !Console.IsOutputRedirected && ReferenceEquals(stdout, Console.Out);
        var results = CheckAll(files, previous, interactive && files.Count > 1);

        if (asJson) WriteJson(results, stdout);
        else WriteHuman(results, stdout, anyDirectory || files.Count > 1);
        foreach (var r in results.Where(r => r.Result.Error is not null))
            stderr.WriteLine($"gongkai: {r.File}: {r.Result.Error!.Message}");

        if (results.Any(r => r.Result.Error is not null)) return Unreadable;
        // A cell left blank because it could not be read is no "all clear" (a table of "1e308" is not a report of zeros).
        return results.Any(r => r.Findings.Any(f => f.Severity == Severity.Error) || r.Result.Notes.Count > 0) ? ErrorsFound : NoErrors;
    }

    private static List<Checked> CheckAll(List<string> files, AnnualReport? previous, bool progress)
    {
        var perFile = new List<Checked>[files.Count];
        void One(int i) => perFile[i] = CheckFile(files[i], previous);
        List<Checked> Flat() => [.. perFile.SelectMany(r => r)];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        if (!progress)
        {
            if (files.Count == 1) One(0); else Parallel.For(0, files.Count, options, One);
            return Flat();
        }
        AnsiConsole.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"检查 {files.Count} 份报告", maxValue: files.Count);
                Parallel.For(0, files.Count, options, i => { One(i); task.Increment(1); });
            });
        return Flat();
    }

    /// <summary>
    /// Reads and checks one file: each report of a JSON array on its own ("file#2"). A defect met on
    /// this file is its result, so the other files of a folder are still checked.
    /// </summary>
    private static List<Checked> CheckFile(string file, AnnualReport? previous)
    {
        IReadOnlyList<ReadResult> reads;
        try { reads = AnnualReports.ReadAll(file); }
        catch (Exception e) when (e is not OutOfMemoryException) { reads = [AnnualReports.Defect(e)]; }
        var checkedFile = new List<Checked>(reads.Count);
        for (int k = 0; k < reads.Count; k++)
        {
            string name = reads.Count > 1 ? $"{file}#{k + 1}" : file;
            var read = reads[k];
            try { checkedFile.Add(new Checked(name, read, read.Report is { } r ? AnnualReports.Check(r, previous) : [])); }
            catch (Exception e) when (e is not OutOfMemoryException) { checkedFile.Add(new Checked(name, AnnualReports.Defect(e), [])); }
        }
        return checkedFile;
    }

    private static void WriteJson(List<Checked> results, TextWriter stdout)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, ReportJson.WriterOptions))
        {
            w.WriteStartArray();
            foreach (var r in results)
            {
                if (r.Result.Report is { } report) ReportJson.Write(w, report, r.Findings, r.File, r.Result.Notes);
                else
                {
                    w.WriteStartObject();
                    w.WriteString("file", r.File);
                    w.WriteStartObject("error");
                    w.WriteString("code", r.Result.Error!.Code);
                    w.WriteString("message", r.Result.Error.Message);
                    w.WriteEndObject();
                    w.WriteEndObject();
                }
            }
            w.WriteEndArray();
        }
        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteHuman(List<Checked> results, TextWriter stdout, bool many)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (console.Profile.Width < 100 && Console.IsOutputRedirected) console.Profile.Width = 160;
        foreach (var r in results)
        {
            if (r.Result.Report is not { } report)
            {
                console.MarkupLine($"[bold]{Markup.Escape(r.File)}[/]  [red]无法读取：{Markup.Escape(r.Result.Error!.Message)}[/]");
                continue;
            }
            string title = $"{report.Agency ?? "（机构不详）"} {(report.Year is int y ? $"{y}年度" : "（年度不详）")} · {report.Format} · 落款 {report.PublishedOn?.ToString("yyyy-MM-dd") ?? "无"}";
            console.MarkupLine($"[bold]{Markup.Escape(r.File)}[/]  {Markup.Escape(title)}");
            if (r.Findings.Count == 0 && r.Result.Notes.Count == 0) { console.MarkupLine("  [green]未发现问题[/]"); continue; }
            if (r.Findings.Count > 0)
            {
                var table = new Table().Border(TableBorder.Rounded).AddColumns("规则", "级别", "位置", "应为", "实为", "说明");
                foreach (var f in r.Findings)
                    table.AddRow(Markup.Escape(f.Rule), f.Severity switch { Severity.Error => "[red]错误[/]", Severity.Warning => "[yellow]警告[/]", _ => "[grey]无法核对[/]" },
                        Markup.Escape(f.Where ?? ""), f.Expected?.ToString() ?? "", f.Actual?.ToString() ?? "", Markup.Escape(f.Message));
                console.Write(table);
            }
            foreach (var n in r.Result.Notes)
                console.MarkupLine($"  [grey]无法确定（{Markup.Escape(n.Table)}{(n.Line is int l ? $"，第{l}行" : "")}）：{Markup.Escape(n.Message)}[/]");
        }
        int unreadable = results.Count(r => r.Result.Error is not null);
        int withErrors = results.Count(r => r.Findings.Any(f => f.Severity == Severity.Error));
        int errors = results.Sum(r => r.Findings.Count(f => f.Severity == Severity.Error));
        int warnings = results.Sum(r => r.Findings.Count(f => f.Severity == Severity.Warning));
        if (many)
        {
            var byRule = results.SelectMany(r => r.Findings.Select(f => (f.Rule, f.Severity, r.File))).GroupBy(x => x.Rule)
                .OrderByDescending(g => g.Select(x => x.File).Distinct().Count()).ToList();
            if (byRule.Count > 0)
            {
                var summary = new Table().Border(TableBorder.Rounded).Title("各规则违反情况").AddColumns("规则", "级别", "涉及报告数", "发现次数");
                foreach (var g in byRule)
                    summary.AddRow(Markup.Escape(g.Key), g.First().Severity == Severity.Error ? "[red]错误[/]" : "[yellow]警告[/]",
                        g.Select(x => x.File).Distinct().Count().ToString(), g.Count().ToString());
                console.Write(summary);
            }
        }
        int uncertain = results.Count(r => r.Result.Notes.Count > 0);
        string notes = uncertain > 0 ? $"{uncertain} 份有无法确定的单元格，" : "";
        console.MarkupLine($"共检查 {results.Count} 份报告：{withErrors} 份有错误，{notes}{unreadable} 份无法读取；错误 {errors} 个，警告 {warnings} 个");
    }

    internal static int Convert(string file, OutputFormat to, string? output, TextWriter stderr)
    {
        var read = AnnualReports.Read(file);
        if (read.Report is not { } report)
        {
            stderr.WriteLine($"gongkai: {file}: {read.Error!.Message}");
            return Unreadable;
        }
        output ??= Path.ChangeExtension(file, to.Extension());
        if (Path.GetFullPath(output) == Path.GetFullPath(file))
        {
            stderr.WriteLine($"gongkai: 输出文件与输入文件相同：{output}");
            return Unreadable;
        }
        try
        {
            string temp = output + ".tmp";
            using (var stream = File.Create(temp)) ReportWriter.Write(report, AnnualReports.Check(report), to, stream);
            File.Move(temp, output, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"gongkai: 无法写入 {output}：{e.Message}");
            return Unreadable;
        }
        stderr.WriteLine($"已写入 {output}");
        return NoErrors;
    }
}
