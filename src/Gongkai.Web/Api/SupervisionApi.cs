using Gongkai.Reports.Formats.Xlsx;
using Gongkai.Reports.Rollup;
using Gongkai.Web.Staffing;
using Gongkai.Web.Supervision;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Api;

/// <summary>The supervising office's downloads: the table of subordinates' reports (XLSX) and the roll-up (JSON, XLSX).</summary>
public static class SupervisionApi
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapSupervisionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/supervision").WithTags("Supervision").RequireStaff().RequireAuthorization(StaffPolicies.SupervisingOffice);
        api.MapGet("/{agencyId:int}/{year:int}/table.xlsx", DownloadTable);
        api.MapGet("/{agencyId:int}/{year:int}/rollup.json", DownloadRollupJson);
        api.MapGet("/{agencyId:int}/{year:int}/rollup.xlsx", DownloadRollupXlsx);
        return app;
    }

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>>> DownloadTable(
        int agencyId, int year, string? sort, AgencyScope scope, SupervisionDesk desk, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        if (await desk.SupervisedAsync(staff, agencyId, cancellationToken) is not var (owner, subordinates))
        {
            return TypedResults.NotFound(OutOfScope);
        }

        var rows = await desk.TableAsync(owner, subordinates, year, sort, cancellationToken);
        return TypedResults.File(SupervisionDesk.TableWorkbookOf(rows, year), Xlsx, $"{owner.Name}-{year}-下级机关年度报告.xlsx");
    }

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>>> DownloadRollupJson(
        int agencyId, int year, AgencyScope scope, SupervisionDesk desk, CancellationToken cancellationToken)
    {
        var (owner, rollup) = await RollupAsync(agencyId, year, scope, desk, cancellationToken);
        return rollup is null ? TypedResults.NotFound(OutOfScope)
            : TypedResults.File(System.Text.Encoding.UTF8.GetBytes(RollupJson.ToJson(rollup)), "application/json", $"{owner}-{year}-汇总.json");
    }

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>>> DownloadRollupXlsx(
        int agencyId, int year, AgencyScope scope, SupervisionDesk desk, CancellationToken cancellationToken)
    {
        var (owner, rollup) = await RollupAsync(agencyId, year, scope, desk, cancellationToken);
        if (rollup is null)
        {
            return TypedResults.NotFound(OutOfScope);
        }

        using var stream = new MemoryStream();
        TableWorkbook.WriteRollup(rollup, stream);
        return TypedResults.File(stream.ToArray(), Xlsx, $"{owner}-{year}-汇总.xlsx");
    }

    private static async Task<(string? Owner, RollupResult? Rollup)> RollupAsync(
        int agencyId, int year, AgencyScope scope, SupervisionDesk desk, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        if (await desk.SupervisedAsync(staff, agencyId, cancellationToken) is not var (owner, subordinates))
        {
            return (null, null);
        }

        return (owner.Name, await desk.RollupAsync(owner, subordinates, year, cancellationToken));
    }

    private static readonly ProblemDetails OutOfScope = Problems.NotFound("没有这个机关，或它没有下级机关，或不在您的范围内。");
}
