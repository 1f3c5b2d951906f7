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
    public static async Task<long> NextSequenceAsync(this GongkaiDbContext db, int agencyId, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var command = await CommandAsync(db, cancellationToken);
        command.CommandText =
            "INSERT INTO index_counters (\"AgencyId\", \"Year\", \"Last\") VALUES (@agency, @year, 1) "
            + "ON CONFLICT (\"AgencyId\", \"Year\") DO UPDATE SET \"Last\" = index_counters.\"Last\" + 1 RETURNING \"Last\"";
        Add(command, "agency", agencyId);
        Add(command, "year", year);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

}
