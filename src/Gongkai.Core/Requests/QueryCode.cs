using System.Security.Cryptography;

namespace Gongkai.Core.Requests;

/// <summary>
/// The secret an applicant follows a request with, beside its tracking number: ten characters of
/// Crockford's base 32 (digits and letters without I, L, O, U), 50 bits — guessing is hopeless even
/// without rate limits. Shown as two groups of five, <c>7K3QH-XM9RT</c>; read back forgivingly
/// (case, spaces, dashes, O for 0, I and L for 1).
/// </summary>
public static class QueryCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>Characters in a code: 10 × 5 bits.</summary>
    public const int Length = 10;

    /// <summary>A new random code, shown to the applicant once.</summary>
    public static string New()
    {
        Span<char> code = stackalloc char[Length + 1];
        var n = 0;
        for (var i = 0; i < Length; i++)
        {
            if (i == Length / 2)
            {
                code[n++] = '-';
            }

            code[n++] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(code);
    }

    /// <summary>The code as stored and compared: upper case, without spaces and dashes, look-alikes mapped.</summary>
    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return string.Concat(code.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(c => char.ToUpperInvariant(c) switch
        {
            'O' => '0',
            'I' or 'L' => '1',
            var other => other,
        }));
    }
}
