namespace Gongkai.Core.Identity;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters of the code's alphabet (digits and capital letters
/// without I, O, Z, S, V), the last a check character over the first 17.
/// </summary>
public static class UnifiedCreditCode
{
    /// <summary>The number of characters.</summary>
    public const int Length = 18;

    /// <summary>The code's alphabet; a character's value is its position.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The code as stored: trimmed, letters in capitals.</summary>
    public static string Normalize(string? code) => (code ?? "").Trim().ToUpperInvariant();

    /// <summary>The check character (the 18th) of the first 17 characters, which must be of <see cref="Alphabet"/>.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("17 characters are needed.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not a character of the code.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>Why <paramref name="code"/> (normalized) is not a valid code, in Chinese; null when it is.</summary>
    public static string? Check(string? code)
    {
        var text = Normalize(code);
        if (text.Length == 0)
        {
            return "请填写统一社会信用代码。";
        }

        if (text.Length != Length)
        {
            return $"统一社会信用代码应为18位，填写的是{text.Length}位。";
        }

        var wrong = text.Where(c => !Alphabet.Contains(c, StringComparison.Ordinal)).Distinct().ToList();
        if (wrong.Count > 0)
        {
            return $"统一社会信用代码只能由数字和除I、O、Z、S、V以外的大写字母组成，不能含“{string.Concat(wrong)}”。";
        }

        var expected = CheckCharacter(text.AsSpan(0, Length - 1));
        return text[^1] == expected ? null : $"统一社会信用代码的校验码（第18位）应为“{expected}”，请核对。";
    }
}
