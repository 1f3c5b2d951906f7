using Gongkai.Core.Appeals;
using Gongkai.Core.Catalog;
using Gongkai.Core.Reports;
using Gongkai.Core.Requests;
using Gongkai.Reports.Formats.Json;
using Gongkai.Reports.Model;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Reports;

/// <summary>
/// An agency's annual report on a year, composed from what the database holds: the catalog and entered
/// figures (二), the desk's requests (三), the register (四), the workspace's prose and opening figures,
/// and the desk's fee notices (六). The one entry point for the workspace, the supervising office's
/// roll-up and the benchmark. Scoping is the caller's: this reads whatever agency it is given.
/// </summary>
public static class ReportComposition
{
    /// <summary>Composes the report of <paramref name="agencyId"/> on <paramref name="year"/>; null when there is no such agency.</summary>
    public static async Task<ComposedReport?> ComposeAsync(GongkaiDbContext db, int agencyId, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var name = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return null;
        }

        return ReportComposer.Compose(await InputsAsync(db, agencyId, name, year, cancellationToken));
    }

    /// <summary>Everything the composer needs, read in a handful of queries.</summary>
    public static async Task<ReportInputs> InputsAsync(GongkaiDbContext db, int agencyId, string agencyName, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);

        var catalog = await db.Publications.AsNoTracking()
            .Where(p => p.AgencyId == agencyId && (p.Genre == Genre.Regulation || p.Genre == Genre.NormativeDocument) && p.WrittenOn <= last)
            .Select(p => new CatalogFacts(p.Genre, p.WrittenOn, p.PublishedOn, p.Validity, p.EffectiveOn, p.EndedOn,
                p.State == PublicationState.Published || p.State == PublicationState.Withdrawn || p.Mode != DisclosureMode.Proactive))
            .ToListAsync(cancellationToken);
        int published = await db.Publications.AsNoTracking()
            .CountAsync(p => p.AgencyId == agencyId && p.Mode == DisclosureMode.Proactive && p.PublishedOn >= first && p.PublishedOn <= last, cancellationToken);
        var figures = await db.DecisionFigures.AsNoTracking().FirstOrDefaultAsync(f => f.AgencyId == agencyId && f.Year == year, cancellationToken);

        // Section 三 needs, of each request, only its column, whether it is new or carried over, and its
        // outcome if closed within the year: grouped in the database, a few hundred rows instead of 100,000.
        var requests = await db.Requests.AsNoTracking()
            .Where(r => r.AgencyId == agencyId && r.ReceivedOn <= last && (r.ClosedOn == null || r.ClosedOn >= first))
            .GroupBy(r => new { r.Applicant.Kind, New = r.ReceivedOn >= first, Closed = r.ClosedOn != null && r.ClosedOn <= last, r.Outcome })
            .Select(g => new { g.Key.Kind, g.Key.New, g.Key.Closed, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var appeals = await db.AppealCases.AsNoTracking()
            .Where(a => a.AgencyId == agencyId && a.FiledOn <= last && (a.DecidedOn == null || a.DecidedOn >= first))
            .Select(a => new { a.Kind, a.FiledOn, a.DecidedOn, a.Disposition, a.CoDefendantOnly })
            .ToListAsync(cancellationToken);

        var feeSteps = await (from s in db.Steps.AsNoTracking()
                              join r in db.Requests on s.RequestId equals r.Id
                              where r.AgencyId == agencyId && (s.Kind == StepKind.FeeNoticed || s.Kind == StepKind.FeePaid)
                                  && s.On >= first.AddYears(-1)
                              select new { s.RequestId, s.Kind, s.On, s.Amount, s.Id })
            .ToListAsync(cancellationToken);

        var draft = await db.ReportDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.AgencyId == agencyId && d.Year == year, cancellationToken);
        var entered = await db.EnteredFigures.AsNoTracking().Where(f => f.AgencyId == agencyId && f.Year == year).OrderBy(f => f.Id)
            .Select(f => new OpeningFigure(f.Cell, f.Value, f.Reason)).ToListAsync(cancellationToken);

        return new ReportInputs
        {
            Agency = agencyName,
            Year = year,
            Catalog = catalog,
            PublishedItems = published,
            Figures = figures,
            Requests = [.. requests.SelectMany(r => Enumerable.Repeat(
                new CaseFacts(r.Kind, r.New ? first : first.AddDays(-1), r.Closed ? last : null, r.Outcome is null ? null : ReplyOutcomes.FromKey(r.Outcome)), r.Count))],
            Appeals = [.. appeals.Select(a => new AppealFacts(a.Kind, a.FiledOn, a.DecidedOn, a.Disposition?.Result(), a.CoDefendantOnly))],
            Fees = Fees(feeSteps.Select(s => (s.RequestId, s.Id, s.Kind, s.On, s.Amount))),
            Prose = draft?.Prose ?? new ReportProse(),
            OpeningFigures = entered,
        };
    }

    /// <summary>Pairs each request's fee notices with the payment that followed the last of them.</summary>
    private static List<FeeFacts> Fees(IEnumerable<(long RequestId, long Id, StepKind Kind, DateOnly On, decimal? Amount)> steps)
    {
        var result = new List<FeeFacts>();
        foreach (var request in steps.GroupBy(s => s.RequestId))
        {
            var ordered = request.OrderBy(s => s.On).ThenBy(s => s.Id).ToList();
            for (int k = 0; k < ordered.Count; k++)
            {
                if (ordered[k].Kind != StepKind.FeeNoticed)
                {
                    continue;
                }

                var paid = k + 1 < ordered.Count && ordered[k + 1].Kind == StepKind.FeePaid ? ordered[k + 1].On : (DateOnly?)null;
                result.Add(new FeeFacts(ordered[k].On, ordered[k].Amount ?? 0, paid));
            }
        }

        return result;
    }

    /// <summary>
    /// The report the cross-year rules compare with: the latest version published for the year before,
    /// from Gongkai or uploaded; null when there is none.
    /// </summary>
    public static async Task<AnnualReport?> PreviousAsync(GongkaiDbContext db, int agencyId, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var json = await db.PublishedReports.AsNoTracking()
            .Where(r => r.AgencyId == agencyId && r.Year == year - 1)
            .OrderByDescending(r => r.Version)
            .Select(r => r.Json)
            .FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : ReportJson.Read(json).Report;
    }
}
