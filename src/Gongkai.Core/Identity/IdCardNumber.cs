using System.Globalization;

namespace Gongkai.Core.Identity;

/// <summary>
/// 公民身份号码 (GB 11643-1999), also the number of the residence permits of Hong Kong, Macao and
/// Taiwan residents: 6 digits of region, 8 of birth date, 3 of sequence and a check character
/// (ISO 7064 MOD 11-2; 10 is written X).
/// </summary>
public static class IdCardNumber
{
    /// <summary>The number of characters.</summary>
    public const int Length = 18;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>The number as stored: trimmed, x in capitals.</summary>
    public static string Normalize(string? number) => (number ?? "").Trim().ToUpperInvariant();

    /// <summary>The check character of the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("17 digits are needed.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            if (!char.IsAsciiDigit(first17[i]))
            {
                throw new ArgumentException($"'{first17[i]}' is not a digit.", nameof(first17));
            }

            sum += (first17[i] - '0') * Weights[i];
        }

        var check = (12 - (sum % 11)) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }

    /// <summary>Why <paramref name="number"/> (normalized) is not a valid 公民身份号码, in Chinese; null when it is.</summary>
    public static string? Check(string? number)
    {
        var text = Normalize(number);
        if (text.Length == 0)
        {
            return "请填写居民身份证号码。";
        }

        if (text.Length != Length)
        {
            return $"居民身份证号码应为18位，填写的是{text.Length}位。";
        }

        if (text.AsSpan(0, Length - 1).ContainsAnyExceptInRange('0', '9') || !(char.IsAsciiDigit(text[^1]) || text[^1] == 'X'))
        {
            return "居民身份证号码前17位应为数字，最后一位为数字或X。";
        }

        if (!DateOnly.TryParseExact(text.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born) || born.Year < 1900)
        {
            return "居民身份证号码第7至14位应为出生日期，请核对。";
        }

        var expected = CheckCharacter(text.AsSpan(0, Length - 1));
        return text[^1] == expected ? null : $"居民身份证号码的校验码（第18位）应为“{expected}”，请核对。";
    }
}
