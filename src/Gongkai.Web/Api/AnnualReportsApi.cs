using Gongkai.Data;
using Gongkai.Reports.Formats;
using Gongkai.Reports.Formats.Json;
using Gongkai.Web.Reporting;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Api;

/// <summary>
/// The annual report workspace and the register for staff (under /api/reports, staff only; unsafe
/// methods need the antiforgery token as the desk's API does), and the published reports for the
/// public (under /api/portal). Drafts and the register never reach the public side.
/// </summary>
public static class AnnualReportsApi
{
    /// <summary>The workspace as JSON: state, deadline, findings, entered figures, steps, and the report in canonical JSON.</summary>
    public sealed record Workspace(WorkspaceView View, System.Text.Json.JsonElement Report);

    public sealed record Created(long Id);

    public sealed record PublishedReport(int AgencyId, int Year, int Version, DateOnly PublishedOn, string CorrectionNote, System.Text.Json.JsonElement Report);

    public static IEndpointRouteBuilder MapAnnualReportsApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/reports").WithTags("Reports").RequireStaff().DisableAntiforgery()
            .AddEndpointFilter(DeskApi.ValidateAntiforgery);
        staff.MapGet("/workspace/{agencyId:int}/{year:int}", GetWorkspace);
        staff.MapGet("/workspace/{agencyId:int}/{year:int}/download/{format}", DownloadDraft);
        staff.MapPost("/workspace/{agencyId:int}/{year:int}/steps", TakeStep);
        staff.MapGet("/register/{agencyId:int}", ListRegister);
        staff.MapPost("/register/{agencyId:int}", RecordCase);
        staff.MapGet("/register/cases/{id:long}", GetCase);
        staff.MapPut("/register/cases/{id:long}", UpdateCase);

