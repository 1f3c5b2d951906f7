using Gongkai.Core.Calendar;

namespace Gongkai.Core.Requests;

/// <summary>第三十条: correcting an unclear application (补正).</summary>
public static class Article30
{
    /// <summary>The correction notice goes out within 7 working days of receipt, once, listing everything.</summary>
    public static readonly WorkingDays CorrectionNoticeWindow = new(7);

    /// <summary>
    /// The applicant's period to correct when the notice names none. The 条例 asks for "a reasonable
    /// period" set by the agency; 15 working days is Gongkai's default, and each notice may set its own.
    /// </summary>
    public static readonly WorkingDays DefaultCorrectionPeriod = new(15);
}

/// <summary>第三十二条: consulting a third party whose rights disclosure could harm.</summary>
public static class Article32
{
    /// <summary>The third party answers within 15 working days of receiving the letter.</summary>
    public static readonly WorkingDays ThirdPartyReplyPeriod = new(15);
}

/// <summary>第三十四条: consulting the other agencies that made the information jointly.</summary>
public static class Article34
{
    /// <summary>The other agency answers within 15 working days; silence is consent.</summary>
    public static readonly WorkingDays OtherAgencyReplyPeriod = new(15);
}

/// <summary>第三十三条: the reply period.</summary>
public static class Article33
{
    /// <summary>A reply within 20 working days of receipt.</summary>
    public static readonly WorkingDays ReplyPeriod = new(20);

    /// <summary>Extensions, approved by the head of the disclosure office, total at most 20 working days.</summary>
    public static readonly WorkingDays MaxExtension = new(20);
}

/// <summary>Processing fees (第四十二条, 国办函〔2020〕109号).</summary>
public static class FeeRules
{
    /// <summary>The applicant pays within 20 working days from the day after receiving the fee notice.</summary>
    public static readonly WorkingDays PaymentPeriod = new(20);
}

/// <summary>Who publishes an annual report, which fixes its deadline (第四十九条).</summary>
public enum ReportIssuer
{
    /// <summary>A department of a government at county level or above: by 31 January.</summary>
    Department,

    /// <summary>A people's government's own report (本级政府), compiled by its disclosure office: by 31 March.</summary>
    Government,
}

/// <summary>第四十九条: the annual report's deadline.</summary>
public static class Article49
{
    /// <summary>
    /// The last day to publish the report on <paramref name="reportYear"/>: 31 January of the next year for
    /// a department, 31 March for a government's own report. A calendar date, not working days; "前"
    /// includes the day, and a weekend or holiday does not move it.
    /// </summary>
    public static DateOnly AnnualReportDue(int reportYear, ReportIssuer issuer) => issuer switch
    {
        ReportIssuer.Department => new DateOnly(reportYear + 1, 1, 31),
        ReportIssuer.Government => new DateOnly(reportYear + 1, 3, 31),
        _ => throw new ArgumentOutOfRangeException(nameof(issuer), issuer, "Not a report issuer."),
    };
}

/// <summary>Settings of the deadline rules where the law leaves the agency or the province a choice.</summary>
/// <param name="FeeTimeExcluded">
/// Whether the time from a fee notice to the payment is left out of the reply period, as reported of
/// 国办函〔2020〕109号. On by default.
/// </param>
public sealed record DeadlineRules(bool FeeTimeExcluded = true)
{
    /// <summary>The rules as Gongkai reads the 条例 and the fee measures.</summary>
    public static DeadlineRules Default { get; } = new();
}
