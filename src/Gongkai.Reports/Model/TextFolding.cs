using System.Text;

namespace Gongkai.Reports.Model;

/// <summary>
/// Text folded for matching: full-width forms to ASCII, white space removed. Shared by reading
/// (labels) and rules (sentences of the prose), so it lives below both.
/// </summary>
internal static class TextFolding
{
    /// <summary>Folds full-width forms to ASCII and removes all white space.</summary>
    public static string Normalize(string text)
    {
        if (!NeedsNormalizing(text)) return text;
        var sb = new StringBuilder(text.Length);
        foreach (char ch in text)
        {
            char c = ch;
            if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0);
            else if (c == '\u3000' || c == '\u00A0') continue;
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF') continue;
            sb.Append(c switch { '〔' => '(', '〕' => ')', '【' => '(', '】' => ')', '“' or '”' or '「' or '」' => '"', _ => c });
        }
        return sb.ToString();
    }

    private static bool NeedsNormalizing(string text)
    {
        foreach (char c in text)
            if (c is >= '\uFF01' and <= '\uFF5E' or '\u3000' or '\u00A0' or '\u200B' or '\uFEFF' or '〔' or '〕' or '【' or '】' or '“' or '”' or '「' or '」'
                || char.IsWhiteSpace(c)) return true;
        return false;
    }
}
