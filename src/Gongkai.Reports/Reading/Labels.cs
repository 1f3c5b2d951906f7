using System.Globalization;
using System.Text;

namespace Gongkai.Reports.Reading;

/// <summary>What a cell holds once its units and words are understood.</summary>
internal readonly record struct CellValue(bool IsBlank, decimal Number, string? Unit, bool Signed)
{
    public static readonly CellValue Blank = new(true, 0, null, false);
}

/// <summary>
/// Normalizes labels and numbers as real documents print them: full-width digits and brackets,
/// ideographic spaces, labels split by spaces, units and words around numbers ("增加 573 件").
/// </summary>
internal static partial class Labels
{
    /// <summary>
    /// Section 三 labels worded otherwise than the form, each with where it was seen. A label split
    /// over lines is matched by a prefix of its words, so every wording a report uses must be here.
    /// </summary>
    public static readonly (Model.RequestRow Row, string Wording, string Source)[] RequestRowWordings =
    [
        (Model.RequestRow.WithheldProhibitedByLaw, "其他法律法规禁止公开", "国办公开办函〔2019〕60号格式"),
        (Model.RequestRow.NotProcessedConfirmOrReissue, "要求行政机关确认或重新出具已获取信息", "国办公开办函〔2021〕30号格式"),
        (Model.RequestRow.OtherCorrectionOverdue, "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "国办公开办函〔2021〕30号格式"),
        (Model.RequestRow.OtherFeeUnpaid, "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "国办公开办函〔2021〕30号格式"),
    ];

    /// <summary>Folds full-width forms to ASCII and removes all white space.</summary>
    public static string Normalize(string text) => Model.TextFolding.Normalize(text);

    /// <summary>
    /// The words of a label without its enumerators ("(三)", "1.", "一、") and punctuation, for matching:
    /// "（三）1.属于国家秘密" → "属于国家秘密".
    /// </summary>
    public static string Core(string normalized, out string enumerators)
    {
        int i = 0;
        while (i < normalized.Length)
        {
            int len = EnumeratorLength(normalized, i);
            if (len == 0) break;
            i += len;
        }
        enumerators = i == 0 ? "" : normalized[..i];
        int rest = normalized.Length - i;
        Span<char> buffer = rest <= 256 ? stackalloc char[rest] : new char[rest];
        int n = 0;
        foreach (char c in normalized.AsSpan(i))
            if (char.IsLetterOrDigit(c)) buffer[n++] = c;
        return n == rest ? (i == 0 ? normalized : normalized[i..]) : new string(buffer[..n]);
    }

    public static string Core(string text) => Core(Normalize(text), out _);

    /// <summary>Where the last enumerator inside a normalized label starts ("（四）无2.没有…" → 5); -1 when there is none.</summary>
    public static int LastEnumerator(string normalized)
    {
        for (int i = normalized.Length - 2; i > 0; i--)
            if (EnumeratorLength(normalized, i) > 0 && (normalized[i] == '(' || !char.IsAsciiDigit(normalized[i - 1]) && !"一二三四五六七八九十".Contains(normalized[i - 1])))
                return i;
        return -1;
    }

    private static int EnumeratorLength(string s, int i)
    {
        if (s[i] == '(')
        {
            int close = s.IndexOf(')', i);
            if (close > i + 1 && close - i <= 4 && s.AsSpan(i + 1, close - i - 1).IndexOfAnyExcept("一二三四五六七八九十0123456789") < 0)
                return close - i + 1;
            return 0;
        }
        int j = i;
        while (j < s.Length && ("一二三四五六七八九十".Contains(s[j]) || char.IsAsciiDigit(s[j]))) j++;
        if (j > i && j - i <= 3 && j < s.Length && s[j] is '、' or '.' or ',' or ':')
            return j - i + 1;
        return 0;
    }

    private static readonly string[] BlankWords = ["-", "--", "—", "——", "/", "\\", "无", "空", "–"];

    private static readonly (string Word, int Sign)[] SignWords =
        [("增加", 1), ("增长", 1), ("新增", 1), ("增", 1), ("减少", -1), ("下降", -1), ("减", -1), ("+", 1), ("-", -1), ("−", -1)];

    private static readonly (string Unit, decimal TenThousandYuan)[] MoneyUnits =
        [("亿元", 10000m), ("万元", 1m), ("千元", 0.1m), ("元", 0.0001m)];

    private static readonly string[] CountUnits = ["人次", "件", "个", "项", "次", "条", "家", "宗", "份", "笔"];

    /// <summary>Reads a cell as a value: blank, or a number with optional sign word and unit. False for text.</summary>
    public static bool TryParseValue(string raw, out CellValue value)
    {
        value = CellValue.Blank;
        // Fast path: a value has a digit (or is a short blank mark); long text never is one.
        if (raw.Length > 40) return false;
        var trimmed = raw.AsSpan().Trim();
        if (trimmed.Length is > 0 and < 10 && trimmed.IndexOfAnyExceptInRange('0', '9') < 0)
        {
            value = new CellValue(false, int.Parse(trimmed, CultureInfo.InvariantCulture), null, false);
            return true;
        }
        bool digit = false;
        foreach (char c in raw) if (char.IsAsciiDigit(c) || c is >= '０' and <= '９') { digit = true; break; }
        string s = Normalize(raw);
        // A comma only groups thousands ("1,234"); "1,2,3" is three numbers in one cell, not 123.
        if (s.Contains(','))
        {
            if (!ThousandsGrouped().IsMatch(s)) return false;
            s = s.Replace(",", "", StringComparison.Ordinal);
        }
        if (!digit) return s.Length == 0 || BlankWords.Contains(s);
        if (s.Length == 0 || BlankWords.Contains(s)) return true;
        int sign = 1; bool signed = false;
        foreach (var (word, sg) in SignWords)
            if (s.StartsWith(word, StringComparison.Ordinal) && s.Length > word.Length && (char.IsAsciiDigit(s[word.Length]) || s[word.Length] == '.'))
            { sign = sg; signed = true; s = s[word.Length..]; break; }
        string? unit = null;
        foreach (var (u, _) in MoneyUnits)
            if (s.EndsWith(u, StringComparison.Ordinal)) { unit = u; s = s[..^u.Length]; break; }
        if (unit is null)
            foreach (var u in CountUnits)
                if (s.EndsWith(u, StringComparison.Ordinal)) { unit = u; s = s[..^u.Length]; break; }
        if (s.Length == 0 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1])) return false;
        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)) return false;
        value = new CellValue(false, sign * number, unit, signed);
        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\D*\d{1,3}(,\d{3})+(\.\d+)?\D*$")]
    private static partial System.Text.RegularExpressions.Regex ThousandsGrouped();

    /// <summary>
    /// A cell meant as a number that is not one the reader accepts: "十", "1e3", "½", "1,2,3", "N/A".
    /// It holds a column's place in its row (the cells after it do not shift left) and is noted as unread.
    /// </summary>
    public static bool LooksNumeric(string raw)
    {
        string s = Normalize(raw);
        if (s.Length is 0 or > 12) return false;
        bool numeral = false;
        foreach (char c in s)
        {
            if (char.IsDigit(c) || char.IsNumber(c) || "〇零一二三四五六七八九十百千万两壹贰叁肆伍陆柒捌玖拾".Contains(c)) numeral = true;
            else if (char.IsAsciiLetter(c) || c is '.' or ',' or '+' or '-' or '−' or '/' or '%' or '~' || CountUnits.Contains(c.ToString()) || "增减加少约余".Contains(c)) continue;
            else return false;
        }
        // An enumerator alone ("一、", "(三)") is part of a label, not a value.
        Core(s, out string enumerators);
        return numeral && enumerators.Length < s.Length && !s.EndsWith('、');
    }

    /// <summary>Converts an amount to 万元 by the cell's unit, else the column's, else 万元.</summary>
    public static decimal ToTenThousandYuan(CellValue value, string? columnUnit)
    {
        string? unit = value.Unit is "亿元" or "万元" or "千元" or "元" ? value.Unit : columnUnit;
        decimal factor = unit is null ? 1m : MoneyUnits.First(m => m.Unit == unit).TenThousandYuan;
        // 79228162514264337593543950335亿元 has no decimal in 万元: saturate, and cell.range reports it.
        if (factor > 1 && Math.Abs(value.Number) > decimal.MaxValue / factor) return value.Number < 0 ? decimal.MinValue : decimal.MaxValue;
        return Canonical(value.Number * factor);
    }

    /// <summary>The money unit a header names, e.g. "本年收费金额（单位：万元）".</summary>
    public static string? UnitInHeader(string normalizedHeader)
    {
        foreach (var (u, _) in MoneyUnits)
            if (normalizedHeader.Contains(u, StringComparison.Ordinal)) return u;
        return null;
    }

    /// <summary>Removes trailing zeros of a decimal (12300.00 → 12300).</summary>
    public static decimal Canonical(decimal d) => d / 1.0000000000000000000000000000m;
}
