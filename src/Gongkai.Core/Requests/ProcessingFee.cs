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

    /// <summary>
    /// The fee by <paramref name="method"/> with each tier that contributed, for the fee notice
    /// (国办函〔2020〕109号 requires the notice to state the basis of the amount).
    /// </summary>
    /// <param name="method">按件 or 按量.</param>
    /// <param name="quantity">The application's ordinal in the applicant's month (按件), or the pages (按量).</param>
    public static FeeAssessment Assess(FeeMethod method, int quantity)
    {
        var tiers = new List<FeeTier>();
        if (method == FeeMethod.PerVolume)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(quantity);
            tiers.Add(new FeeTier(1, FreePages, Math.Min(quantity, FreePages), 0m));
            AddVolumeTier(tiers, 31, 100, quantity, 10m);
            AddVolumeTier(tiers, 101, 200, quantity, 20m);
            AddVolumeTier(tiers, 201, null, quantity, 40m);
        }
        else
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
            var (from, to) = quantity switch
            {
                <= FreeApplicationsPerMonth => (1, (int?)FreeApplicationsPerMonth),
                <= 30 => (11, 30),
                _ => (31 + ((quantity - 31) / 10 * 10), 40 + ((quantity - 31) / 10 * 10)),
            };
            tiers.Add(new FeeTier(from, to, 1, PerApplication(quantity)));
        }

        return new FeeAssessment(method, quantity, tiers, Compute(method, quantity));
    }

    /// <summary>
    /// Why <paramref name="amount"/> cannot be charged, in Chinese; null when it follows the tiers, or when
    /// it does not but <paramref name="reason"/> says why (a reduction or waiver, 109号 第七条).
    /// </summary>
    public static string? CheckAmount(FeeMethod method, int quantity, decimal amount, string? reason)
    {
        if (amount < 0)
        {
            return "收费金额不能为负数。";
        }

        var expected = Compute(method, quantity);
        return amount == expected || !string.IsNullOrWhiteSpace(reason)
            ? null
            : $"按国办函〔2020〕109号的收费标准，应收{expected:0.##}元；金额不同的，请说明理由（如减免）。";
    }

    private static void AddVolumeTier(List<FeeTier> tiers, int from, int? to, int pages, decimal price)
    {
        var count = Math.Max(0, Math.Min(pages, to ?? int.MaxValue) - (from - 1));
        if (count > 0)
        {
            tiers.Add(new FeeTier(from, to, count, price));
        }
    }
}

/// <summary>One tier of a fee scale that a fee touched.</summary>
/// <param name="From">The first page or application of the tier.</param>
/// <param name="To">The last, or null for the open top tier.</param>
/// <param name="Count">Pages (按量) or applications (按件, always 1) charged in it.</param>
/// <param name="UnitPrice">元 per page or per application.</param>
public sealed record FeeTier(int From, int? To, int Count, decimal UnitPrice)
{
    /// <summary>The tier's part of the fee.</summary>
    public decimal Subtotal => Count * UnitPrice;
}

/// <summary>A computed fee and how it was reached.</summary>
/// <param name="Method">按件 or 按量.</param>
/// <param name="Quantity">The monthly ordinal or the pages.</param>
/// <param name="Tiers">The tiers that apply.</param>
/// <param name="Amount">The fee in 元.</param>
public sealed record FeeAssessment(FeeMethod Method, int Quantity, IReadOnlyList<FeeTier> Tiers, decimal Amount)
{
    /// <summary>The breakdown in Chinese, e.g. "按量收费，共150页：第1–30页免收；第31–100页70页×10元=700元；第101–150页…；合计1700元。"</summary>
    public string Breakdown()
    {
        static string Range(FeeTier t) => t.To is { } to ? $"第{t.From}–{to}" : $"第{t.From}";
        if (Method == FeeMethod.PerApplication)
        {
            var tier = Tiers[0];
            return tier.UnitPrice == 0
                ? $"按件收费：本申请为申请人本自然月内向本机关提出的第{Quantity}件申请，属{Range(tier)}件，免收；合计0元。"
                : $"按件收费：本申请为申请人本自然月内向本机关提出的第{Quantity}件申请，属{Range(tier)}件档，每件{tier.UnitPrice:0.##}元；合计{Amount:0.##}元。";
        }

        var parts = Tiers.Select(t => t.UnitPrice == 0
            ? $"{Range(t)}页免收"
            : $"{(t.To is null ? $"第{t.From}页以上" : Range(t) + "页")}{t.Count}页×{t.UnitPrice:0.##}元={t.Subtotal:0.##}元");
        return $"按量收费，共{Quantity}页：{string.Join("；", parts)}；合计{Amount:0.##}元。";
    }
}
