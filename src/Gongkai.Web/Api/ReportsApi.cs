using Gongkai.Data;
using Gongkai.Web.Desk;
using Gongkai.Web.Reporting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Api;

/// <summary>Section 三 of the annual report, computed from the cases, for agencies in the caller's scope.</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization();
        api.MapGet("/section3/{agencyId:int}/{year:int}", GetSection3);
        return app;
    }

    public static async Task<Results<Ok<Section3Source.Table>, NotFound<ProblemDetails>, UnauthorizedHttpResult>> GetSection3(
        int agencyId, int year, AgencyScope scope, GongkaiDbContext db, CancellationToken cancellationToken)
    {
        var staff = await scope.CurrentAsync(cancellationToken);
        if (staff is null)
        {
            return TypedResults.Unauthorized();
        }

        if (!staff.Sees(agencyId) || year is < 2008 or > 2100)
        {
            return TypedResults.NotFound(Problems.NotFound("没有这个行政机关或年度，或不在您的范围内。"));
        }

        var name = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => a.Name).FirstAsync(cancellationToken);
        var counts = await Section3Source.CountAsync(db, agencyId, year, cancellationToken);
        return TypedResults.Ok(Section3Source.ToTable(counts, agencyId, name));
    }
}
