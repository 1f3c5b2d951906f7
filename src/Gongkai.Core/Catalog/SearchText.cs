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
public static partial class SearchText
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
