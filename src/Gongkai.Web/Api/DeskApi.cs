using Gongkai.Core.Requests;
using Gongkai.Web.Desk;
using Gongkai.Web.SignOff;
using Gongkai.Web.Submissions;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Api;

/// <summary>
/// The desk's API for staff (cookie sign-in). Unsafe methods need the antiforgery token in the
/// X-CSRF-TOKEN header (GET /api/desk/antiforgery gives it). Every query goes through <see cref="AgencyScope"/>.
/// </summary>
public static class DeskApi
{
    public sealed record RegisterInput(RequestForm Form, ReceiptChannel Channel, DateOnly? ReceivedOn);

    public sealed record Registered(long Id, string TrackingNumber, string QueryCode, DateOnly ReceivedOn, DateOnly? DueOn, bool DueEstimated);

    public sealed record Token(string HeaderName, string Value);

    public static IEndpointRouteBuilder MapDeskApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/desk").WithTags("Desk").RequireStaff().DisableAntiforgery()
            .AddEndpointFilter(ValidateAntiforgery);
        api.MapGet("/antiforgery", IssueToken);
        api.MapGet("/inbox", ListInbox);
        api.MapGet("/requests/{id:long}", GetCase);
        api.MapPost("/requests", Register);
        api.MapPost("/requests/{id:long}/steps", TakeStep);
        api.MapGet("/requests/{id:long}/documents/{documentId:long}", Download);
        return app;
    }

    public static Ok<Token> IssueToken(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return TypedResults.Ok(new Token(tokens.HeaderName!, tokens.RequestToken!));
    }

    public static async Task<Results<Ok<IReadOnlyList<InboxItem>>, UnauthorizedHttpResult>> ListInbox(
        CaseState? state, string? clerk, int? page, AgencyScope scope, CaseDesk desk, Gongkai.Web.Office.OfficeDesk office, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        await desk.CloseLapsedAsync(staff, cancellationToken);
        return TypedResults.Ok(await Inbox.ListAsync(scope, staff, new InboxQuery(state, clerk, page ?? 1), desk.Today, desk.Calendar, cancellationToken, await office.DueSoonWindowAsync(staff.AgencyId, cancellationToken)));
    }

    public static async Task<Results<Ok<CaseView>, NotFound<ProblemDetails>, UnauthorizedHttpResult>> GetCase(
        long id, bool? unmasked, AgencyScope scope, CaseDesk desk, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var view = await desk.ViewAsync(staff, id, unmasked == true, cancellationToken);
        return view is null ? TypedResults.NotFound(Problems.NotFound("没有这个申请，或不在您的办理范围内。")) : TypedResults.Ok(view);
    }

    public static async Task<Results<Created<Registered>, ValidationProblem, UnauthorizedHttpResult>> Register(
        RegisterInput input, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, AgencyScope scope, CaseDesk desk, Idempotency idempotency, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var errors = CaseDesk.Validate(input.Form);
        if (input.Channel == ReceiptChannel.Online)
        {
            errors["Channel"] = ["网上申请由申请人在门户提交，请选择当面、邮寄或传真。"];
        }

        if (input.ReceivedOn is { } on && on > desk.Today)
        {
            errors["ReceivedOn"] = ["收到日期不能晚于今天。"];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "登记信息填写有误。", type: Problems.ValidationType);
        }

        async Task<Registered> RegisterAsync()
        {
            var (request, code) = await desk.SubmitAsync(staff.AgencyId, input.Form, input.Channel, input.ReceivedOn, [], staff, cancellationToken);
            return new Registered(request.Id, request.TrackingNumber, code, request.ReceivedOn, request.DueOn, request.DueEstimated);
        }

        var registered = string.IsNullOrWhiteSpace(idempotencyKey)
            ? await RegisterAsync()
            : await idempotency.OnceAsync($"desk:{staff.UserId}:{idempotencyKey.Trim()}", RegisterAsync, r => r.Id, cancellationToken);
        return TypedResults.Created($"/api/desk/requests/{registered.Id}", registered);
    }

    public static async Task<Results<Ok<StepView>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, UnauthorizedHttpResult>> TakeStep(
        long id, StepForm form, AgencyScope scope, CaseDesk desk, CancellationToken cancellationToken)
    {
        if (SignOffDesk.NeedsSignOff(form.Kind))
        {
            return TypedResults.Conflict(Problems.Refused("该文书须经签发：请起草（POST /api/desk/requests/{id}/drafts）后由审核人或负责人签批。"));
        }

        var staff = await scope.StaffAsync(cancellationToken);
        var result = await desk.TakeStepAsync(staff, id, form, cancellationToken);
        if (result.NotFound)
        {
            return TypedResults.NotFound(Problems.NotFound("没有这个申请，或不在您的办理范围内。"));
        }

        return result.Step is { } step ? TypedResults.Ok(StepView.From(step)) : TypedResults.Conflict(Problems.Refused(result.Refusal!));
    }

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>, UnauthorizedHttpResult>> Download(
        long id, long documentId, AgencyScope scope, CaseDesk desk, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var request = await desk.FindAsync(staff, id, cancellationToken);
        var document = request is null ? null : await desk.DocumentAsync(id, documentId, applicantOnly: false, cancellationToken);
        return document is null
            ? TypedResults.NotFound(Problems.NotFound("没有这个文书，或不在您的办理范围内。"))
            : TypedResults.File(document.Content, document.ContentType, document.FileName);
    }

    internal static async ValueTask<object?> ValidateAntiforgery(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return TypedResults.Problem(title: "请求缺少有效的防伪令牌（X-CSRF-TOKEN）。", statusCode: StatusCodes.Status400BadRequest, type: "https://gongkai.example/problems/antiforgery");
            }
        }

        return await next(context);
    }
}
