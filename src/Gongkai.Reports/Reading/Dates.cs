using System.Text.RegularExpressions;

namespace Gongkai.Reports.Reading;

/// <summary>Dates as reports print them: 2022年1月29日, 2022-01-29, 二〇二二年一月二十九日.</summary>
internal static partial class Dates
{
    // [0-9], not \d: \d also matches other scripts' digits, which int.Parse refuses.
    [GeneratedRegex(@"(?<y>[0-9]{4})\s*[年\-./]\s*(?<m>[0-9]{1,2})\s*[月\-./]\s*(?<d>[0-9]{1,2})\s*日?")]
    private static partial Regex Arabic();

    [GeneratedRegex(@"(?<y>[〇零○Ｏ一二三四五六七八九]{4})年(?<m>[一二三四五六七八九十]{1,3})月(?<d>[一二三四五六七八九十]{1,3})日")]
    private static partial Regex Chinese();

    /// <summary>The text is a date and nothing else (white space aside).</summary>
    public static DateOnly? Whole(string text)
    {
        string s = Labels.Normalize(text);
        var m = Arabic().Match(s);
        if (m.Success && m.Index == 0 && m.Length == s.Length) return Make(m);
        var c = Chinese().Match(s);
        if (c.Success && c.Index == 0 && c.Length == s.Length) return MakeChinese(c);
        return null;
    }

    /// <summary>The first date in the text.</summary>
    public static DateOnly? Find(string text, out int index, out int length)
    {
        string s = Labels.Normalize(text);
        var m = Arabic().Match(s);
        if (m.Success && Make(m) is DateOnly d) { index = m.Index; length = m.Length; return d; }
        var c = Chinese().Match(s);
        if (c.Success && MakeChinese(c) is DateOnly e) { index = c.Index; length = c.Length; return e; }
        index = -1; length = 0;
        return null;
    }

    private static DateOnly? Make(Match m) => Create(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value));

    private static DateOnly? MakeChinese(Match m)
    {
        int y = 0;
        foreach (char ch in m.Groups["y"].Value) y = y * 10 + Digit(ch);
        return Create(y, ChineseNumber(m.Groups["m"].Value), ChineseNumber(m.Groups["d"].Value));
    }

    private static DateOnly? Create(int y, int m, int d) =>
        y is >= 1990 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    private static int Digit(char ch) => ch switch
    {
        '〇' or '零' or '○' or 'Ｏ' => 0, '一' => 1, '二' => 2, '三' => 3, '四' => 4,
        '五' => 5, '六' => 6, '七' => 7, '八' => 8, '九' => 9, _ => -100,
    };

    /// <summary>一 … 三十一.</summary>
    public static int ChineseNumber(string s)
    {
        if (s.Length == 0) return -1;
        int ten = s.IndexOf('十');
        if (ten < 0) return s.Length == 1 ? Digit(s[0]) : -1;
        int tens = ten == 0 ? 1 : Digit(s[0]);
        int ones = ten == s.Length - 1 ? 0 : Digit(s[ten + 1]);
        return tens * 10 + ones;
    }

    /// <summary>A four-digit year in Arabic or Chinese numerals followed by 年.</summary>
    [GeneratedRegex(@"(?<y>(?:19|20|21)[0-9]{2}|[〇零○一二][〇零○一二三四五六七八九]{3})年")]
    public static partial Regex YearRegex();

    public static int ParseYear(string y)
    {
        if (char.IsAsciiDigit(y[0])) return int.Parse(y);
        int v = 0;
        foreach (char ch in y) v = v * 10 + Digit(ch);
        return v;
    }
}
