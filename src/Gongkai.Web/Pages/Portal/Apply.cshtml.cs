using Gongkai.Core.Requests;
using Gongkai.Data;
using Gongkai.Web.Desk;
using Gongkai.Web.Attachments;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Portal;

/// <summary>The request form of 第二十九条, per agency.</summary>
public sealed class ApplyModel(GongkaiDbContext db, CaseDesk desk) : PageModel
{
    public sealed record ApplyInput
    {
        public ApplicantKind Kind { get; set; }

        public string? Name { get; set; }

        public string? IdNumber { get; set; }

        public string? Phone { get; set; }

        public string? Email { get; set; }

        public string? Address { get; set; }

        public string? ContactPerson { get; set; }

        public string? InformationWanted { get; set; }

        public DeliveryForm DeliveryForm { get; set; } = DeliveryForm.Electronic;

        public DeliveryMeans DeliveryMeans { get; set; } = DeliveryMeans.Online;

        public RequestForm ToForm() => new(Kind, Name ?? "", IdNumber ?? "", Phone ?? "", Email, Address, ContactPerson, InformationWanted ?? "", DeliveryForm, DeliveryMeans);
    }

    public sealed record Acknowledged(string TrackingNumber, string QueryCode, DateOnly ReceivedOn, DateOnly? DueOn);

    [BindProperty]
    public ApplyInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Attachments { get; set; } = [];

    public string AgencyName { get; private set; } = "";

    public Acknowledged? Acknowledgement { get; private set; }

    public async Task<IActionResult> OnGetAsync(int agencyId, CancellationToken cancellationToken) =>
        await LoadAgencyAsync(agencyId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int agencyId, CancellationToken cancellationToken)
    {
        if (!await LoadAgencyAsync(agencyId, cancellationToken))
        {
            return NotFound();
        }

        var form = Input.ToForm();
        foreach (var (field, messages) in CaseDesk.Validate(form))
        {
            ModelState.AddModelError($"Input.{field}", messages[0]);
        }

        var (files, fileError) = await Uploads.CheckAsync(Attachments, cancellationToken);
        if (fileError is not null)
        {
            ModelState.AddModelError(nameof(Attachments), fileError);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (request, code) = await desk.SubmitAsync(agencyId, form, ReceiptChannel.Online, null, files, null, cancellationToken);
        Acknowledgement = new Acknowledged(request.TrackingNumber, code, request.ReceivedOn, request.DueOn);
        return Page();
    }

    private async Task<bool> LoadAgencyAsync(int agencyId, CancellationToken cancellationToken)
    {
        AgencyName = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        return AgencyName.Length > 0;
    }
}
