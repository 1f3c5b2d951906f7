using Gongkai.Core.Requests;
using Gongkai.Core.Calendar;
using Gongkai.Web.Calendar;
using Gongkai.Web.Desk;
using Gongkai.Web.Office;
using Gongkai.Web.SignOff;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Api;

/// <summary>
/// The office's API for staff beside the desk's: sign-off of letters, disclosed documents, voiding and
/// duplicates, supervision, and (Administrators) loading a year's calendar. Same sign-in and
/// antiforgery rules as <see cref="DeskApi"/>.
/// </summary>
public static class OfficeApi
{
    /// <summary>A letter step to draft: the step form and what the letter needs beyond it.</summary>
    public sealed record DraftInput(StepForm Step, FeeMethod? FeeMethod, int? FeeQuantity, string? FeeReason, string? Withheld, string? ThirdParty);

    public sealed record Decision(string? Comment);

    public sealed record VoidInput(string? Reason, long? DuplicateOf);

    public sealed record CalendarInput(string? Text);

    public sealed record Approved(DraftView Draft, StepView? Step);

    public static IEndpointRouteBuilder MapOfficeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/desk").WithTags("Office").RequireStaff().DisableAntiforgery()
            .AddEndpointFilter(DeskApi.ValidateAntiforgery);
        api.MapPost("/requests/{id:long}/drafts", Draft);
        api.MapGet("/requests/{id:long}/drafts", ListDrafts);
        api.MapGet("/drafts", Waiting);
        api.MapPost("/drafts/{id:long}/approve", Approve);
        api.MapPost("/drafts/{id:long}/return", Return);
        api.MapPost("/requests/{id:long}/disclosed", AddDisclosed).DisableAntiforgery();
        api.MapPost("/requests/{id:long}/void", Void);
        api.MapGet("/supervision", Supervision);
        api.MapPost("/calendar/{year:int}", LoadCalendar).RequireAuthorization(StaffPolicies.Administrator);
        return app;
    }

    public static async Task<Results<Created<DraftView>, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> Draft(
        long id, DraftInput input, AgencyScope scope, SignOffDesk signOff, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var result = await signOff.DraftAsync(staff, id, input.Step, new DraftExtras(input.FeeMethod, input.FeeQuantity, input.FeeReason, input.Withheld, input.ThirdParty), cancellationToken);
        if (result.NotFound)
        {
            return TypedResults.NotFound(Problems.NotFound("没有这个申请，或不在您的办理范围内。"));
        }

        return result.Draft is { } draft
            ? TypedResults.Created($"/api/desk/requests/{id}/drafts", DraftView.From(draft))
            : TypedResults.Conflict(Problems.Refused(result.Refusal!));
    }

    public static async Task<Results<Ok<IReadOnlyList<DraftView>>, NotFound<ProblemDetails>>> ListDrafts(
        long id, AgencyScope scope, SignOffDesk signOff, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        return scope.Requests(staff).Any(r => r.Id == id)
            ? TypedResults.Ok(await signOff.DraftsAsync(id, cancellationToken))
            : TypedResults.NotFound(Problems.NotFound("没有这个申请，或不在您的办理范围内。"));
    }

    public static async Task<Ok<IReadOnlyList<DraftView>>> Waiting(AgencyScope scope, SignOffDesk signOff, CancellationToken cancellationToken) =>
        TypedResults.Ok(await signOff.WaitingForAsync(await scope.StaffAsync(cancellationToken), cancellationToken));

    public static Task<Results<Ok<Approved>, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> Approve(
        long id, Decision decision, AgencyScope scope, SignOffDesk signOff, CancellationToken cancellationToken) =>
        DecideAsync(scope, staff => signOff.ApproveAsync(staff, id, decision.Comment, cancellationToken), cancellationToken);

    public static Task<Results<Ok<Approved>, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> Return(
        long id, Decision decision, AgencyScope scope, SignOffDesk signOff, CancellationToken cancellationToken) =>
        DecideAsync(scope, staff => signOff.ReturnAsync(staff, id, decision.Comment, cancellationToken), cancellationToken);

    public static async Task<Results<Created<IReadOnlyList<long>>, NotFound<ProblemDetails>, ValidationProblem>> AddDisclosed(
        long id, IFormFileCollection files, AgencyScope scope, OfficeDesk office, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var (ids, error, notFound) = await office.AddDisclosedAsync(staff, id, files, cancellationToken);
        if (notFound)
        {
            return TypedResults.NotFound(Problems.NotFound("没有这个在办申请，或不在您的办理范围内。"));
        }

        return error is null
            ? TypedResults.Created($"/api/desk/requests/{id}", ids)
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["files"] = [error] }, title: "文件不符合要求。", type: Problems.ValidationType);
    }

    public static async Task<Results<NoContent, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> Void(
        long id, VoidInput input, AgencyScope scope, OfficeDesk office, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        return await office.VoidAsync(staff, id, input.Reason, input.DuplicateOf, cancellationToken) switch
        {
            null => TypedResults.NotFound(Problems.NotFound("没有这个申请，或不在您的办理范围内。")),
            "" => TypedResults.NoContent(),
            var refusal => TypedResults.Conflict(Problems.Refused(refusal)),
        };
    }

    public static async Task<Ok<IReadOnlyList<ClerkLoad>>> Supervision(AgencyScope scope, OfficeDesk office, CancellationToken cancellationToken) =>
        TypedResults.Ok(await office.SupervisionAsync(await scope.StaffAsync(cancellationToken), cancellationToken));

    public static async Task<Results<Ok<CalendarLoad>, ValidationProblem>> LoadCalendar(
        int year, CalendarInput input, AgencyScope scope, CalendarDesk calendar, TimeProvider clock, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var result = await calendar.LoadAsync(staff, year, input.Text ?? "", ChinaClock.Today(clock), cancellationToken);
        return result.Loaded
            ? TypedResults.Ok(result)
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = result.Problems.ToArray() }, title: "年度安排未载入。", type: Problems.ValidationType);
    }

    private static async Task<Results<Ok<Approved>, NotFound<ProblemDetails>, Conflict<ProblemDetails>>> DecideAsync(
        AgencyScope scope, Func<Staff, Task<SignOffResult>> decide, CancellationToken cancellationToken)
    {
        var result = await decide(await scope.StaffAsync(cancellationToken));
        if (result.NotFound)
        {
            return TypedResults.NotFound(Problems.NotFound("没有这个文书，或不在您的办理范围内。"));
        }

        return result.Draft is { } draft && result.Refusal is null
            ? TypedResults.Ok(new Approved(DraftView.From(draft), result.Step is { } step ? StepView.From(step) : null))
            : TypedResults.Conflict(Problems.Refused(result.Refusal!));
    }
}
