namespace Gongkai.Core.Catalog;

/// <summary>The terms in the query syntax of each database: FTS5 for SQLite, tsquery for PostgreSQL.</summary>
public static partial class SearchText
{
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
}
