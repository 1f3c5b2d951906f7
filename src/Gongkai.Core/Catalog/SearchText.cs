using System.Net;
using System.Text;

namespace Gongkai.Core.Catalog;

/// <summary>One term of a search: a token that must occur, or (for a lone Chinese character) a token prefix.</summary>
/// <param name="Text">The token.</param>
/// <param name="Prefix">True when any token starting with <paramref name="Text"/> matches.</param>
public readonly record struct SearchTerm(string Text, bool Prefix);

/// <summary>
/// 二元切分: Chinese text is indexed as overlapping character pairs (征地补偿 → 征地 地补 补偿) plus
/// the last character of each run, so every two-character word is found without a dictionary and a
/// lone character by prefix; Latin letters and digits are indexed as lower-case words. The database
/// stores the tokens as space-separated text (SQLite FTS5 unicode61, PostgreSQL tsvector);
/// docs/search.md compares this with dictionaries and trigrams.
/// </summary>
public static class SearchText
{
    /// <summary>The tokens of a text, space-separated, as the index stores them.</summary>
    public static string Tokens(string? text) => string.Join(' ', TokenList(text));

    private static List<string> TokenList(string? text)
    {
        var tokens = new List<string>();
        foreach (var (run, han) in Runs(text))
        {
            if (!han)
            {
                tokens.Add(run);
                continue;
            }

            for (var i = 0; i + 1 < run.Length; i++)
            {
                tokens.Add(run.Substring(i, 2));
            }

            tokens.Add(run[^1..]);
        }

        return tokens;
    }

    /// <summary>The terms of a query, all of which must match; empty when the query has no searchable character.</summary>
    public static IReadOnlyList<SearchTerm> Terms(string? query)
    {
        var terms = new List<SearchTerm>();
        foreach (var (run, han) in Runs(query))
        {
            if (!han)
            {
                terms.Add(new SearchTerm(run, false));
            }
            else if (run.Length == 1)
            {
                terms.Add(new SearchTerm(run, true));
            }
            else
            {
                for (var i = 0; i + 1 < run.Length; i++)
                {
                    terms.Add(new SearchTerm(run.Substring(i, 2), false));
                }
            }
        }

        return terms.Distinct().Take(32).ToList();
    }

    /// <summary>The terms as an FTS5 query: <c>"征地" AND "矿" *</c>; <paramref name="column"/> restricts to one column.</summary>
    public static string Fts5Query(IReadOnlyList<SearchTerm> terms, string? column = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var query = string.Join(" AND ", terms.Select(t => $"\"{t.Text}\"" + (t.Prefix ? " *" : "")));
        return column is null ? query : $"{column} : ({query})";
    }

    /// <summary>
    /// Marks a title token in the PostgreSQL index (征地 in a title is also indexed as ^征地), so that
    /// "title holds every term" is a plain GIN lookup rather than a weight check on every row.
    /// </summary>
    public const char TitleMarker = '^';

    /// <summary>
    /// The terms as a PostgreSQL tsquery, every lexeme quoted: <c>'征地' &amp; '矿':*</c>; with
    /// <paramref name="title"/>, the title-marked tokens: <c>'^征地' &amp; '^矿':*</c>.
    /// </summary>
    public static string TsQuery(IReadOnlyList<SearchTerm> terms, bool title = false)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return string.Join(" & ", terms.Select(t => $"'{(title ? TitleMarker.ToString() : "")}{t.Text}'" + (t.Prefix ? ":*" : "")));
    }

    /// <summary>Whether the text's tokens hold every term (a prefix term: some token starting with it).</summary>
    public static bool ContainsAll(string? text, IReadOnlyList<SearchTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var tokens = TokenList(text);
        return terms.Count > 0 && terms.All(term => tokens.Exists(token => Matches(token, term)));
    }

    /// <summary>
    /// How much of the text the query covers: the share of its tokens that match a term, so that for
    /// 矿产资源总体规划 the plan itself (韶关市矿产资源总体规划) ranks above a notice about it.
    /// </summary>
    public static double Coverage(string? text, IReadOnlyList<SearchTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var tokens = TokenList(text);
        return tokens.Count == 0 ? 0 : (double)tokens.Count(token => terms.Any(term => Matches(token, term))) / tokens.Count;
    }

    private static bool Matches(string token, SearchTerm term) =>
        term.Prefix ? token.StartsWith(term.Text, StringComparison.Ordinal) : token == term.Text;

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

    /// <summary>Runs of Chinese characters and runs of letters/digits, normalized (NFKC, lower case).</summary>
    private static IEnumerable<(string Run, bool Han)> Runs(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var normalized = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var run = new StringBuilder();
        var han = false;
        foreach (var c in normalized)
        {
            var isHan = IsHan(c);
            var isWord = isHan || char.IsLetterOrDigit(c);
            if (run.Length > 0 && (!isWord || isHan != han))
            {
                yield return (run.ToString(), han);
                run.Clear();
            }

            if (isWord)
            {
                run.Append(c);
                han = isHan;
            }
        }

        if (run.Length > 0)
        {
            yield return (run.ToString(), han);
        }
    }

    private static bool IsHan(char c) => c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');
}
