using Gongkai.Web.Desk;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Gongkai.Web.Api;
using Gongkai.Web.Security;

namespace Gongkai.Web.Pages.Portal;

/// <summary>The applicant's status page: steps, dates, deadline, notices and reply to download.</summary>
[EnableRateLimiting(AbuseLimits.Lookup)]
public sealed class StatusModel(GongkaiDbContext db, CaseDesk desk, QueryCodeGuard guard) : PageModel
{
    public sealed record StatusInput
    {
        public string? TrackingNumber { get; set; }

        public string? QueryCode { get; set; }
    }

    [BindProperty]
    public StatusInput Input { get; set; } = new();

    public RequestStatus? Status { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (request, retryAfter) = await guard.FindAsync(desk, Input.TrackingNumber, Input.QueryCode, cancellationToken);
        if (retryAfter is { } wait)
        {
            PortalApi.TooManyTries(HttpContext, wait);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        Status = request is null ? null : await RequestStatus.OfAsync(request, db, desk, cancellationToken);
        if (Status is null)
        {
            ModelState.AddModelError(nameof(Input), "申请编号或查询码不正确。");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDownloadAsync(long documentId, CancellationToken cancellationToken)
    {
        var (request, retryAfter) = await guard.FindAsync(desk, Input.TrackingNumber, Input.QueryCode, cancellationToken);
        if (retryAfter is { } wait)
        {
            PortalApi.TooManyTries(HttpContext, wait);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        var document = request is null ? null : await desk.DocumentAsync(request.Id, documentId, applicantOnly: true, cancellationToken);
        return document is null ? NotFound() : File(document.Content, document.ContentType, document.FileName);
    }
}
