using System.CommandLine;
using System.Text;
using Gongkai.Cli.Reports;

Console.OutputEncoding = Encoding.UTF8;
var root = new RootCommand("Gongkai 公开：政府信息公开工作系统的命令行工具");
root.Subcommands.Add(ReportCommand.Create());
return root.Parse(args).Invoke();
