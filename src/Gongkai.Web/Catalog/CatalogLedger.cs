using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Web.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Catalog;

/// <summary>A line of the disclosure-mode ledger.</summary>
public sealed record LedgerLine(long Id, string IndexNumber, string Title, DisclosureMode Mode, string ModeBasis, string ModeReason, DateOnly ModeReviewedOn, PublicationState State)
{
    public static Task<List<LedgerLine>> QueryAsync(GongkaiDbContext db, Staff staff, DateOnly? reviewedBefore, CancellationToken cancellationToken)
    {
        var query = db.Publications.AsNoTracking().Where(p => staff.VisibleAgencies.Contains(p.AgencyId));
        if (reviewedBefore is DateOnly before)
        {
            query = query.Where(p => p.ModeReviewedOn < before);
        }

        return query.OrderBy(p => p.ModeReviewedOn).ThenBy(p => p.Id).Take(500)
            .Select(p => new LedgerLine(p.Id, p.IndexNumber, p.Title, p.Mode, p.ModeBasis, p.ModeReason, p.ModeReviewedOn, p.State)).ToListAsync(cancellationToken);
    }
}
