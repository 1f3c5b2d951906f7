using Gongkai.Core.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Desk;

/// <summary>The working-day calendar of an installation: the shipped schedule and the years loaded since.</summary>
public static class CalendarYears
{
    /// <summary>The shipped calendar with every loaded year merged in (a loaded year replaces a shipped one).</summary>
    public static async Task<WorkdayCalendar> CalendarAsync(this GongkaiDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var calendar = WorkdayCalendar.Default;
        foreach (var row in await db.CalendarYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync(cancellationToken))
        {
            // Stored years were checked when loaded; one that no longer reads is skipped, not fatal.
            if (WorkdayCalendar.FromJson(row.Json).Calendar is { } year)
            {
                calendar = calendar.Merge(year);
            }
        }

        return calendar;
    }

    /// <summary>When a year was last loaded, to tell whether a cached calendar is stale; null before any load.</summary>
    public static async Task<DateTimeOffset?> LastLoadedAsync(this GongkaiDbContext db, CancellationToken cancellationToken = default)
    {
        // A few rows at most (one a year); SQLite cannot aggregate DateTimeOffset in SQL.
        var loads = await db.CalendarYears.AsNoTracking().Select(y => y.LoadedAt).ToListAsync(cancellationToken);
        return loads.Count == 0 ? null : loads.Max();
    }
}
