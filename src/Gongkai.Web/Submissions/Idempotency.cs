using System.Security.Cryptography;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.Data.Desk;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Submissions;

/// <summary>
/// Makes a submission happen once: a page's one-time form token or the API's <c>Idempotency-Key</c>
/// header is claimed in the database before the request is created, in the same transaction, so a reload,
/// a double click or a client's retry gets the first acknowledgement back and creates nothing. The
/// acknowledgement (which holds the query code) is kept protected, and forgotten after a day.
/// </summary>
public sealed class Idempotency(GongkaiDbContext db, IDataProtectionProvider protection, TimeProvider clock)
{
    /// <summary>How long a key is remembered.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(1);

    /// <summary>The longest key accepted (the header's value).</summary>
    public const int MaxKeyLength = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IDataProtector _protector = protection.CreateProtector("Gongkai.Submissions.Acknowledgement");

    /// <summary>A fresh one-time token for a form.</summary>
    public static string NewToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>The acknowledgement already given under <paramref name="key"/>, or null.</summary>
    public async Task<string?> ReplayAsync(string key, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime - Window;
        var record = await db.IdempotencyKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Key == key, cancellationToken);
        return record is { Response: { } response } && record.CreatedAt >= since ? _protector.Unprotect(response) : null;
    }

    /// <summary>The result first given under <paramref name="key"/>, or the default when there is none.</summary>
    public async Task<T?> FindAsync<T>(string key, CancellationToken cancellationToken) =>
        await ReplayAsync(key, cancellationToken) is { } json ? JsonSerializer.Deserialize<T>(json, Json) : default;

    /// <summary>
    /// Runs <paramref name="create"/> once for <paramref name="key"/> and returns what it returned; a second
    /// call with the key returns the first result (kept as JSON, protected) and creates nothing.
    /// </summary>
    public async Task<T> OnceAsync<T>(string key, Func<Task<T>> create, Func<T, long> requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(requestId);
        key = key.Length > MaxKeyLength + 20 ? key[..(MaxKeyLength + 20)] : key;
        if (await ReplayAsync(key, cancellationToken) is { } earlier)
        {
            return JsonSerializer.Deserialize<T>(earlier, Json)!;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = new IdempotencyRecord { Key = key, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.IdempotencyKeys.Add(record);
        try
        {
            // The claim: a concurrent submission with the same key waits here (PostgreSQL) or on the
            // database lock (SQLite) and then fails on the key.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var replay = await ReplayAsync(key, cancellationToken) ?? throw new InvalidOperationException("An idempotency key was claimed but not completed.");
            return JsonSerializer.Deserialize<T>(replay, Json)!;
        }

        var result = await create();
        record.RequestId = requestId(result);
        record.Response = _protector.Protect(JsonSerializer.Serialize(result, Json));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Forgets keys older than <see cref="Window"/>; run by the background job.</summary>
    public Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime - Window;
        return db.IdempotencyKeys.Where(k => k.CreatedAt < before).ExecuteDeleteAsync(cancellationToken);
    }
}
