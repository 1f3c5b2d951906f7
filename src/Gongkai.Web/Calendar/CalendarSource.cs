using Gongkai.Core.Calendar;
using Gongkai.Data;
using Gongkai.Data.Desk;

namespace Gongkai.Web.Calendar;

/// <summary>
/// The installation's working-day calendar, held in memory: the shipped schedule and the years loaded
/// into the database. A load on this host replaces it at once; other hosts pick the load up within a
/// minute (<see cref="RefreshAsync"/>, run by the background job).
/// </summary>
public sealed class CalendarSource
{
    private volatile WorkdayCalendar _current = WorkdayCalendar.Default;
    private DateTimeOffset? _lastLoaded;

    /// <summary>The calendar to count with now.</summary>
    public WorkdayCalendar Current => _current;

    /// <summary>Reads the loaded years again when one was loaded since the last read.</summary>
    public async Task RefreshAsync(GongkaiDbContext db, CancellationToken cancellationToken)
    {
        var last = await db.LastLoadedAsync(cancellationToken);
        if (last != _lastLoaded)
        {
            _current = await db.CalendarAsync(cancellationToken);
            _lastLoaded = last;
        }
    }
}
