using Gongkai.Core.Requests;
using Gongkai.Data;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Gongkai.Web.Submissions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Api;

/// <summary>The applicant's API: agencies, submitting a request, following it. Anonymous.</summary>
public static class PortalApi
{
    public sealed record AgencyItem(int Id, string Name, int? ParentId, string Level);

    public sealed record Acknowledgement(long Id, string TrackingNumber, string QueryCode, DateOnly ReceivedOn, DateOnly? DueOn, bool DueEstimated, string State);

    public static IEndpointRouteBuilder MapPortalApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/portal").WithTags("Portal").AllowAnonymous().DisableAntiforgery();
        api.MapGet("/agencies", ListAgencies);
        api.MapPost("/agencies/{agencyId:int}/requests", Submit);
        api.MapGet("/requests/{trackingNumber}", Status);
        api.MapGet("/requests/{trackingNumber}/documents/{documentId:long}", Download);
        return app;
    }

    public static async Task<Ok<List<AgencyItem>>> ListAgencies(GongkaiDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Agencies.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new AgencyItem(a.Id, a.Name, a.ParentId, a.Level.ToString())).ToListAsync(cancellationToken));

    public static async Task<Results<Created<Acknowledgement>, NotFound<ProblemDetails>, ValidationProblem>> Submit(
        int agencyId, RequestForm form, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, AgencyScope scope, CaseDesk desk, Idempotency idempotency, CancellationToken cancellationToken)
    {
        if ((await scope.TreeAsync(cancellationToken)).Find(agencyId) is null)
        {
            return TypedResults.NotFound(Problems.NotFound("没有这个行政机关。"));
        }

        var errors = CaseDesk.Validate(form);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "申请表填写有误。", type: Problems.ValidationType);
        }

        async Task<Acknowledgement> SubmitAsync()
        {
            var (request, code) = await desk.SubmitAsync(agencyId, form, ReceiptChannel.Online, null, [], null, cancellationToken);
            return new Acknowledgement(request.Id, request.TrackingNumber, code, request.ReceivedOn, request.DueOn, request.DueEstimated, request.State.ChineseLabel());
        }

        // A retry with the same Idempotency-Key gets the first acknowledgement back, and nothing is created.
        var acknowledgement = string.IsNullOrWhiteSpace(idempotencyKey)
            ? await SubmitAsync()
            : await idempotency.OnceAsync($"portal:{agencyId}:{idempotencyKey.Trim()}", SubmitAsync, a => a.Id, cancellationToken);
        return TypedResults.Created($"/api/portal/requests/{acknowledgement.TrackingNumber}", acknowledgement);
    }

    public static async Task<Results<Ok<RequestStatus>, NotFound<ProblemDetails>>> Status(
        string trackingNumber, string? code, GongkaiDbContext db, CaseDesk desk, CancellationToken cancellationToken)
    {
        var status = await RequestStatus.FindAsync(trackingNumber, code, db, desk, cancellationToken);
        return status is null ? TypedResults.NotFound(Problems.NotFound("申请编号或查询码不正确。")) : TypedResults.Ok(status);
    }

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>>> Download(
        string trackingNumber, long documentId, string? code, CaseDesk desk, CancellationToken cancellationToken)
    {
        var request = await desk.FindForApplicantAsync(trackingNumber, code, cancellationToken);
        var document = request is null ? null : await desk.DocumentAsync(request.Id, documentId, applicantOnly: true, cancellationToken);
        return document is null
            ? TypedResults.NotFound(Problems.NotFound("没有这个文书。"))
            : TypedResults.File(document.Content, document.ContentType, document.FileName);
    }
}
