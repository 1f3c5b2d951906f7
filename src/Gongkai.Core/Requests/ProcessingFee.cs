namespace Gongkai.Core.Requests;

/// <summary>How a processing fee is charged (国办函〔2020〕109号): one method per application.</summary>
public enum FeeMethod
{
    /// <summary>按件: by the applicant's count of applications within a calendar month.</summary>
    PerApplication,

    /// <summary>按量: by the pages (or page equivalents) provided within one application.</summary>
    PerVolume,
}

/// <summary>
/// The 信息处理费 scales of 国办函〔2020〕109号. Both scales are progressive (超额累进): each tier's
/// price applies only to the part in that tier. Amounts are in 元.
/// </summary>
public static class ProcessingFee
{
    /// <summary>Applications per applicant per calendar month that are free (the 1st to the 10th).</summary>
    public const int FreeApplicationsPerMonth = 10;

    /// <summary>Pages per application that are free.</summary>
    public const int FreePages = 30;

    /// <summary>
    /// The fee of one application charged per application, given its ordinal within the applicant's
    /// calendar month at this agency (1 = the first): 1–10 free, 11–30 100 元, then every band of 10
    /// costs 100 元 more (31–40 200 元, 41–50 300 元, …).
    /// </summary>
    public static decimal PerApplication(int ordinalInMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ordinalInMonth, 1);
        if (ordinalInMonth <= FreeApplicationsPerMonth)
        {
            return 0m;
        }

        if (ordinalInMonth <= 30)
        {
            return 100m;
        }

        var band = ((ordinalInMonth - 31) / 10) + 2;
        return 100m * band;
    }

    /// <summary>
    /// The fee of one application charged per volume: pages 1–30 free, 31–100 10 元 each,
    /// 101–200 20 元 each, beyond 200 40 元 each.
    /// </summary>
    public static decimal PerVolume(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pages);
        decimal fee = 0m;
        fee += 10m * Math.Max(0, Math.Min(pages, 100) - FreePages);
        fee += 20m * Math.Max(0, Math.Min(pages, 200) - 100);
        fee += 40m * Math.Max(0, pages - 200);
        return fee;
    }

    /// <summary>The fee by the chosen method: <paramref name="quantity"/> is the monthly ordinal or the page count.</summary>
    public static decimal Compute(FeeMethod method, int quantity) => method switch
    {
        FeeMethod.PerApplication => PerApplication(quantity),
        FeeMethod.PerVolume => PerVolume(quantity),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "未知的收费方式"),
    };
}
