using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Gongkai.Data.Desk;
using Gongkai.Web.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Calendar;

/// <summary>A case whose due date changed when a year's schedule was loaded.</summary>
public sealed record DueChange(long RequestId, string TrackingNumber, DateOnly? Before, bool BeforeEstimated, DateOnly? After, bool AfterEstimated);

/// <summary>The outcome of loading a year: the problems that refused it, or the cases recomputed.</summary>
public sealed record CalendarLoad(IReadOnlyList<string> Problems, IReadOnlyList<DueChange> Changes)
{
    public bool Loaded => Problems.Count == 0;
}

/// <summary>
/// Loading a new year's State Council schedule from the browser: the notice's text as pasted, or the JSON
/// that <c>gongkai calendar load</c> takes. The year is checked (dates in the year, holidays on weekdays,
/// make-up days on weekends, every statutory holiday off, no more make-up days than holidays), stored,
/// audit-logged, and every open case's due date recomputed.
/// </summary>
public sealed class CalendarDesk(GongkaiDbContext db, CalendarSource source, AuditLog audit, TimeProvider clock)
{
    /// <summary>From this day of the year on, administrators are warned while next year's schedule is missing.</summary>
    public static readonly (int Month, int Day) WarnFrom = (11, 1);

    /// <summary>The warning for <paramref name="today"/>, or null.</summary>
    public string? MissingNextYear(DateOnly today) =>
        today >= new DateOnly(today.Year, WarnFrom.Month, WarnFrom.Day) && !source.Current.HasSchedule(today.Year + 1)
            ? $"尚未载入{today.Year + 1}年国务院节假日安排：{today.Year + 1}年的期限暂按法定节假日推算。国务院办公厅通知发布后，请在“工作日日历”中载入。"
            : null;

    /// <summary>Reads, checks and stores <paramref name="year"/>'s schedule from <paramref name="text"/> (notice text or JSON).</summary>
    public async Task<CalendarLoad> LoadAsync(Staff staff, int year, string text, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (year is < WorkdayCalendar.FirstYear or > WorkdayCalendar.LastYear)
        {
            return new CalendarLoad([$"年份应在{WorkdayCalendar.FirstYear}至{WorkdayCalendar.LastYear}之间。"], []);
        }

        var read = text.TrimStart().StartsWith('{') ? WorkdayCalendar.FromJson(text) : HolidayNotice.Parse(year, text);
        if (read.Calendar?.Schedule(year) is not { } schedule)
        {
            return new CalendarLoad(read.Problems.Count > 0 ? read.Problems.Select(p => p.Message).ToList() : [$"文件中没有{year}年的安排。"], []);
        }

        var problems = schedule.Validate().Concat(schedule.CheckAgainstStatute()).Select(p => p.Message).ToList();
        if (problems.Count > 0)
        {
            audit.Record(staff, "CalendarRefused", null, $"{year}: {string.Join("；", problems)}");
            await db.SaveChangesAsync(cancellationToken);
            return new CalendarLoad(problems, []);
        }

        var json = WorkdayCalendar.Unscheduled.WithYear(schedule).ToJson();
        var row = await db.CalendarYears.FirstOrDefaultAsync(y => y.Year == year, cancellationToken);
        if (row is null)
        {
            db.CalendarYears.Add(new CalendarYearRecord { Year = year, Json = json, LoadedAt = clock.GetUtcNow(), LoadedBy = staff.Name });
        }
        else
        {
            row.Json = json;
            row.LoadedAt = clock.GetUtcNow();
            row.LoadedBy = staff.Name;
        }

        audit.Record(staff, "CalendarLoaded", null, $"{year}: {schedule.Holidays.Count} holidays, {schedule.Workdays.Count} make-up workdays");
        await db.SaveChangesAsync(cancellationToken);
        await source.RefreshAsync(db, cancellationToken);
        var changes = await RecomputeAsync(source.Current, today, cancellationToken);
        audit.Record(staff, "DeadlinesRecomputed", null, $"{year}: {changes.Count} cases changed");
        await db.SaveChangesAsync(cancellationToken);
        return new CalendarLoad([], changes);
    }

    /// <summary>Recomputes every open case on <paramref name="calendar"/>; returns those whose due date or estimate changed.</summary>
    public async Task<IReadOnlyList<DueChange>> RecomputeAsync(WorkdayCalendar calendar, DateOnly today, CancellationToken cancellationToken)
    {
        var changes = new List<DueChange>();
        var open = await db.Requests.Include(r => r.Steps).Where(r => r.IsOpen).ToListAsync(cancellationToken);
        foreach (var request in open)
        {
            var (before, beforeEstimated) = (request.DueOn, request.DueEstimated);
            if (CaseRow.Refresh(request, calendar, today))
            {
                changes.Add(new DueChange(request.Id, request.TrackingNumber, before, beforeEstimated, request.DueOn, request.DueEstimated));
                request.Version++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return changes;
    }
}
