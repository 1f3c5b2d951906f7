using Gongkai.Data.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Gongkai.Data.Catalog;

/// <summary>
/// A host's cache of ranked search windows (docs/search.md, "Many searches at once"). The public
/// asks the same questions at once — a word in the news, a filter on this year — and a window costs
/// PostgreSQL several GIN lookups and a heap visit per match; from the cache it costs one read of the
/// index generation. A window is reused only while the generation it was computed at is still the
/// database's (read from the same database the search reads, the replica when one is configured), so
/// a cached result is never older than the index it would read: results are exactly the uncached ones.
/// </summary>
public static class SearchWindowCache
{
    /// <summary>How many windows a host keeps (each at most 600 ids: about 10 kB), least recently used first out.</summary>
    public const int Capacity = 20_000;

    private static readonly MemoryCache Windows = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>Off for measuring the uncached path (setting Search:Cache=false).</summary>
    public static bool Enabled { get; set; } = true;

    internal sealed record Window(long Generation, IReadOnlyList<CatalogHit> Ranked, int Total, bool Estimate);

    internal static async Task<long> GenerationAsync(GongkaiDbContext db, CancellationToken cancellationToken) =>
        await db.Set<SearchIndexGeneration>().AsNoTracking()
            .Where(g => g.Id == SearchIndexGeneration.Row).Select(g => g.Value).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Moves the generation, in the caller's transaction: every change to the index calls it.</summary>
    public static Task AdvanceAsync(GongkaiDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("UPDATE search_index_generation SET \"Value\" = \"Value\" + 1 WHERE \"Id\" = 1", cancellationToken);

    internal static string Key(GongkaiDbContext db, IReadOnlyList<Gongkai.Core.Catalog.SearchTerm> terms, IEnumerable<string> facets) =>
        string.Join('\u001f', [db.Database.GetConnectionString() ?? "", string.Join(' ', terms.Select(t => t.Prefix ? t.Text + "*" : t.Text)), .. facets]);

    internal static Window? Find(string key, long generation) =>
        Enabled && Windows.TryGetValue(key, out Window? window) && window!.Generation == generation ? window : null;

    internal static void Keep(string key, Window window)
    {
        if (Enabled)
        {
            Windows.Set(key, window, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        }
    }
}
