using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Gongkai.Web.Calendar;
using Gongkai.Web.Staffing;
using Gongkai.Web.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Jobs;

/// <summary>
/// The desk's background work, every minute on every host: pick up a calendar loaded elsewhere, close
/// the cases whose correction, fee or consultation period lapsed, forget old idempotency keys. Safe on
/// several hosts: each case is saved with its version as a condition (optimistic concurrency), so a
/// period is closed once and the host that loses the race skips it.
/// </summary>
public sealed class DeskJob(IServiceScopeFactory scopes, CalendarSource calendar, TimeProvider clock, ILogger<DeskJob> log) : BackgroundService
{
    /// <summary>How often the job runs.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Real time between runs, whatever clock tells the date (tests move theirs by days).
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                log.LogError(e, "The desk job failed; it runs again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One run; returns the cases closed or moved on.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        await calendar.RefreshAsync(db, cancellationToken);
        var today = ChinaClock.Today(clock);
        var ids = await db.Requests.AsNoTracking()
            .Where(r => r.IsOpen && (r.State == CaseState.AwaitingCorrection || r.State == CaseState.AwaitingFee || r.State == CaseState.Consulting) && r.DueOn < today)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var moved = 0;
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            var request = await db.Requests.Include(r => r.Steps).FirstAsync(r => r.Id == id, cancellationToken);
            if (!CaseRow.Refresh(request, calendar.Current, today))
            {
                continue;
            }

            request.Version++;
            audit.Record(null, "Lapsed", request.Id, $"{request.TrackingNumber} → {request.State} {request.Outcome}", request.AgencyId);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                moved++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another host (or a clerk) changed the case first; it is no longer ours to close.
            }
        }

        await scope.ServiceProvider.GetRequiredService<Idempotency>().PurgeAsync(cancellationToken);
        return moved;
    }
}
