using Gongkai.Core.Requests;
using Gongkai.Data.Catalog;

namespace Gongkai.Data.Desk;

/// <summary>发文字号 from a per-agency, per-year sequence kept in the database.</summary>
public static class LetterNumbers
{
    /// <summary>
    /// The next 发文字号 of <paramref name="agencyId"/> for <paramref name="year"/>. Safe under concurrency
    /// (one upsert, in the caller's transaction): a number printed is never given again; a number taken
    /// in a transaction that rolls back is released with it, never having been printed.
    /// </summary>
    public static async Task<DocumentNumber> NextAsync(this GongkaiDbContext db, int agencyId, string prefix, int year, CancellationToken cancellationToken = default)
    {
        var sequence = await IndexNumbers.NextCounterAsync(db, "letter_counters", agencyId, year, cancellationToken);
        return new DocumentNumber(prefix, year, checked((int)sequence));
    }
}
