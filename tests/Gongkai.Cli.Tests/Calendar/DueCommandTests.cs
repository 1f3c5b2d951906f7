using System.Text.Json;

namespace Gongkai.Cli.Tests.Calendar;

public sealed class DueCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private JsonElement Json(params string[] args)
    {
        var (exitCode, output, error) = _cli.Run(["due", .. args, "--json"]);
        Assert.True(exitCode == 0, error);
        return JsonDocument.Parse(output).RootElement;
    }

    [Fact]
    public void Due_json_gives_the_deadline_as_an_iso_date()
    {
        Assert.Equal("2024-10-30", Json("--received", "2024-09-27", "--today", "2024-10-20", "--channel", "online").GetProperty("due").GetString());
    }

    [Fact]
    public void Due_json_gives_the_working_days_left()
    {
        Assert.Equal(8, Json("--received", "2024-09-27", "--today", "2024-10-20").GetProperty("workingDaysLeft").GetInt32());
    }

    [Fact]
    public void Due_json_is_not_estimated_inside_scheduled_years()
    {
        Assert.False(Json("--received", "2024-09-27", "--today", "2024-10-20").GetProperty("estimated").GetBoolean());
    }

    [Fact]
    public void Due_json_is_estimated_when_the_period_runs_into_a_year_without_schedule()
    {
        Assert.True(Json("--received", "2026-12-31", "--today", "2027-01-05").GetProperty("estimated").GetBoolean());
    }

    [Fact]
    public void Due_json_explains_itself_in_Chinese()
    {
        var explanation = Json("--received", "2022-09-30", "--today", "2022-10-10").GetProperty("explanation");
        Assert.Contains(explanation.EnumerateArray(), s => s.GetString() == "第三十三条：自2022年10月1日起计算20个工作日，答复期限至2022年11月2日");
    }

    [Fact]
    public void Due_applies_the_events_in_order()
    {
        var status = Json("--received", "2024-09-27", "--today", "2024-10-20",
            "--event", "correction-sent:2024-10-08", "--event", "correction-received:2024-10-15");
        Assert.Equal("2024-11-12", status.GetProperty("due").GetString());
    }

    [Fact]
    public void Due_json_shows_the_correction_period_while_awaiting_correction()
    {
        var status = Json("--received", "2024-09-27", "--today", "2024-10-20", "--event", "correction-sent:2024-10-08");
        Assert.Equal("2024-10-28", status.GetProperty("correctionPeriodEnd").GetString());
    }

    [Fact]
    public void Due_prints_the_deadline_in_Chinese_on_a_terminal()
    {
        var (_, output, _) = _cli.Run("due", "--received", "2024-09-27", "--today", "2024-10-20");
        Assert.Contains("答复期限：2024年10月30日，还有8个工作日", output);
    }

    [Fact]
    public void A_refused_event_exits_with_code_2_and_one_Chinese_line()
    {
        var (exitCode, _, error) = _cli.Run("due", "--received", "2024-09-27", "--event", "extended:2024-10-10:25");
        Assert.Equal((2, "事件“extended:2024-10-10:25”不被接受：第三十三条：延长答复期限最长不超过20个工作日，已延长0个工作日，不能再延长25个工作日"),
            (exitCode, error.TrimEnd()));
    }

    [Fact]
    public void A_badly_written_date_exits_with_code_2()
    {
        var (exitCode, _, error) = _cli.Run("due", "--received", "27/09/2024");
        Assert.Equal((2, "--received“27/09/2024”不是 yyyy-MM-dd 格式的日期"), (exitCode, error.TrimEnd()));
    }

    [Fact]
    public void An_unknown_event_exits_with_code_2()
    {
        Assert.Equal(2, _cli.Run("due", "--received", "2024-09-27", "--event", "appealed:2024-10-10").ExitCode);
    }

    [Fact]
    public void An_unknown_channel_exits_with_code_2()
    {
        Assert.Equal(2, _cli.Run("due", "--received", "2024-09-27", "--channel", "pigeon").ExitCode);
    }

    [Fact]
    public void A_missing_receipt_date_exits_with_code_2()
    {
        Assert.Equal(2, _cli.Run("due", "--today", "2024-10-20").ExitCode);
    }
}
