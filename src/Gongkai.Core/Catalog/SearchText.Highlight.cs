using System.Net;
using System.Text;

namespace Gongkai.Core.Catalog;

/// <summary>Search results as HTML: the terms marked in titles and snippets.</summary>
public static partial class SearchText
{
    /// <summary>The whole text HTML-encoded, with the query's terms wrapped in &lt;mark&gt;.</summary>
    public static string Highlight(string? text, IReadOnlyList<SearchTerm> terms) => Snippet(text, terms, int.MaxValue);

    /// <summary>
    /// About <paramref name="length"/> characters of <paramref name="text"/> around the first match,
    /// HTML-encoded first and then highlighted, so the text can never inject markup.
    /// </summary>
    public static string Snippet(string? text, IReadOnlyList<SearchTerm> terms, int length = 120)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var marked = new bool[text.Length];
        var folded = text.ToLowerInvariant();
        foreach (var term in terms)
        {
            for (var at = folded.IndexOf(term.Text, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(term.Text, at + 1, StringComparison.Ordinal))
            {
                Array.Fill(marked, true, at, term.Text.Length);
            }
        }

        var first = Array.IndexOf(marked, true);
        var start = length >= text.Length || first < length / 4 ? 0 : first - (length / 4);
        var end = (int)Math.Min(text.Length, (long)start + length);
        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append('…');
        }

        var i = start;
        while (i < end)
        {
            var j = i;
            while (j < end && marked[j] == marked[i])
            {
                j++;
            }

            var encoded = WebUtility.HtmlEncode(text[i..j]);
            html.Append(marked[i] ? $"<mark>{encoded}</mark>" : encoded);
            i = j;
        }

        if (end < text.Length)
        {
            html.Append('…');
        }

        return html.ToString();
    }
}
