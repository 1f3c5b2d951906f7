namespace Gongkai.Reports.Model;

/// <summary>
/// What a cell of the form may sensibly hold. Counts are whole numbers of requests, documents or
/// decisions; the largest real ones (a province's licensing decisions) are in the millions, so a
/// count above 一亿 is a typing or reading error, and sums of a row or column (at most 26 cells)
/// stay far inside <see cref="long"/>.
/// </summary>
public static class Counts
{
    /// <summary>The largest count a cell may hold (一亿).</summary>
    public const int Max = 100_000_000;

    /// <summary>The largest amount in 万元 a cell may hold (一万亿元).</summary>
    public const decimal MaxAmountTenThousandYuan = 100_000_000m;

    /// <summary>A count: a whole number from 0 to <see cref="Max"/>.</summary>
    public static bool IsCount(int value) => value is >= 0 and <= Max;

    /// <summary>A signed change (本年增/减): at most <see cref="Max"/> either way.</summary>
    public static bool IsChange(int value) => value is >= -Max and <= Max;

    public static bool IsAmount(decimal value) => value is >= 0 and <= MaxAmountTenThousandYuan;

    /// <summary>The years a report can be on: the first reports under the 2008 regulations to well past any real one.</summary>
    public const int FirstYear = 1990, LastYear = 2200;

    public static bool IsYear(int year) => year is >= FirstYear and <= LastYear;
}
