using System.Data.Common;
using System.Globalization;
using System.Text;
using Gongkai.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

using static Gongkai.Data.AdoCommands;

namespace Gongkai.Data.Catalog;

/// <summary>The SQLite FTS5 dialect of a search: the windows of matches to rank.</summary>
public static partial class CatalogSearch
{
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
}
