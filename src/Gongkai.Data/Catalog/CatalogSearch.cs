using System.Data.Common;
using System.Globalization;
using System.Text;
using Gongkai.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

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
public static class CatalogSearch
{
    /// <summary>How many of the newest matches are ranked: a search lists at most this many plus <see cref="TitleWindow"/>.</summary>
    public const int RankedWindow = 500;

    /// <summary>
    /// How many of the newest items whose title holds every term are read besides: so that an old
    /// regulation whose title is the query still comes first when newer items mention the words.
    /// </summary>
    public const int TitleWindow = 100;

    /// <summary>The DDL of the index, run by the migration of each provider.</summary>
    public const string SqliteCreate =
        "CREATE VIRTUAL TABLE publication_search USING fts5(title, number, body, facets, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1);";

    /// <summary>The DDL of the index, run by the migration of each provider.</summary>
    public const string PostgresCreate =
        "CREATE TABLE publication_search (id bigint PRIMARY KEY REFERENCES publications(\"Id\") ON DELETE CASCADE, document tsvector NOT NULL);"
        + "CREATE INDEX ix_publication_search_document ON publication_search USING gin (document);";

    /// <summary>Drops the index.</summary>
    public const string Drop = "DROP TABLE IF EXISTS publication_search;";

    // PostgreSQL: every item also carries one token per block level naming the aligned block of ids
    // it falls in ('@b12:244' = ids 244·4096 … 245·4096−1), so the newest matches can be read block
    // by block with the GIN index alone; GIN cannot return rows in id order, and reading every match
    // of a common word costs a heap visit each.
    private static readonly int[] BlockLevels = [12, 14, 16, 18, 20, 22, 24];

    // Fewer matches than this expected in the rest of the catalog: read the rest in one lookup.
    private const long SparseMatches = 1_000;

