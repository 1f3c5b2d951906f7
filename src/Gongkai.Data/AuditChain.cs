using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>
/// The audit log as a hash chain. Entries are written unsealed in the transaction of the change
/// they record; <see cref="SealAsync"/> then gives each, in the order of their ids, the next
/// sequence number and HMAC-SHA256(key, previous hash | fields) — one sealer at a time (an
/// immediate transaction on SQLite, an advisory lock on PostgreSQL; a unique index on the sequence
/// turns any race into an error, never a fork). <see cref="VerifyAsync"/> recomputes the chain: an
/// edited entry, a deleted one (a gap) or one inserted by hand all break it. The key comes from
/// <see cref="DataKeys"/>, outside the database, so whoever edits the database cannot re-seal it.
/// Truncating the newest entries is found only against a head hash kept elsewhere (the command
/// prints it).
/// </summary>
public static class AuditChain
{
    /// <summary>A place where the chain is broken.</summary>
    public sealed record Break(long? Sequence, long EntryId, string Reason);

    /// <summary>Seals every unsealed entry; returns how many.</summary>
    public static async Task<int> SealAsync(GongkaiDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await db.Audit.AnyAsync(a => a.Hash == null, cancellationToken))
        {
            return 0;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await BeginExclusiveAsync(db, cancellationToken);
            var last = await db.Audit.AsNoTracking().Where(a => a.Sequence != null).OrderByDescending(a => a.Sequence)
                .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(cancellationToken);
            var sequence = last?.Sequence ?? 0;
            var previous = last?.Hash ?? "";
            var pending = await db.Audit.Where(a => a.Hash == null).OrderBy(a => a.Id).ToListAsync(cancellationToken);
            foreach (var entry in pending)
            {
                entry.Sequence = ++sequence;
                entry.Hash = Compute(previous, entry);
                previous = entry.Hash;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return pending.Count;
        });
    }

    /// <summary>Every break in the chain, in order; empty when intact. Also returns the head (the newest hash).</summary>
    public static async Task<(IReadOnlyList<Break> Breaks, long Count, string? Head)> VerifyAsync(GongkaiDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var breaks = new List<Break>();
        var previous = "";
        long expected = 1, count = 0;
        long? lastId = null;
        await foreach (var entry in db.Audit.AsNoTracking().Where(a => a.Sequence != null).OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            count++;
            if (entry.Sequence != expected)
            {
                breaks.Add(new Break(entry.Sequence, entry.Id, $"entries {expected}–{entry.Sequence - 1} are missing"));
            }

            if (lastId is { } before && entry.Id <= before)
            {
                breaks.Add(new Break(entry.Sequence, entry.Id, "out of order"));
            }

            if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(previous, entry)), Encoding.ASCII.GetBytes(entry.Hash ?? "")))
            {
                breaks.Add(new Break(entry.Sequence, entry.Id, "content or hash changed"));
            }

            previous = entry.Hash ?? "";
            expected = entry.Sequence!.Value + 1;
            lastId = entry.Id;
        }

        // An entry older than the newest sealed one but not sealed was stripped of its seal by hand.
        if (lastId is { } newest && await db.Audit.AnyAsync(a => a.Hash == null && a.Id < newest, cancellationToken))
        {
            var stripped = await db.Audit.Where(a => a.Hash == null && a.Id < newest).Select(a => a.Id).ToListAsync(cancellationToken);
            breaks.AddRange(stripped.Select(id => new Break(null, id, "seal removed")));
        }

        return (breaks, count, count == 0 ? null : previous);
    }

    private static string Compute(string previous, AuditEntry e)
    {
        var text = string.Join('\u001f',
            previous,
            e.Sequence?.ToString(CultureInfo.InvariantCulture),
            e.Id.ToString(CultureInfo.InvariantCulture),
            e.At.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.UserId ?? "",
            e.UserName,
            e.AgencyId?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.RequestId?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.PublicationId?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.Action,
            e.Detail);
        return Convert.ToHexString(HMACSHA256.HashData(DataKeys.Current.Audit, Encoding.UTF8.GetBytes(text)));
    }

    private static async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginExclusiveAsync(GongkaiDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(1534)", cancellationToken);
            return transaction;
        }

        // SQLite: take the write lock now, so two sealers never read the same head.
        var sqlite = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"Sequence\" = \"Sequence\" WHERE 0", cancellationToken);
        return sqlite;
    }
}
