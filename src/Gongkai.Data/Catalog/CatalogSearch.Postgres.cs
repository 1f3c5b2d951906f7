using System.Data.Common;
using System.Globalization;
using System.Text;
using Gongkai.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

using static Gongkai.Data.AdoCommands;

namespace Gongkai.Data.Catalog;

/// <summary>The PostgreSQL dialect of a search: the newest matches read block by block from the GIN index.</summary>
public static partial class CatalogSearch
{
    // PostgreSQL: every item also carries one token per block level naming the aligned block of ids
    // it falls in ('@b12:244' = ids 244·4096 … 245·4096−1), so the newest matches can be read block
    // by block with the GIN index alone; GIN cannot return rows in id order, and reading every match
    // of a common word costs a heap visit each.
    private static readonly int[] BlockLevels = [12, 14, 16, 18, 20, 22, 24];

    // Fewer matches than this expected in the rest of the catalog: read the rest in one lookup.
    private const long SparseMatches = 1_000;

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
}
