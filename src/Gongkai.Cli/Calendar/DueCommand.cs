using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;
using static Gongkai.Core.Calendar.ChineseDate;

namespace Gongkai.Cli.Calendar;

/// <summary><c>gongkai due</c>: a request's statutory deadline, the working days left and how they were counted.</summary>
public static class DueCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>The <c>due</c> verb. Exit codes: 0 done, 2 bad input or a refused event (one line on stderr).</summary>
    public static Command Create()
    {
        var received = new Option<string>("--received") { Description = "收到申请之日（第三十一条），yyyy-MM-dd，必填" };
        var today = new Option<string?>("--today") { Description = "按哪一天计算剩余工作日，yyyy-MM-dd，默认今天" };
        var channel = new Option<string>("--channel")
        {
            Description = $"收件渠道：{CliInput.ChannelNames}",
            DefaultValueFactory = _ => "in-person",
        };
        var events = new Option<string[]>("--event") { Description = CliInput.EventHelp, Arity = ArgumentArity.ZeroOrMore };
        var countFeeTime = new Option<bool>("--count-fee-time") { Description = "收费通知至缴费的时间也计入答复期限（默认不计入）" };
        var json = new Option<bool>("--json") { Description = "输出一个 JSON 对象（due、workingDaysLeft、estimated、explanation 等）" };

        var command = new Command("due", "计算依申请公开的答复期限（第三十三条）、剩余工作日，并说明计算依据。退出码：0 成功，2 输入有误或事件不被接受")
        {
            received, today, channel, events, countFeeTime, json,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            try
            {
                var calendar = CalendarStore.FromEnvironment().Calendar();
                var rules = new DeadlineRules(FeeTimeExcluded: !parseResult.GetValue(countFeeTime));
                var receivedText = parseResult.GetValue(received) ?? throw new InputError("请用 --received 给出收到申请之日（yyyy-MM-dd）");
                var receipt = new Received(CliInput.Date(receivedText, "--received"), CliInput.Channel(parseResult.GetValue(channel)!));
                var history = Replay(calendar, rules, receipt, parseResult.GetValue(events) ?? []);
                var todayText = parseResult.GetValue(today);
                var day = todayText is null ? ChinaClock.Today(TimeProvider.System) : CliInput.Date(todayText, "--today");
                var status = DeadlineEngine.Evaluate(calendar, history, day, rules);
                if (parseResult.GetValue(json))
                {
                    output.WriteLine(JsonSerializer.Serialize(DueJson.From(status), Json));
                }
                else
                {
                    WriteText(output, status);
                }
                return 0;
            }
            catch (InputError e)
            {
                error.WriteLine(e.Message);
                return InputError.ExitCode;
            }
        });
        return command;
    }

    private static IReadOnlyList<RequestEvent> Replay(WorkdayCalendar calendar, DeadlineRules rules, Received receipt, string[] events)
    {
        IReadOnlyList<RequestEvent> history = [receipt];
        foreach (var text in events)
        {
            var step = DeadlineEngine.Apply(calendar, history, CliInput.Event(text), rules);
            if (step.Refusal is { } refusal)
            {
                throw new InputError($"事件“{text}”不被接受：{refusal.Message}");
            }
            history = step.Events;
        }
        return history;
    }

    private static void WriteText(TextWriter output, DeadlineStatus status)
    {
        output.WriteLine($"收到申请：{Format(status.ReceivedOn)}（{CliInput.ChannelLabel(status.Channel)}）");
        output.WriteLine($"状态：{StateLabel(status)}");
        string estimate = status.Estimated ? $"（{CalendarDate.EstimateNote}）" : "";
        if (status.Due is { } due)
        {
            string left = status.WorkingDaysLeft switch
            {
                null => status.IsOverdue ? "，答复逾期" : "",
                { Count: >= 0 } days => $"，还有{days}",
                { } days => $"，已逾期{-days.Count}个工作日",
            };
            output.WriteLine($"答复期限：{Format(due)}{left}{estimate}");
        }
        else if (status.State == RequestState.AwaitingCorrection)
        {
            output.WriteLine($"答复期限：自收到补正之日起重新计算20个工作日{estimate}");
        }
        WriteIf(output, "补正通知最迟于", status.CorrectionNoticeDue, "发出");
        WriteIf(output, "申请人补正期限至", status.CorrectionPeriodEnd, "");
        WriteIf(output, "被征求意见方答复期限至", status.ThirdPartyReplyDue, "");
        WriteIf(output, "缴费期限至", status.FeePaymentDue, "");
        output.WriteLine("计算依据：");
        int n = 1;
        foreach (var step in status.Explanation)
        {
            output.WriteLine($"  {n++}. {step}");
        }
    }

    private static void WriteIf(TextWriter output, string before, DateOnly? date, string after)
    {
        if (date is { } d)
        {
            output.WriteLine($"{before}{Format(d)}{after}");
        }
    }

    private static string StateLabel(DeadlineStatus status) => status.State switch
    {
        RequestState.InProgress => "办理中",
        RequestState.AwaitingCorrection => "等待申请人补正",
        RequestState.AwaitingThirdParty => "征求意见中",
        RequestState.AwaitingFee => "等待申请人缴费",
        RequestState.Replied => $"{Format(status.ClosedOn!.Value)}已答复：{status.Outcome?.ChineseLabel()}",
        _ => $"{Format(status.ClosedOn!.Value)}已终止：{status.Outcome?.ChineseLabel() ?? "申请人撤回申请"}",
    };

    /// <summary>The JSON shape of <c>due --json</c>; dates are ISO strings, absent ones null.</summary>
    private sealed record DueJson(
        DateOnly Received, string Channel, DateOnly Today, string State, DateOnly? Due, int? WorkingDaysLeft, bool Overdue,
        bool Estimated, string? Outcome, DateOnly? ClosedOn, int ExtensionUsed, DateOnly? CorrectionNoticeDue,
        DateOnly? CorrectionPeriodEnd, DateOnly? ThirdPartyReplyDue, DateOnly? FeePaymentDue, IReadOnlyList<string> Explanation)
    {
        public static DueJson From(DeadlineStatus s) => new(
            s.ReceivedOn, CliInput.ChannelName(s.Channel), s.Today, JsonNamingPolicy.CamelCase.ConvertName(s.State.ToString()),
            s.Due, s.WorkingDaysLeft?.Count, s.IsOverdue, s.Estimated, s.Outcome?.Key(), s.ClosedOn, s.ExtensionUsed.Count,
            s.CorrectionNoticeDue, s.CorrectionPeriodEnd, s.ThirdPartyReplyDue, s.FeePaymentDue,
            s.Explanation.Select(step => step.ToString()).ToArray());
    }
}