        var portal = app.MapGroup("/api/portal/reports").WithTags("Portal").AllowAnonymous().DisableAntiforgery();
        portal.MapGet("/{agencyId:int}", ListPublished);
        portal.MapGet("/{agencyId:int}/{year:int}", GetPublished);
        portal.MapGet("/{agencyId:int}/{year:int}/download/{format}", DownloadPublished);
        return app;
    }

    private static readonly ProblemDetails OutOfScope = Problems.NotFound("没有这个行政机关或年度，或不在您的范围内。");

    public static async Task<Results<Ok<Workspace>, NotFound<ProblemDetails>>> GetWorkspace(
        int agencyId, int year, AgencyScope scope, ReportDesk reports, CancellationToken cancellationToken)
    {
        var view = await reports.LoadAsync(await scope.StaffAsync(cancellationToken), agencyId, year, cancellationToken);
        return view is null ? TypedResults.NotFound(OutOfScope)
            : TypedResults.Ok(new Workspace(view, System.Text.Json.JsonDocument.Parse(ReportJson.ToJson(view.Report, view.Findings)).RootElement));
    }

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>>> DownloadDraft(
        int agencyId, int year, string format, AgencyScope scope, ReportDesk reports, CancellationToken cancellationToken)
    {
        if (!TryFormat(format, out var output))
        {
            return TypedResults.NotFound(Problems.NotFound("只能下载 docx、xlsx 或 json 格式。"));
        }

        var view = await reports.LoadAsync(await scope.StaffAsync(cancellationToken), agencyId, year, cancellationToken);
        return view is null ? TypedResults.NotFound(OutOfScope)
            : TypedResults.File(Reporting.PublishedReports.Write(view.Report, output), Reporting.PublishedReports.ContentType(output), $"{view.AgencyName}{year}年度报告（草稿）.{output.Extension()}");
    }

    public static async Task<Results<NoContent, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> TakeStep(
        int agencyId, int year, ReportStepForm step, AgencyScope scope, ReportDesk reports, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        if (!staff.Sees(agencyId))
        {
            return TypedResults.NotFound(OutOfScope);
        }

        var refusal = await reports.StepAsync(staff, agencyId, year, step, cancellationToken);
        return refusal is null ? TypedResults.NoContent() : TypedResults.Conflict(Problems.Refused(refusal));
    }

    public static async Task<Results<Ok<IReadOnlyList<AppealView>>, NotFound<ProblemDetails>>> ListRegister(
        int agencyId, AgencyScope scope, AppealRegister register, CancellationToken cancellationToken)
    {
        var list = await register.ListAsync(await scope.StaffAsync(cancellationToken), agencyId, cancellationToken);
        return list is null ? TypedResults.NotFound(OutOfScope) : TypedResults.Ok(list);
    }

    public static async Task<Results<Created<Created>, NotFound<ProblemDetails>, ValidationProblem>> RecordCase(
        int agencyId, AppealForm form, AgencyScope scope, AppealRegister register, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        if (!staff.Sees(agencyId))
        {
            return TypedResults.NotFound(OutOfScope);
        }

        var (id, errors) = await register.CreateAsync(staff, agencyId, form, cancellationToken);
        return id is { } created ? TypedResults.Created($"/api/reports/register/cases/{created}", new Created(created))
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["form"] = [.. errors] }, title: "登记内容有误。", type: Problems.ValidationType);
    }

    public static async Task<Results<Ok<AppealView>, NotFound<ProblemDetails>>> GetCase(
        long id, AgencyScope scope, AppealRegister register, CancellationToken cancellationToken)
    {
        var found = await register.GetAsync(await scope.StaffAsync(cancellationToken), id, cancellationToken);
        return found is null ? TypedResults.NotFound(OutOfScope) : TypedResults.Ok(found);
    }

    public static async Task<Results<NoContent, NotFound<ProblemDetails>, ValidationProblem>> UpdateCase(
        long id, AppealForm form, AgencyScope scope, AppealRegister register, CancellationToken cancellationToken)
    {
        var errors = await register.UpdateAsync(await scope.StaffAsync(cancellationToken), id, form, cancellationToken);
        return errors is null ? TypedResults.NotFound(OutOfScope)
            : errors.Count == 0 ? TypedResults.NoContent()
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["form"] = [.. errors] }, title: "登记内容有误。", type: Problems.ValidationType);
    }

    public static async Task<Ok<IReadOnlyList<PublishedEntry>>> ListPublished(int agencyId, Reporting.PublishedReports published, CancellationToken cancellationToken) =>
        TypedResults.Ok(await published.ListAsync(agencyId, cancellationToken));

    public static async Task<Results<Ok<PublishedReport>, NotFound<ProblemDetails>>> GetPublished(
        int agencyId, int year, int? version, Reporting.PublishedReports published, CancellationToken cancellationToken)
    {
        var found = await published.GetAsync(agencyId, year, version, cancellationToken);
        return found is not { } f ? TypedResults.NotFound(Problems.NotFound("没有已发布的该年度报告。"))
            : TypedResults.Ok(new PublishedReport(agencyId, year, f.Entry.Version, f.Entry.PublishedOn, f.Entry.CorrectionNote,
                System.Text.Json.JsonDocument.Parse(ReportJson.ToJson(f.Report)).RootElement));
    }

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>>> DownloadPublished(
        int agencyId, int year, string format, int? version, Reporting.PublishedReports published, CancellationToken cancellationToken)
    {
        if (!TryFormat(format, out var output))
        {
            return TypedResults.NotFound(Problems.NotFound("只能下载 docx、xlsx 或 json 格式。"));
        }

        var found = await published.GetAsync(agencyId, year, version, cancellationToken);
        return found is not { } f ? TypedResults.NotFound(Problems.NotFound("没有已发布的该年度报告。"))
            : TypedResults.File(Reporting.PublishedReports.Write(f.Report, output), Reporting.PublishedReports.ContentType(output),
                $"{f.Report.Agency}{year}年度政府信息公开工作年度报告（第{f.Entry.Version}版）.{output.Extension()}");
    }

    private static bool TryFormat(string format, out OutputFormat output) =>
        Enum.TryParse(format, ignoreCase: true, out output) && output != OutputFormat.Html && Enum.IsDefined(output);
}
