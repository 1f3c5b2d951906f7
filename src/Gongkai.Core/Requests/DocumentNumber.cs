namespace Gongkai.Core.Requests;

/// <summary>
/// 发文字号 (GB/T 9704-2012 7.2.4): the issuer's 机关代字, the year in 六角括号 and the sequence number,
/// e.g. 临自然资依公开〔2026〕第12号. Sequences run per agency and year and are never reused.
/// </summary>
/// <param name="Prefix">机关代字.</param>
/// <param name="Year">The year of issue.</param>
/// <param name="Sequence">The number within the year, from 1.</param>
public readonly record struct DocumentNumber(string Prefix, int Year, int Sequence)
{
    /// <summary>临自然资依公开〔2026〕第12号.</summary>
    public override string ToString() => $"{Prefix}〔{Year}〕第{Sequence}号";
}
