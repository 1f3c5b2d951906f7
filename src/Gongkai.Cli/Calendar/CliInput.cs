using System.Globalization;
using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;

namespace Gongkai.Cli.Calendar;

/// <summary>Reads the `due` verb's dates, channels and <c>--event</c> values; bad input becomes an <see cref="InputError"/>.</summary>
internal static class CliInput
{
    public const string EventHelp =
        "事件，可重复，按发生顺序给出：correction-sent:日期[:补正期限工作日数，默认15]、correction-received:日期、"
        + "third-party-sent:日期、third-party-replied:日期、agency-sent:日期、agency-replied:日期（第三十四条）、extended:日期:工作日数[:批准人]、fee-notice:日期、fee-paid:日期、"
        + "replied:日期[:结果，如 Disclosed、Withheld.StateSecret，默认 Disclosed]、withdrawn:日期。日期格式 yyyy-MM-dd";

    private static readonly (string Name, ReceiptChannel Channel, string Label)[] Channels =
    [
        ("in-person", ReceiptChannel.InPerson, "当面提交"),
        ("registered-post", ReceiptChannel.RegisteredPost, "邮寄（签收）"),
        ("ordinary-post", ReceiptChannel.OrdinaryPost, "平常信函"),
        ("online", ReceiptChannel.Online, "互联网"),
        ("fax", ReceiptChannel.Fax, "传真"),
    ];

    public static string ChannelNames => string.Join("、", Channels.Select(c => c.Name));

    public static DateOnly Date(string text, string what)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (date.Year is >= WorkdayCalendar.FirstYear and < WorkdayCalendar.LastYear)
            {
                return date;
            }
            throw new InputError($"{what}“{text}”超出可计算的范围（{WorkdayCalendar.FirstYear}–{WorkdayCalendar.LastYear - 1}年）");
        }
        throw new InputError($"{what}“{text}”不是 yyyy-MM-dd 格式的日期");
    }

    public static ReceiptChannel Channel(string name) =>
        Channels.FirstOrDefault(c => c.Name == name.ToLowerInvariant()) is { Name: not null } match
            ? match.Channel
            : throw new InputError($"收件渠道“{name}”无效，可选：{ChannelNames}");

    public static string ChannelName(ReceiptChannel channel) => Channels.First(c => c.Channel == channel).Name;

    public static string ChannelLabel(ReceiptChannel channel) => Channels.First(c => c.Channel == channel).Label;

    public static RequestEvent Event(string text)
    {
        var parts = text.Split(':');
        string kind = parts[0].ToLowerInvariant();
        int maxParts = kind switch
        {
            "correction-sent" or "replied" => 3,
            "extended" => 4,
            _ => 2,
        };
        if (parts.Length < 2 || parts.Length > maxParts || (kind == "extended" && parts.Length < 3))
        {
            throw new InputError($"事件“{text}”格式不对。{EventHelp}");
        }
        var date = Date(parts[1], $"事件“{text}”的日期");
        string? extra = parts.Length > 2 ? parts[2] : null;
        return kind switch
        {
            "correction-sent" => extra is null ? new CorrectionRequested(date) : new CorrectionRequested(date, Days(extra, text)),
            "correction-received" => new CorrectionReceived(date),
            "third-party-sent" => new ThirdPartyConsultationStarted(date),
            "third-party-replied" or "agency-replied" => new ThirdPartyConsultationEnded(date),
            "agency-sent" => new ThirdPartyConsultationStarted(date, ConsultedParty.OtherAgency),
            "extended" => new Extended(date, Days(extra!, text), parts.Length > 3 ? parts[3] : "负责人"),
            "fee-notice" => new FeeNoticeSent(date),
            "fee-paid" => new FeePaid(date),
            "replied" => new Replied(date, extra is null ? ReplyOutcome.Disclosed : Outcome(extra, text)),
            "withdrawn" => new Withdrawn(date),
            _ => throw new InputError($"未知事件“{parts[0]}”。{EventHelp}"),
        };
    }

    private static WorkingDays Days(string text, string eventText) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int days) && days <= 366
            ? new WorkingDays(days)
            : throw new InputError($"事件“{eventText}”中的“{text}”不是工作日数");

    private static ReplyOutcome Outcome(string key, string eventText) =>
        ReplyOutcomes.FromKey(key) ?? throw new InputError(
            $"事件“{eventText}”中的答复结果“{key}”无效，可选：{string.Join("、", ReplyOutcomes.All.Select(o => o.Key()))}");
}
