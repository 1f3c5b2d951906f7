using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Platform;

/// <summary>
/// Lets background work (closing lapsed periods, reminders) run on one web host at a time when several
/// share the database: on PostgreSQL a session-level advisory lock, held on its own connection for as
/// long as the lease lives and released by the server if the host dies. SQLite is one host's file, so
/// the lease is always granted there.
/// </summary>
public sealed class HostLease : IAsyncDisposable
{
    private readonly DbConnection? connection;
    private readonly long key;

    private HostLease(DbConnection? connection, long key)
    {
        this.connection = connection;
        this.key = key;
    }

    /// <summary>
    /// Takes the lease named <paramref name="job"/> if no other host holds it; null when one does
    /// (the caller skips this round). Dispose to release it.
    /// </summary>
    public static async Task<HostLease?> TryAcquireAsync(GongkaiDbContext db, string job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(job);
        var key = Key(job);
        if (!db.Database.IsNpgsql())
        {
            return new HostLease(null, key);
        }

        // Its own connection: the context's may be returned to the pool between statements, and a
        // session lock must stay with the session that took it.
        var connection = new Npgsql.NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pg_try_advisory_lock(@key)";
        command.Parameters.AddWithValue("key", key);
        if (await command.ExecuteScalarAsync(cancellationToken) is true)
        {
            return new HostLease(connection, key);
        }

        await connection.DisposeAsync();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is null)
        {
            return;
        }

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT pg_advisory_unlock(" + key.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
            await command.ExecuteScalarAsync();
        }

        await connection.DisposeAsync();
    }

    // A stable 64-bit key per job name (FNV-1a over its UTF-8 bytes; string.GetHashCode differs per process).
    private static long Key(string job)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes("gongkai:" + job))
        {
            hash = unchecked((hash ^ b) * 1099511628211UL);
        }

        return unchecked((long)hash);
    }
}
