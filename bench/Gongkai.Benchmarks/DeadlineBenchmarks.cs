using BenchmarkDotNet.Attributes;
using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;

namespace Gongkai.Benchmarks;

/// <summary>
/// Deadlines for a year of requests: 20 receipts a day through 2025, each with one of six event histories
/// (plain, extended, corrected, third party consulted, fee paid, replied). One operation = one request's
/// <see cref="DeadlineEngine.Evaluate"/>; BenchmarkDotNet's "Op/s" column is deadlines per second.
/// </summary>
[MemoryDiagnoser]
[OperationsPerSecond]
public class DeadlineBenchmarks
{
    private const int ReceiptsPerDay = 20;
    private const int Requests = 365 * ReceiptsPerDay;
    private static readonly DateOnly Today = new(2025, 12, 31);

    private readonly WorkdayCalendar _calendar = WorkdayCalendar.Default;
    private RequestEvent[][] _requests = [];
    private DateOnly[] _starts = [];

    [GlobalSetup]
    public void Setup()
    {
        var first = new DateOnly(2025, 1, 1);
        _requests = new RequestEvent[Requests][];
        _starts = new DateOnly[Requests];
        for (int i = 0; i < Requests; i++)
        {
            var received = first.AddDays(i / ReceiptsPerDay);
            _starts[i] = received;
            var receipt = new Received(received, (ReceiptChannel)(i % 5));
            _requests[i] = (i % 6) switch
            {
                0 => [receipt],
                1 => [receipt, new Extended(received.AddDays(10), new WorkingDays(15), "负责人")],
                2 => [receipt, new CorrectionRequested(received.AddDays(3)), new CorrectionReceived(received.AddDays(10))],
                3 => [receipt, new ThirdPartyConsultationStarted(received.AddDays(5)), new ThirdPartyConsultationEnded(received.AddDays(19))],
                4 => [receipt, new FeeNoticeSent(received.AddDays(4)), new FeePaid(received.AddDays(12))],
                _ => [receipt, new Replied(received.AddDays(15), ReplyOutcome.Disclosed)],
            };
        }
    }

    /// <summary>The full engine: replay the events, state, deadline, working days left (explanation not asked for).</summary>
    [Benchmark(OperationsPerInvoke = Requests)]
    public int EvaluateDeadlines()
    {
        int sum = 0;
        var requests = _requests;
        for (int i = 0; i < requests.Length; i++)
        {
            var status = DeadlineEngine.Evaluate(_calendar, requests[i], Today);
            sum += status.Due?.DayNumber ?? 0;
        }
        return sum;
    }

    /// <summary>The calendar alone: the 20th working day after each receipt.</summary>
    [Benchmark(OperationsPerInvoke = Requests)]
    public int AddTwentyWorkingDays()
    {
        int sum = 0;
        var starts = _starts;
        for (int i = 0; i < starts.Length; i++)
        {
            sum += _calendar.AddWorkingDays(starts[i], Article33.ReplyPeriod).Date.DayNumber;
        }
        return sum;
    }
}
