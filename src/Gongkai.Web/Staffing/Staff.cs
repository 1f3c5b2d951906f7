using System.Security.Claims;
using Gongkai.Core.Agencies;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Gongkai.Web.Staffing;

/// <summary>The signed-in staff member and the agencies whose data they may see.</summary>
public sealed record Staff(string UserId, string Name, int AgencyId, StaffRole Role, IReadOnlySet<int> VisibleAgencies)
{
    public const string AgencyClaim = "gongkai:agency";
    public const string RoleClaim = "gongkai:role";
    public const string NameClaim = "gongkai:name";

    public bool Sees(int agencyId) => VisibleAgencies.Contains(agencyId);
}

/// <summary>
/// The one place that decides what a staff member may see: every desk query starts from
/// <see cref="Requests"/> (Administrators: their agency and the agencies below it; others: their own).
/// </summary>
public sealed class AgencyScope(GongkaiDbContext db, IMemoryCache cache, IHttpContextAccessor http)
{
    /// <summary>
    /// The signed-in staff member. Only staff pages and endpoints call it, and the
    /// <see cref="StaffPolicies.Staff"/> policy has let only staff with agency and role claims reach them.
    /// </summary>
    public async Task<Staff> StaffAsync(CancellationToken cancellationToken = default) =>
        await CurrentAsync(cancellationToken)
        ?? throw new InvalidOperationException("A staff page or endpoint was reached without the staff policy.");

    /// <summary>The signed-in staff member, or null when the caller is not staff.</summary>
    private async Task<Staff?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var user = http.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true
            || !int.TryParse(user.FindFirstValue(Staff.AgencyClaim), out var agencyId)
            || !Enum.TryParse<StaffRole>(user.FindFirstValue(Staff.RoleClaim), out var role))
        {
            return null;
        }

        var tree = await TreeAsync(cancellationToken);
        return new Staff(
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            user.FindFirstValue(Staff.NameClaim) ?? user.Identity.Name ?? "",
            agencyId,
            role,
            tree.VisibleTo(agencyId, role));
    }

    public async Task<AgencyTree> TreeAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync("agency-tree", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            return new AgencyTree(await db.Agencies.AsNoTracking().ToListAsync(cancellationToken));
        }))!;

    /// <summary>The requests the staff member may see.</summary>
    public IQueryable<DisclosureRequest> Requests(Staff staff) => db.Requests.Where(r => staff.VisibleAgencies.Contains(r.AgencyId));
}
