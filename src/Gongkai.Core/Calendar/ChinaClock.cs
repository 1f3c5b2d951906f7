namespace Gongkai.Core.Calendar;

/// <summary>
/// The one "today": legal dates (receipt, due dates, publication) are days in China (Asia/Shanghai),
/// whatever the server's or the clerk's machine zone. Every service and command asks here.
/// </summary>
public static class ChinaClock
{
    /// <summary>Asia/Shanghai; UTC+8 without daylight saving since 1991, used when the system has no time-zone data.</summary>
    public static readonly TimeZoneInfo Zone = FindZone();

    /// <summary>Today in China by <paramref name="clock"/>.</summary>
    /// <param name="clock">The installation's clock (a fake one in tests).</param>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }

    /// <summary>The day in China of an instant.</summary>
    /// <param name="at">The instant, in any offset.</param>
    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
