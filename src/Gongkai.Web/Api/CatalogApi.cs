using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Data.Catalog;
using Gongkai.Reports.Model;
using Gongkai.Web.Catalog;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Api;

/// <summary>
/// The catalog: staff endpoints under /api/catalog (cookie sign-in, antiforgery header as the
/// desk API), public search and items under /api/portal/catalog, and each agency's Atom feed.
/// </summary>
public static class CatalogApi
{
    public sealed record ItemView(
        long Id, int AgencyId, string IndexNumber, string Title, string IssuingAgency, string DocumentNumber, DateOnly WrittenOn, DateOnly? PublishedOn,
        string Topic, Genre Genre, string Summary, string Body, ValidityState Validity, DateOnly? EffectiveOn, DateOnly? EndedOn, long? RepealedById,
        long? InterpretsId, DisclosureMode Mode, string ModeBasis, string ModeReason, DateOnly ModeReviewedOn, PublicationState State, int ReviewLevel, int Revision,
        IReadOnlyList<HistoryView> History);

    public sealed record HistoryView(int Revision, string Change, DateTimeOffset At, string Note, string Title);

    public sealed record ReviewInput(ReviewAction Action, string? Note);

    public sealed record CorrectionInput(PublicationForm Form, string? Note);

    public sealed record ModeInput(DisclosureMode Mode, string? Basis, string? Reason);

    public sealed record FiguresInput(int? Licensing, int? Penalty, int? Coercion, decimal? FeesTenThousandYuan);

    public sealed record SearchView(string Query, int Total, bool TotalIsEstimate, int Ranked, int Page, IReadOnlyList<SearchItem> Results);

    public sealed record SearchItem(long Id, int AgencyId, string AgencyName, string IndexNumber, string Title, string TitleHtml, string SnippetHtml, string DocumentNumber, string Genre, DateOnly? PublishedOn, string Validity, bool TitleMatch);

    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/api/catalog").WithTags("Catalog").RequireStaff().DisableAntiforgery()
            .AddEndpointFilter(DeskApi.ValidateAntiforgery);
        staff.MapGet("/items", List);
        staff.MapPost("/items", Create);
        staff.MapGet("/items/{id:long}", Get);
        staff.MapPut("/items/{id:long}", Update);
        staff.MapPost("/items/{id:long}/review", Review);
        staff.MapPost("/items/{id:long}/correction", Correct);
        staff.MapPost("/items/{id:long}/mode", ReviewMode);
        staff.MapGet("/ledger", Ledger);
        staff.MapGet("/section2/{year:int}", Section2);
        staff.MapPut("/figures/{year:int}", SaveFigures);
        staff.MapPost("/figures/{year:int}/import", ImportFigures);

