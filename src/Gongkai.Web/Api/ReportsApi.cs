using Gongkai.Data;
using Gongkai.Reports.Formats;
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
        api.MapGet("/section3/{agencyId:int}/{year:int}/download/{format}", DownloadSection3);
        return app;
    }

    public static async Task<Results<Ok<Section3Source.Table>, NotFound<ProblemDetails>, UnauthorizedHttpResult>> GetSection3(
        int agencyId, int year, AgencyScope scope, CaseDesk desk, GongkaiDbContext db, CancellationToken cancellationToken)
    {
        var staff = await scope.CurrentAsync(cancellationToken);
        if (staff is null)
        {
            return TypedResults.Unauthorized();
        }

        var report = await ReportAsync(staff, agencyId, year, desk, db, cancellationToken);
        return report is null ? TypedResults.NotFound(OutOfScope) : TypedResults.Ok(Section3Source.ToTable(report, agencyId));
    }

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>, ProblemHttpResult, UnauthorizedHttpResult>> DownloadSection3(
        int agencyId, int year, string format, AgencyScope scope, CaseDesk desk, GongkaiDbContext db, CancellationToken cancellationToken)
    {
        var staff = await scope.CurrentAsync(cancellationToken);
        if (staff is null)
        {
            return TypedResults.Unauthorized();
        }

        if (!Enum.TryParse<OutputFormat>(format, ignoreCase: true, out var output) || output == OutputFormat.Html)
        {
            return TypedResults.NotFound(Problems.NotFound("只能下载 docx、xlsx 或 json 格式。"));
        }

        var report = await ReportAsync(staff, agencyId, year, desk, db, cancellationToken);
        if (report is null)
        {
            return TypedResults.NotFound(OutOfScope);
        }

        var contentType = output switch
        {
            OutputFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            OutputFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            _ => "application/json",
        };
        try
        {
            return TypedResults.File(Section3Source.Write(report, output), contentType, $"{report.Agency}-{year}-三.{output.Extension()}");
        }
        catch (NotSupportedException)
        {
            // The report engine's writer for this format is not there yet.
            return TypedResults.Problem(title: $"暂不支持导出{output.Extension().ToUpperInvariant()}格式。", statusCode: StatusCodes.Status501NotImplemented, type: "https://gongkai.example/problems/format-not-supported");
        }
    }

    private static readonly ProblemDetails OutOfScope = Problems.NotFound("没有这个行政机关或年度，或不在您的范围内。");

    /// <summary>Section 三 of an agency in the staff member's scope, after closing the requests whose periods lapsed.</summary>
    internal static async Task<Gongkai.Reports.Model.AnnualReport?> ReportAsync(Staff staff, int agencyId, int year, CaseDesk desk, GongkaiDbContext db, CancellationToken cancellationToken)
    {
        if (!staff.Sees(agencyId) || year is < 2008 or > 2100)
        {
            return null;
        }

        await desk.CloseLapsedAsync(staff, cancellationToken);
        var name = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => a.Name).FirstAsync(cancellationToken);
        return await Section3Source.ReportAsync(db, agencyId, name, year, cancellationToken);
    }
}
