namespace Gongkai.Core.Calendar;

/// <summary>Dates written the way Chinese official documents write them: 2024年9月28日.</summary>
public static class ChineseDate
{
    /// <summary>Formats a date as e.g. "2024年9月28日".</summary>
    public static string Format(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
