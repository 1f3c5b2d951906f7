using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Core.Calendar;

/// <summary>
/// Reads the text of the State Council's holiday notice as published (pasted from the web page):
/// "一、元旦：1月1日（周五）至3日（周日）放假，共3天。" gives days off, "2月20日（周六）上班。" gives
/// make-up working days. Only Monday-to-Friday days off are kept (weekends are off anyway).
/// </summary>
public static partial class HolidayNotice
{
    /// <summary>Reads <paramref name="text"/> as the notice for <paramref name="year"/>: a schedule, or the problems in Chinese.</summary>
    public static CalendarReadResult Parse(int year, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<CalendarProblem>();
        var holidays = new List<DateOnly>();
        var workdays = new List<DateOnly>();
        foreach (var sentence in text.Split(['。', '\n', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dates = DatePattern().Matches(sentence).ToList();
            if (dates.Count == 0)
            {
                continue;
            }

            if (sentence.Contains("放假", StringComparison.Ordinal))
            {
                int? month = null;
                var first = Read(dates[0], year, ref month, problems);
                var last = sentence.Contains('至') && dates.Count > 1 ? Read(dates[1], year, ref month, problems) : first;
                if (first is null || last is null)
                {
                    continue;
                }

                for (var day = first.Value; day <= last.Value; day = day.AddDays(1))
                {
                    if (day.Year == year && !YearSchedule.IsWeekend(day))
                    {
                        holidays.Add(day);
                    }
                }
            }
            else if (sentence.Contains("上班", StringComparison.Ordinal))
            {
                int? month = null;
                foreach (var match in dates)
                {
                    if (Read(match, year, ref month, problems) is { } day && day.Year == year)
                    {
                        workdays.Add(day);
                    }
                }
            }
        }

        if (problems.Count == 0 && holidays.Count == 0)
        {
            problems.Add(new CalendarProblem(null, "没有读到任何“放假”日期；请粘贴通知中“一、元旦：……放假”等各条"));
        }

        return problems.Count > 0
            ? new CalendarReadResult(null, problems)
            : new CalendarReadResult(WorkdayCalendar.Unscheduled.WithYear(new YearSchedule(year, holidays, workdays)), problems);
    }

    private static DateOnly? Read(Match match, int year, ref int? month, List<CalendarProblem> problems)
    {
        var y = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : year;
        if (match.Groups["m"].Success)
        {
            month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        }

        var d = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month is null || month > 12 || d > DateTime.DaysInMonth(y, month.Value) || d == 0)
        {
            problems.Add(new CalendarProblem(null, $"“{match.Value}”不是有效的日期"));
            return null;
        }

        return new DateOnly(y, month.Value, d);
    }

    [GeneratedRegex(@"(?:(?<y>\d{4})年)?(?:(?<m>\d{1,2})月)?(?<d>\d{1,2})日")]
    private static partial Regex DatePattern();
}
