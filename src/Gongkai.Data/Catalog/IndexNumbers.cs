using System.Globalization;
using static Gongkai.Data.AdoCommands;

namespace Gongkai.Data.Catalog;

/// <summary>The counter behind catalog index numbers (索引号), one per agency and year.</summary>
public static class IndexNumbers
{
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

}
