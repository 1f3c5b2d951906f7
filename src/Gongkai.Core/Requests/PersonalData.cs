namespace Gongkai.Core.Requests;

/// <summary>
/// Masks personal data for lists and logs, keeping enough to tell records apart:
/// 110101********1234, 138****5678, 广东省广州市****.
/// </summary>
public static class PersonalData
{
    /// <summary>Keeps the first 6 and last 4 characters of an ID number or credit code.</summary>
    public static string MaskIdNumber(string? value) => MaskMiddle(value, keepStart: 6, keepEnd: 4);

    /// <summary>Keeps the first 3 and last 4 digits of a phone number.</summary>
    public static string MaskPhone(string? value) => MaskMiddle(value, keepStart: 3, keepEnd: 4);

    /// <summary>Keeps the first 6 characters of an address (province and city, usually).</summary>
    public static string MaskAddress(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value.Length <= 6 ? new string('*', value.Length) : string.Concat(value.AsSpan(0, 6), "****");
    }

    /// <summary>Keeps the family name (the first character) of a natural person's name.</summary>
    public static string MaskName(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value.Length == 1 ? "*" : string.Concat(value.AsSpan(0, 1), new string('*', Math.Min(value.Length - 1, 2)));
    }

    /// <summary>Keeps the first character and the domain of an e-mail address.</summary>
    public static string MaskEmail(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? MaskMiddle(value, 1, 0) : string.Concat(value.AsSpan(0, 1), "***", value.AsSpan(at));
    }

    private static string MaskMiddle(string? value, int keepStart, int keepEnd)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value.Length <= keepStart + keepEnd)
        {
            return new string('*', value.Length);
        }

        return string.Concat(value.AsSpan(0, keepStart), new string('*', value.Length - keepStart - keepEnd), value.AsSpan(value.Length - keepEnd));
    }
}
