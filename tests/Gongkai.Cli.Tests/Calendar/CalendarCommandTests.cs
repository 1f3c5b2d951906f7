using System.Diagnostics;
using System.Text.Json;

namespace Gongkai.Cli.Tests.Calendar;

public sealed class CalendarCommandTests : IDisposable
{
    private const string Year2027 = """
        {"years": {"2027": {"holidays": ["2027-01-01", "2027-02-08"], "workdays": ["2027-02-06"]}}}
        """;

    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Calendar_2025_counts_the_working_days_of_the_year()
    {
        // 261 weekdays − 18 holidays + 5 make-up days.
        Assert.Contains("2025年工作日日历（国务院办公厅节假日安排）：全年248个工作日", _cli.Run("calendar", "2025").Output);
    }

    [Fact]
    public void Calendar_2025_marks_the_Spring_Festival_holidays()
    {
        Assert.Contains(" 27   28休 29休 30休 31休", _cli.Run("calendar", "2025").Output);
    }

    [Fact]
    public void Calendar_2025_marks_the_make_up_Sunday()
    {
        Assert.Contains(" 20   21   22   23   24   25   26班", _cli.Run("calendar", "2025").Output);
    }

    [Fact]
    public void Calendar_of_a_year_without_schedule_says_it_is_estimated()
    {
        Assert.Contains("尚无国务院安排，按法定节假日推算，待国务院公布安排", _cli.Run("calendar", "2027").Output);
    }

    [Fact]
    public void Calendar_of_a_year_that_is_not_a_number_exits_with_code_2()
    {
        Assert.Equal(2, _cli.Run("calendar", "next").ExitCode);
    }

    [Fact]
    public void Calendar_load_stores_the_year_in_the_data_directory()
    {
        _cli.Run("calendar", "load", _cli.WriteFile("2027-notice.json", Year2027));
        Assert.True(File.Exists(Path.Combine(_cli.Home, "calendar", "2027.json")));
    }

    [Fact]
    public void A_loaded_year_is_used_by_later_deadlines()
    {
        _cli.Run("calendar", "load", _cli.WriteFile("2027-notice.json", Year2027));
        var (_, output, _) = _cli.Run("due", "--received", "2026-12-31", "--today", "2027-01-05", "--json");
        var status = JsonDocument.Parse(output).RootElement;
        // 1 Jan 2027 is now a holiday: the 20th working day moves from 28 to 29 January, no longer estimated.
        Assert.Equal(("2027-01-29", false), (status.GetProperty("due").GetString(), status.GetProperty("estimated").GetBoolean()));
    }

    [Fact]
    public void Calendar_load_refuses_a_holiday_on_a_weekend()
    {
        var path = _cli.WriteFile("bad.json", """{"years": {"2027": {"holidays": ["2027-01-02"], "workdays": []}}}""");
        var (exitCode, _, error) = _cli.Run("calendar", "load", path);
        Assert.Equal((2, true), (exitCode, error.Contains("2027年1月2日是周末", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_refused_file_is_not_stored()
    {
        _cli.Run("calendar", "load", _cli.WriteFile("bad.json", """{"years": {"2027": {"holidays": ["2027-01-02"], "workdays": []}}}"""));
        Assert.False(File.Exists(Path.Combine(_cli.Home, "calendar", "2027.json")));
    }

    [Fact]
    public void Calendar_load_of_a_missing_file_exits_with_code_2()
    {
        Assert.Equal(2, _cli.Run("calendar", "load", Path.Combine(_cli.Home, "missing.json")).ExitCode);
    }

    [Fact]
    public void An_unknown_option_exits_with_code_2_and_no_stack_trace()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "gongkai.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "due", "--received", "2024-09-27", "--bogus"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal((2, 1), (process.ExitCode, error.TrimEnd().Split('\n').Length));
    }
}
