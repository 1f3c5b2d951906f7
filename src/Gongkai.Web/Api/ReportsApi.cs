using Gongkai.Data;
using Gongkai.Reports.Formats;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
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
        var api = app.MapGroup("/api/reports").WithTags("Reports").RequireStaff();
        api.MapGet("/section3/{agencyId:int}/{year:int}", GetSection3);
        api.MapGet("/section3/{agencyId:int}/{year:int}/download/{format}", DownloadSection3);
        return app;
    }

    public static async Task<Results<Ok<Section3Source.Table>, NotFound<ProblemDetails>, UnauthorizedHttpResult>> GetSection3(
        int agencyId, int year, AgencyScope scope, CaseDesk desk, GongkaiDbContext db, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var report = await Section3Source.ForStaffAsync(staff, agencyId, year, desk, db, cancellationToken);
        return report is null ? TypedResults.NotFound(OutOfScope) : TypedResults.Ok(Section3Source.ToTable(report, agencyId));
    }

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>, UnauthorizedHttpResult>> DownloadSection3(
        int agencyId, int year, string format, AgencyScope scope, CaseDesk desk, GongkaiDbContext db, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        if (!Enum.TryParse<OutputFormat>(format, ignoreCase: true, out var output) || output == OutputFormat.Html)
        {
            return TypedResults.NotFound(Problems.NotFound("只能下载 docx、xlsx 或 json 格式。"));
        }

        var report = await Section3Source.ForStaffAsync(staff, agencyId, year, desk, db, cancellationToken);
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
        return TypedResults.File(Section3Source.Write(report, output), contentType, $"{report.Agency}-{year}-三.{output.Extension()}");
    }

    private static readonly ProblemDetails OutOfScope = Problems.NotFound("没有这个行政机关或年度，或不在您的范围内。");
}
