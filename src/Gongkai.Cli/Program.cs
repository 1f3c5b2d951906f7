using System.CommandLine;
using System.Globalization;
using System.Text;
using Gongkai.Cli;
using Gongkai.Cli.Calendar;
using Gongkai.Cli.Demo;
using Gongkai.Cli.Reports;

Console.OutputEncoding = Encoding.UTF8;
// Messages and help of System.CommandLine in Chinese (its zh-Hans resources ship with the tool).
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
var root = new RootCommand("Gongkai 公开：政府信息公开工作系统的命令行工具");
root.Subcommands.Add(ReportCommand.Create());
root.Subcommands.Add(DueCommand.Create());
root.Subcommands.Add(CalendarCommand.Create());
root.Subcommands.Add(DemoCommand.Create());

var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0 && parseResult.Action is not System.CommandLine.Help.HelpAction)
{
    // Bad input: one line on stderr and exit code 2, as every verb documents.
    Console.Error.WriteLine($"gongkai: 参数错误：{parseResult.Errors[0].Message}（用 --help 查看用法）");
    return ExitCodes.Unreadable;
}
try
{
    // Without System.CommandLine's own handler, which prints an English stack trace and exits 1 (= "errors found").
    return parseResult.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    Console.Error.WriteLine($"gongkai: 程序内部错误，这是 Gongkai 的缺陷，请报告维护者（{e.GetType().Name}: {e.Message}）");
    if (Environment.GetEnvironmentVariable("GONGKAI_TRACE") == "1") Console.Error.WriteLine(e);
    return ExitCodes.Defect;
}
