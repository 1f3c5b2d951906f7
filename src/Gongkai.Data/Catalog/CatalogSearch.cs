using System.Data.Common;
using System.Globalization;
using System.Text;
using Gongkai.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

using static Gongkai.Data.AdoCommands;

namespace Gongkai.Data.Catalog;

/// <summary>A search of the portal: the words and the filters, one page of results.</summary>
public sealed record CatalogQuery(string? Text, int? AgencyId = null, Genre? Genre = null, int? Year = null, ValidityState? Validity = null, int Page = 1, int PageSize = 20);

/// <summary>One result: the item and whether its title contains every term.</summary>
public readonly record struct CatalogHit(long Id, bool TitleMatch);

/// <summary>
/// A page of results. <paramref name="Total"/> is how many items match, exact unless
/// <paramref name="TotalIsEstimate"/> (PostgreSQL, when only the newest part of the catalog had to be
/// read); <paramref name="Ranked"/> is how many of them can be paged through in ranked order.
/// </summary>
public sealed record CatalogHits(int Total, bool TotalIsEstimate, int Ranked, IReadOnlyList<CatalogHit> Hits, IReadOnlyList<SearchTerm> Terms);

/// <summary>
/// The full-text index of public catalog items, in the database so that several web servers share
/// it: SQLite FTS5 (unicode61 over <see cref="SearchText"/> character pairs) or a PostgreSQL
/// tsvector with a GIN index. Filters are index tokens too (agency, genre, year, validity), so a
/// filtered search is one index lookup. Ranking: items whose title holds every term first (the title
/// the query covers most first), then those whose document number does, then the newest; ranked
/// from a bounded window of the newest matches, so a common word costs about as much as a rare one.
/// See docs/search.md.
/// </summary>
public static partial class CatalogSearch
{
    /// <summary>How many of the newest matches are ranked: a search lists at most this many plus <see cref="TitleWindow"/>.</summary>
    public const int RankedWindow = 500;

    /// <summary>
    /// How many of the newest items whose title holds every term are read besides: so that an old
    /// regulation whose title is the query still comes first when newer items mention the words.
    /// </summary>
    public const int TitleWindow = 100;

    /// <summary>A page of public items matching the query; an empty query matches nothing.</summary>
    public static async Task<CatalogHits> SearchAsync(this GongkaiDbContext db, CatalogQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var terms = SearchText.Terms(query.Text);
        if (terms.Count == 0)
        {
            return new CatalogHits(0, false, 0, [], terms);
        }

        var facets = new List<string>();
        if (query.AgencyId is int agency)
        {
            facets.Add(AgencyFacet(agency));
        }

        if (query.Genre is Genre genre)
        {
            facets.Add(GenreFacet(genre));
        }

        if (query.Year is int year)
        {
            facets.Add(YearFacet(year));
        }

        if (query.Validity is ValidityState validity)
        {
            facets.Add(ValidityFacet(validity));
        }

        var (titles, all, total, estimate) = db.Database.IsNpgsql()
            ? await PostgresWindowsAsync(db, terms, facets, cancellationToken)
            : await SqliteWindowsAsync(db, terms, facets, cancellationToken);

        // Ranked here, the same on both databases, from each candidate's title and document number:
        // title matches first (the title the query covers most, then the newest), then matches of the
        // document number, then the rest, newest first. A total order, so pages never repeat or skip.
        var candidates = titles.Union(all).ToList();
        var lines = await TitlesAndNumbersAsync(db, candidates, cancellationToken);
        var ranked = candidates.Where(lines.ContainsKey)
            .Select(id => (Id: id, Line: lines[id], Title: SearchText.ContainsAll(lines[id].Title, terms)))
            .Select(c => (c.Id, c.Title, Coverage: c.Title ? SearchText.Coverage(c.Line.Title, terms) : 0, Number: SearchText.ContainsAll(c.Line.Number, terms)))
            .OrderByDescending(c => c.Title).ThenByDescending(c => c.Coverage).ThenByDescending(c => c.Number).ThenByDescending(c => c.Id)
            .Select(c => new CatalogHit(c.Id, c.Title))
            .ToList();
        var size = Math.Clamp(query.PageSize, 1, 100);
        var page = Math.Clamp(query.Page, 1, 1000);
        var hits = ranked.Skip((page - 1) * size).Take(size).ToList();
        return new CatalogHits(Math.Max(total, ranked.Count), estimate, ranked.Count, hits, terms);
    }


    /// <summary>The title and document number of each item (plain ADO.NET: this runs on every search, for up to RankedWindow + TitleWindow ids).</summary>
    private static async Task<Dictionary<long, (string Title, string Number)>> TitlesAndNumbersAsync(GongkaiDbContext db, List<long> ids, CancellationToken cancellationToken)
    {
        var lines = new Dictionary<long, (string, string)>(ids.Count);
        if (ids.Count == 0)
        {
            return lines;
        }

        await using var command = await CommandAsync(db, cancellationToken);
        if (db.Database.IsNpgsql())
        {
            command.CommandText = "SELECT \"Id\", \"Title\", \"DocumentNumber\" FROM publications WHERE \"Id\" = ANY(@ids)";
            Add(command, "ids", ids.ToArray());
        }
        else
        {
            // Integers from the index itself, so they are written into the statement.
            command.CommandText = "SELECT \"Id\", \"Title\", \"DocumentNumber\" FROM publications WHERE \"Id\" IN (" + string.Join(",", ids.Select(id => id.ToString(CultureInfo.InvariantCulture))) + ")";
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lines[reader.GetInt64(0)] = (reader.GetString(1), reader.GetString(2));
        }

        return lines;
    }

    private static async Task<List<long>> IdsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}
