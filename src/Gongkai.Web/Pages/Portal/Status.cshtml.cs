using Gongkai.Web.Desk;
using Gongkai.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Portal;

/// <summary>The applicant's status page: steps, dates, deadline, notices and reply to download.</summary>
public sealed class StatusModel(GongkaiDbContext db, CaseDesk desk) : PageModel
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
        Status = await RequestStatus.FindAsync(Input.TrackingNumber, Input.QueryCode, db, desk, cancellationToken);
        if (Status is null)
        {
            ModelState.AddModelError(nameof(Input), "申请编号或查询码不正确。");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDownloadAsync(long documentId, CancellationToken cancellationToken)
    {
        var request = await desk.FindForApplicantAsync(Input.TrackingNumber, Input.QueryCode, cancellationToken);
        var document = request is null ? null : await desk.DocumentAsync(request.Id, documentId, applicantOnly: true, cancellationToken);
        return document is null ? NotFound() : File(document.Content, document.ContentType, document.FileName);
    }
}