        var portal = app.MapGroup("/api/portal/catalog").WithTags("Portal catalog").AllowAnonymous();
        portal.MapGet("/search", Search);
        app.MapGet("/portal/{agencyId:int}/feed.atom", Feed).WithTags("Portal catalog").AllowAnonymous();
        return app;
    }

    public static ItemView View(Publication p) => new(
        p.Id, p.AgencyId, p.IndexNumber, p.Title, p.IssuingAgency, p.DocumentNumber, p.WrittenOn, p.PublishedOn, p.Topic, p.Genre, p.Summary, p.Body,
        p.Validity, p.EffectiveOn, p.EndedOn, p.RepealedById, p.InterpretsId, p.Mode, p.ModeBasis, p.ModeReason, p.ModeReviewedOn, p.State, p.ReviewLevel, p.Revision,
        p.History.OrderBy(h => h.At).Select(h => new HistoryView(h.Revision, h.Change, h.At, h.Note, h.Title)).ToList());

    public static async Task<Results<Ok<List<CatalogLine>>, UnauthorizedHttpResult>> List(PublicationState? state, AgencyScope scope, GongkaiDbContext db, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var query = db.Publications.AsNoTracking().Where(p => staff.VisibleAgencies.Contains(p.AgencyId));
        if (state is PublicationState s)
        {
            query = query.Where(p => p.State == s);
        }

        return TypedResults.Ok(await query.OrderByDescending(p => p.Id).Take(200)
            .Select(p => new CatalogLine(p.Id, p.AgencyId, p.IndexNumber, p.Title, p.DocumentNumber, p.Genre, p.Topic, p.PublishedOn, p.Validity)).ToListAsync(cancellationToken));
    }

    public static async Task<Results<Created<ItemView>, ValidationProblem, Conflict<ProblemDetails>, UnauthorizedHttpResult>> Create(
        PublicationForm form, AgencyScope scope, CatalogDesk desk, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var result = await desk.CreateAsync(staff, form, cancellationToken);
        return result switch
        {
            { Errors: { } errors } => Invalid(errors),
            { Refusal: { } refusal } => TypedResults.Conflict(Problems.Refused(refusal)),
            _ => TypedResults.Created($"/api/catalog/items/{result.Item!.Id}", View(result.Item)),
        };
    }

    public static async Task<Results<Ok<ItemView>, NotFound<ProblemDetails>, UnauthorizedHttpResult>> Get(long id, AgencyScope scope, CatalogDesk desk, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var item = await desk.FindAsync(staff, id, cancellationToken, withHistory: true);
        return item is null ? TypedResults.NotFound(Problems.NotFound("没有这条目录信息。")) : TypedResults.Ok(View(item));
    }

    public static async Task<Results<Ok<ItemView>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>, UnauthorizedHttpResult>> Update(
        long id, PublicationForm form, AgencyScope scope, CatalogDesk desk, CancellationToken cancellationToken) =>
        await Outcome(scope, staff => desk.UpdateAsync(staff, id, form, cancellationToken), cancellationToken);

    public static async Task<Results<Ok<ItemView>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>, UnauthorizedHttpResult>> Review(
        long id, ReviewInput input, AgencyScope scope, CatalogDesk desk, CancellationToken cancellationToken) =>
        await Outcome(scope, staff => desk.ActAsync(staff, id, input.Action, input.Note, cancellationToken), cancellationToken);

    public static async Task<Results<Ok<ItemView>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>, UnauthorizedHttpResult>> Correct(
        long id, CorrectionInput input, AgencyScope scope, CatalogDesk desk, CancellationToken cancellationToken) =>
        await Outcome(scope, staff => desk.CorrectAsync(staff, id, input.Form, input.Note, cancellationToken), cancellationToken);

    public static async Task<Results<Ok<ItemView>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>, UnauthorizedHttpResult>> ReviewMode(
        long id, ModeInput input, AgencyScope scope, CatalogDesk desk, CancellationToken cancellationToken) =>
        await Outcome(scope, staff => desk.ReviewModeAsync(staff, id, input.Mode, input.Basis, input.Reason, cancellationToken), cancellationToken);

    /// <summary>The disclosure-mode ledger: every item; with stale=true only those not reviewed within a year.</summary>
    public static async Task<Results<Ok<List<LedgerLine>>, UnauthorizedHttpResult>> Ledger(bool? stale, AgencyScope scope, GongkaiDbContext db, CatalogDesk desk, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        return TypedResults.Ok(await LedgerLine.QueryAsync(db, staff, stale == true ? desk.Today.AddYears(-1) : null, cancellationToken));
    }

    public static async Task<Results<Ok<ActiveDisclosure>, UnauthorizedHttpResult>> Section2(int year, int? agencyId, AgencyScope scope, CatalogDesk desk, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        if (agencyId is int other && !staff.Sees(other))
        {
            return TypedResults.Unauthorized();
        }

        return TypedResults.Ok(await desk.Section2Async(agencyId ?? staff.AgencyId, year, cancellationToken));
    }

    public static async Task<Results<NoContent, ValidationProblem, UnauthorizedHttpResult>> SaveFigures(int year, FiguresInput input, AgencyScope scope, CatalogDesk desk, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var errors = CatalogDesk.FiguresErrors(year, input.Licensing, input.Penalty, input.Coercion, input.FeesTenThousandYuan, desk.Today.Year);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        await desk.SaveFiguresAsync(staff, new DecisionFigures
        {
            AgencyId = staff.AgencyId, Year = year, Licensing = input.Licensing, Penalty = input.Penalty, Coercion = input.Coercion, FeesTenThousandYuan = input.FeesTenThousandYuan,
        }, "录入", cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<FiguresInput>, ValidationProblem, UnauthorizedHttpResult>> ImportFigures(int year, IFormFile file, AgencyScope scope, CatalogDesk desk, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var import = await desk.ImportFiguresAsync(staff, file, year, cancellationToken);
        if (import.Figures is null)
        {
            return Invalid(new Dictionary<string, string[]> { ["File"] = [.. import.Errors] });
        }

        var f = import.Figures;
        return TypedResults.Ok(new FiguresInput(f.Licensing, f.Penalty, f.Coercion, f.FeesTenThousandYuan));
    }

    public static async Task<Results<Ok<SearchView>, ValidationProblem>> Search(
        string? q, int? agency, Genre? genre, int? year, ValidityState? validity, int? page, int? pageSize, PortalCatalog catalog, CancellationToken cancellationToken)
    {
        if (SearchText.Terms(q).Count == 0)
        {
            return Invalid(new Dictionary<string, string[]> { ["q"] = ["请输入要检索的字词。"] });
        }

        var result = await catalog.SearchAsync(new CatalogQuery(q, agency, genre, year, validity, page ?? 1, pageSize ?? PortalCatalog.PageSize), cancellationToken);
        return TypedResults.Ok(new SearchView(result.Query, result.Total, result.TotalIsEstimate, result.Ranked, result.Page, result.Results.Select(r => new SearchItem(
            r.Line.Id, r.Line.AgencyId, r.AgencyName, r.Line.IndexNumber, r.Line.Title, r.TitleHtml, r.SnippetHtml, r.Line.DocumentNumber, r.Line.GenreLabel, r.Line.PublishedOn, r.Line.ValidityLabel, r.TitleMatch)).ToList()));
    }

    public static async Task<Results<FileContentHttpResult, NotFound<ProblemDetails>>> Feed(int agencyId, HttpContext http, PortalCatalog catalog, CancellationToken cancellationToken)
    {
        var agency = await catalog.AgencyAsync(agencyId, cancellationToken);
        if (agency is null)
        {
            return TypedResults.NotFound(Problems.NotFound("没有这个行政机关。"));
        }

        var items = await catalog.NewestAsync(agencyId, 20, cancellationToken);
        return TypedResults.File(AtomFeed.Write(agency, items, $"{http.Request.Scheme}://{http.Request.Host}"), "application/atom+xml; charset=utf-8");
    }

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "填写有误。", type: Problems.ValidationType);

    private static async Task<Results<Ok<ItemView>, NotFound<ProblemDetails>, ValidationProblem, Conflict<ProblemDetails>, UnauthorizedHttpResult>> Outcome(
        AgencyScope scope, Func<Staff, Task<CatalogResult>> operation, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var result = await operation(staff);
        return result switch
        {
            { Item: null } => TypedResults.NotFound(Problems.NotFound("没有这条目录信息。")),
            { Errors: { } errors } => Invalid(errors),
            { Refusal: { } refusal } => TypedResults.Conflict(Problems.Refused(refusal)),
            _ => TypedResults.Ok(View(result.Item)),
        };
    }
}
