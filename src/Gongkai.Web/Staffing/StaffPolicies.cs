using System.Globalization;
using System.Security.Claims;
using Gongkai.Core.Agencies;
using Gongkai.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Staffing;

/// <summary>
/// Who may reach what. Pages get it from their folder, API endpoints from their group, so no page
/// or handler checks sign-in by hand; <c>EveryEndpointTests</c> fails when a staff route is left open.
/// </summary>
public static class StaffPolicies
{
    /// <summary>Signed-in staff with an agency and a role: the default policy.</summary>
    public const string Staff = "Staff";

    public const string Administrator = "Administrator";

    /// <summary>The agency's Head (负责人): the catalog's settings and topic tree.</summary>
    public const string Head = "Head";

    /// <summary>Any page under /Admin: an Administrator or a Head; each page narrows it further.</summary>
    public const string AdminPages = "AdminPages";

    /// <summary>The folders of staff pages; everything else (portal, sign-in, error) is public.</summary>
    public static readonly IReadOnlyList<string> StaffFolders = ["/Desk", "/Reports", "/Catalog", "/Admin"];

    public static void AddStaffAuthorization(this IServiceCollection services)
    {
        var staff = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .RequireClaim(Web.Staffing.Staff.AgencyClaim)
            .RequireClaim(Web.Staffing.Staff.RoleClaim)
            .Build();
        services.AddAuthorizationBuilder()
            .AddPolicy(Staff, staff)
            .SetDefaultPolicy(staff)
            .AddPolicy(Administrator, p => p.Combine(staff).RequireClaim(Web.Staffing.Staff.RoleClaim, nameof(StaffRole.Administrator)))
            .AddPolicy(Head, p => p.Combine(staff).RequireClaim(Web.Staffing.Staff.RoleClaim, nameof(StaffRole.Head)))
            .AddPolicy(AdminPages, p => p.Combine(staff).RequireClaim(Web.Staffing.Staff.RoleClaim, nameof(StaffRole.Administrator), nameof(StaffRole.Head)));
    }

    /// <summary>Every page in a staff folder needs staff; policies add up for the admin pages.</summary>
    public static void AuthorizeStaffFolders(this PageConventionCollection conventions)
    {
        foreach (var folder in StaffFolders)
        {
            conventions.AuthorizeFolder(folder, Staff);
        }

        // Staff and notice templates are the Administrator's, the catalog's settings and topic tree (/Admin/Catalog) the agency Head's.
        conventions.AuthorizeFolder("/Admin", AdminPages);
        conventions.AuthorizePage("/Admin/Staff", Administrator);
        conventions.AuthorizePage("/Admin/Templates", Administrator);
        conventions.AuthorizePage("/Admin/Calendar", Administrator);
        conventions.AuthorizePage("/Admin/Letters", Administrator);
        conventions.AuthorizeFolder("/Admin/Catalog", Head);
    }

    /// <summary>A group of staff endpoints: the staff policy for all of them.</summary>
    public static RouteGroupBuilder RequireStaff(this RouteGroupBuilder group) => group.RequireAuthorization(Staff);
}

/// <summary>Puts the staff member's agency, role and display name in the sign-in cookie.</summary>
public sealed class StaffClaimsFactory(UserManager<StaffUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Web.Staffing.Staff.AgencyClaim, user.AgencyId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(Web.Staffing.Staff.RoleClaim, user.Role.ToString()));
        identity.AddClaim(new Claim(Web.Staffing.Staff.NameClaim, user.DisplayName));
        return identity;
    }
}