    /// <summary>Puts a public item in the index, or takes a non-public one out, in the current transaction.</summary>
    public static async Task IndexAsync(this GongkaiDbContext db, Publication item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(item);
        await using var command = await CommandAsync(db, cancellationToken);
        var postgres = db.Database.IsNpgsql();
        command.CommandText = postgres ? "DELETE FROM publication_search WHERE id = @id" : "DELETE FROM publication_search WHERE rowid = @id";
        Add(command, "id", item.Id);
        await command.ExecuteNonQueryAsync(cancellationToken);
        if (!item.IsPublic)
        {
            return;
        }

        command.Parameters.Clear();
        Add(command, "id", item.Id);
        if (postgres)
        {
            command.CommandText = "INSERT INTO publication_search (id, document) VALUES (@id, @document::tsvector)";
            Add(command, "document", TsVector(item));
        }
        else
        {
            command.CommandText = "INSERT INTO publication_search (rowid, title, number, body, facets) VALUES (@id, @title, @number, @body, @facets)";
            Add(command, "title", SearchText.Tokens(item.Title));
            Add(command, "number", SearchText.Tokens(item.DocumentNumber));
            Add(command, "body", SearchText.Tokens(item.BodyText));
            Add(command, "facets", string.Join(' ', Facets(item)));
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Fills an empty index from the catalog (after a migration that rebuilt it), in batches; returns
    /// how many items were indexed, 0 when the index was not empty.
    /// </summary>
    public static async Task<int> RebuildIfEmptyAsync(this GongkaiDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using (var probe = await CommandAsync(db, cancellationToken))
        {
            probe.CommandText = db.Database.IsNpgsql() ? "SELECT 1 FROM publication_search LIMIT 1" : "SELECT 1 FROM publication_search_docsize LIMIT 1";
            if (await probe.ExecuteScalarAsync(cancellationToken) is not null)
            {
                return 0;
            }
        }

        var indexed = 0;
        long after = 0;
        while (true)
        {
            var batch = await db.Publications.AsNoTracking()
                .Where(p => p.Id > after && p.State == PublicationState.Published && p.Mode == DisclosureMode.Proactive)
                .OrderBy(p => p.Id).Take(1000).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return indexed;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var item in batch)
            {
                await db.IndexAsync(item, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            indexed += batch.Count;
            after = batch[^1].Id;
        }
    }

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

    /// <summary>
    /// SQLite: FTS5 reads a match query in descending rowid order and stops at the LIMIT, so the
    /// newest window costs the same for a common word as for a rare one. (bm25 is not used: it counts
    /// each phrase's documents over the whole index, which for a filter token is half the catalog.)
    /// The total is exact when the window is not full.
    /// </summary>
    private static async Task<(List<long> Titles, List<long> All, int Total, bool Estimate)> SqliteWindowsAsync(
        GongkaiDbContext db, IReadOnlyList<SearchTerm> terms, List<string> facets, CancellationToken cancellationToken)
    {
        var filter = facets.Count == 0 ? "" : " AND facets : (" + string.Join(" AND ", facets.Select(f => $"\"{f}\"")) + ")";
        await using var command = await CommandAsync(db, cancellationToken);
        command.CommandText = "SELECT rowid FROM publication_search WHERE publication_search MATCH @q ORDER BY rowid DESC LIMIT @window";
        var window = Add(command, "window", TitleWindow);
        var q = Add(command, "q", "(" + SearchText.Fts5Query(terms, "title") + ")" + filter);
        var titles = await IdsAsync(command, cancellationToken);
        q.Value = "(" + SearchText.Fts5Query(terms) + ")" + filter;
        window.Value = RankedWindow;
        var all = await IdsAsync(command, cancellationToken);
        if (all.Count < RankedWindow)
        {
            return (titles, all, all.Count, false);
        }

        // A full window: counting every match would cost as much as the ranking saved (20 ms for a
        // word in 13 % of a million items), so the total is extrapolated from the window's density.
        command.CommandText = "SELECT max(\"Id\") FROM publications";
        var maxId = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return (titles, all, Extrapolate(all.Count, maxId + 1 - all.Min(), maxId), true);
    }

    /// <summary>
    /// PostgreSQL: the newest matches are read block by block (newest block first, blocks growing
    /// with the density of matches seen), each block one GIN lookup with the block's token, until the
    /// window is full. The total is exact when every block was read, and otherwise extrapolated from
    /// the density of the blocks read.
    /// </summary>
    private static async Task<(List<long> Titles, List<long> All, int Total, bool Estimate)> PostgresWindowsAsync(
        GongkaiDbContext db, IReadOnlyList<SearchTerm> terms, List<string> facets, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(db, cancellationToken);
        command.CommandText = "SELECT coalesce(max(id), -1) FROM publication_search";
        var maxId = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        var filter = string.Concat(facets.Select(f => $" & '@{f}'"));
        var (titles, _, _) = await NewestAsync(command, SearchText.TsQuery(terms, title: true) + filter, TitleWindow, maxId, cancellationToken);
        var (all, matches, read) = await NewestAsync(command, SearchText.TsQuery(terms) + filter, RankedWindow, maxId, cancellationToken);
        var estimate = read <= maxId;
        return (titles, all, estimate ? Extrapolate(matches, read, maxId) : (int)matches, estimate);
    }

    /// <summary>How many items of ids 0..maxId match, at the density of <paramref name="matches"/> in the newest <paramref name="span"/> ids.</summary>
    private static int Extrapolate(long matches, long span, long maxId) =>
        (int)Math.Min(int.MaxValue, Math.Max(matches, matches * (maxId + 1) / Math.Max(1, span)));

    /// <summary>The newest matches of a tsquery, up to the window; how many matched in the blocks read and how many ids those blocks span.</summary>
    private static async Task<(List<long> Ids, long Matches, long Read)> NewestAsync(DbCommand command, string tsquery, int window, long maxId, CancellationToken cancellationToken)
    {
        command.Parameters.Clear();
        var ids = new List<long>();
        long matches = 0, read = 0, end = maxId + 1;
        while (end > 0 && ids.Count < window)
        {
            // The id span that should hold the rest of the window at the density seen so far.
            var wanted = Math.Max(1L << BlockLevels[0], matches == 0 ? read * 8 : (window - ids.Count) * read * 3 / (2 * matches));
            // The block holding the next id down (with the block before it when less than half of it
            // lies below `end`) whose span is nearest that size: a GIN lookup costs about as much as
            // the block is large. The part above `end` was read already and is cut off by the id
            // range (its matches cost a heap visit, not a result). Once the density seen says the
            // rest holds few matches (a rare word), one lookup without a block reads all of it.
            var sparse = read > 0 && matches * (maxId + 1) <= SparseMatches * read;
            var (level, start) = BlockLevels.Select(l => (Level: l, Start: BlockStart(end, l))).MinBy(b => Math.Abs(Math.Log((end - b.Start) / (double)wanted)));
            var blocks = string.Join(" | ", Enumerable.Range(0, (int)((end - 1 - start) >> level) + 1).Select(i => $"'@b{level}:{(start >> level) + i}'"));
            start = sparse ? 0 : start;
            // Literals, not parameters: a prepared statement's generic plan cannot see the tsquery and
            // the id range, and PostgreSQL would pick a walk down the whole primary key. The tsquery
            // holds only SearchText tokens and our markers (no quote or backslash), quoted once more.
            var literal = (sparse ? tsquery : $"{tsquery} & ({blocks})").Replace("'", "''", StringComparison.Ordinal);
            // MATERIALIZED: every match of the range is read through the GIN index; left to itself
            // the planner may walk the primary key backwards, thinking the count can stop early.
            command.CommandText = string.Create(CultureInfo.InvariantCulture,
                $"WITH m AS MATERIALIZED (SELECT id FROM publication_search WHERE document @@ '{literal}'::tsquery AND id >= {start} AND id < {end}) "
                + $"SELECT id, (SELECT count(*) FROM m) FROM m ORDER BY id DESC LIMIT {window - ids.Count}");
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                var first = true;
                while (await reader.ReadAsync(cancellationToken))
                {
                    ids.Add(reader.GetInt64(0));
                    matches += first ? reader.GetInt64(1) : 0;
                    first = false;
                }
            }

            read += end - start;
            end = start;
        }

        return (ids, matches, read);
    }

    /// <summary>Where the block of 2^level ids holding id end−1 starts, or the block before it when less than half of the first lies below <paramref name="end"/>.</summary>
    private static long BlockStart(long end, int level)
    {
        var start = ((end - 1) >> level) << level;
        return end - start < (1L << level) / 2 && start > 0 ? start - (1L << level) : start;
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

    /// <summary>
    /// The next index number sequence of an agency and year, counted in the database in the current
    /// transaction (one upsert, so two publications at once can never get the same number and a
    /// number given out is never given again).
    /// </summary>
    public static Task<long> NextSequenceAsync(this GongkaiDbContext db, int agencyId, int year, CancellationToken cancellationToken = default) =>
        NextCounterAsync(db, "index_counters", agencyId, year, cancellationToken);

    /// <summary>
    /// The next number of a per-agency, per-year counter table (<c>index_counters</c>, <c>letter_counters</c>):
    /// one upsert, so two callers at once never get the same number.
    /// </summary>
    internal static async Task<long> NextCounterAsync(GongkaiDbContext db, string table, int agencyId, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var command = await CommandAsync(db, cancellationToken);
        command.CommandText =
            $"INSERT INTO {table} (\"AgencyId\", \"Year\", \"Last\") VALUES (@agency, @year, 1) "
            + $"ON CONFLICT (\"AgencyId\", \"Year\") DO UPDATE SET \"Last\" = {table}.\"Last\" + 1 RETURNING \"Last\"";
        Add(command, "agency", agencyId);
        Add(command, "year", year);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>The filter tokens of an item: agency, genre, year of publication and validity.</summary>
    public static IEnumerable<string> Facets(Publication item)
    {
        ArgumentNullException.ThrowIfNull(item);
        yield return AgencyFacet(item.AgencyId);
        yield return GenreFacet(item.Genre);
        if (item.PublishedOn is DateOnly published)
        {
            yield return YearFacet(published.Year);
        }

        yield return ValidityFacet(item.Validity);
    }

    private static string AgencyFacet(int agency) => string.Create(CultureInfo.InvariantCulture, $"a{agency}");

    private static string GenreFacet(Genre genre) => "g" + genre.ToString().ToLowerInvariant();

    private static string YearFacet(int year) => string.Create(CultureInfo.InvariantCulture, $"y{year}");

    private static string ValidityFacet(ValidityState validity) => "v" + validity.ToString().ToLowerInvariant();

    /// <summary>
    /// A tsvector literal built here rather than by to_tsvector, so that PostgreSQL's parser and
    /// locale never re-split the pairs: title pairs with positions and weight A, document number B,
    /// body D; the title's tokens again with <see cref="SearchText.TitleMarker"/>; the filter tokens
    /// and block tokens with '@', which no text token can contain.
    /// </summary>
    public static string TsVector(Publication item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = new StringBuilder();
        var position = 0;
        void Add(string source, string weight)
        {
            foreach (var token in SearchText.Tokens(source).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                position = Math.Min(position + 1, 16383);
                text.Append('\'').Append(token).Append("':").Append(position.ToString(CultureInfo.InvariantCulture)).Append(weight).Append(' ');
            }
        }

        Add(item.Title, "A");
        Add(item.DocumentNumber, "B");
        Add(item.BodyText, "");
        foreach (var token in SearchText.Tokens(item.Title).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct())
        {
            text.Append('\'').Append(SearchText.TitleMarker).Append(token).Append("' ");
        }

        foreach (var facet in Facets(item))
        {
            text.Append("'@").Append(facet).Append("' ");
        }

        foreach (var level in BlockLevels)
        {
            text.Append(CultureInfo.InvariantCulture, $"'@b{level}:{item.Id >> level}' ");
        }

        return text.ToString();
    }

    private static async Task<DbCommand> CommandAsync(GongkaiDbContext db, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private static DbParameter Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
