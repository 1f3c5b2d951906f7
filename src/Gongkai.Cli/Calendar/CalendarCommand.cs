using System.CommandLine;
using System.Globalization;
using Gongkai.Core.Calendar;
using static Gongkai.Core.Calendar.ChineseDate;

namespace Gongkai.Cli.Calendar;

/// <summary>
/// <c>gongkai calendar YEAR</c> prints a year's working-day calendar; <c>gongkai calendar load FILE</c>
/// checks a new year's schedule and keeps it for every later count.
/// </summary>
public static class CalendarCommand
{
    private static readonly string[] Weekdays = ["一", "二", "三", "四", "五", "六", "日"];

    /// <summary>The <c>calendar</c> verb. Exit codes: 0 done, 2 bad input (one line on stderr).</summary>
    public static Command Create()
    {
        var year = new Argument<string>("年份") { Description = "要显示的年份，如 2025" };
        var command = new Command("calendar", "显示某年的工作日日历（休 = 法定节假日，班 = 调休上班日）；用 calendar load 载入新一年的安排。退出码：0 成功，2 输入有误")
        {
            year,
        };
        command.Subcommands.Add(CreateLoad());
        command.SetAction(parseResult => Run(parseResult, output =>
        {
            var text = parseResult.GetValue(year)!;
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int y) || y is < WorkdayCalendar.FirstYear or > WorkdayCalendar.LastYear)
            {
                throw new InputError($"年份“{text}”无效，应为{WorkdayCalendar.FirstYear}至{WorkdayCalendar.LastYear}之间的整数");
            }
            WriteYear(output, CalendarStore.FromEnvironment().Calendar(), y);
        }));
        return command;
    }

    private static Command CreateLoad()
    {
        var file = new Argument<string>("文件") { Description = "与 cn-workday-calendar.json 同格式的 JSON 文件：{\"years\": {\"2027\": {\"holidays\": [...], \"workdays\": [...]}}}" };
        var load = new Command("load", "检查并载入新一年的节假日安排（国务院办公厅通知），之后的期限计算都会使用。退出码：0 成功，2 文件有误")
        {
            file,
        };
        load.SetAction(parseResult => Run(parseResult, output =>
        {
            var path = parseResult.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new InputError($"找不到文件“{path}”");
            }
            var read = WorkdayCalendar.FromJson(File.ReadAllText(path));
            var problems = read.Calendar?.Validate() ?? read.Problems;
            if (problems.Count > 0)
            {
                throw new InputError($"“{path}”未载入：{string.Join("；", problems)}");
            }
            var store = CalendarStore.FromEnvironment();
            store.Save(read.Calendar!);
            foreach (var y in read.Calendar!.ScheduledYears)
            {
                var schedule = read.Calendar.Schedule(y)!;
                output.WriteLine($"已载入{y}年的安排：{schedule.Holidays.Count}个节假日（休），{schedule.Workdays.Count}个调休上班日（班）");
            }
            output.WriteLine($"保存于 {store.Directory}");
        }));
        return load;
    }

    private static int Run(ParseResult parseResult, Action<TextWriter> body)
    {
        try
        {
            body(parseResult.InvocationConfiguration.Output);
            return 0;
        }
        catch (InputError e)
        {
            parseResult.InvocationConfiguration.Error.WriteLine(e.Message);
            return InputError.ExitCode;
        }
    }

    private static void WriteYear(TextWriter output, WorkdayCalendar calendar, int year)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        int workingDays = calendar.WorkingDaysBetween(first.AddDays(-1), last).Days.Count;
        output.WriteLine(calendar.HasSchedule(year)
            ? $"{year}年工作日日历（国务院办公厅节假日安排）：全年{workingDays}个工作日"
            : $"{year}年工作日日历：尚无国务院安排，{CalendarDate.EstimateNote}；全年{workingDays}个工作日");
        output.WriteLine("休 = 法定节假日　班 = 调休上班日");
        for (int month = 1; month <= 12; month++)
        {
            WriteMonth(output, calendar, year, month);
        }
        if (calendar.Schedule(year) is { } schedule)
        {
            output.WriteLine();
            output.WriteLine($"节假日（休）：{string.Join("、", schedule.Holidays.Select(Short))}");
            output.WriteLine($"调休上班日（班）：{string.Join("、", schedule.Workdays.Select(Short))}");
        }
    }

    private static void WriteMonth(TextWriter output, WorkdayCalendar calendar, int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        int days = DateTime.DaysInMonth(year, month);
        int working = calendar.WorkingDaysBetween(first.AddDays(-1), first.AddDays(days - 1)).Days.Count;
        output.WriteLine();
        output.WriteLine($"{year}年{month}月　{working}个工作日");
        // Each cell is five columns wide: two for the day, two for 休/班 (full width), one space.
        output.WriteLine(string.Concat(Weekdays.Select(w => $" {w}  ")).TrimEnd());
        var line = new System.Text.StringBuilder();
        line.Append(' ', 5 * Column(first));
        for (int day = 1; day <= days; day++)
        {
            var date = new DateOnly(year, month, day);
            string mark = calendar.Kind(date) switch
            {
                DayKind.PublicHoliday => "休",
                DayKind.MakeUpWorkday => "班",
                _ => "  ",
            };
            line.Append(CultureInfo.InvariantCulture, $"{day,3}{mark}");
            if (Column(date) == 6 || day == days)
            {
                output.WriteLine(line.ToString().TrimEnd());
                line.Clear();
            }
        }
    }

    private static int Column(DateOnly date) => ((int)date.DayOfWeek + 6) % 7;

    private static string Short(DateOnly date) => $"{date.Month}月{date.Day}日";
}
