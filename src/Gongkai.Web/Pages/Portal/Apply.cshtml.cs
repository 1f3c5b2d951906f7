using Gongkai.Core.Identity;
using Gongkai.Core.Requests;
using Gongkai.Web.Submissions;
using Gongkai.Data;
using Gongkai.Web.Desk;
using Gongkai.Web.Attachments;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Portal;

/// <summary>The request form of 第二十九条, per agency.</summary>
public sealed class ApplyModel(GongkaiDbContext db, CaseDesk desk, Idempotency idempotency) : PageModel
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

        public IdentityDocumentKind? IdDocument { get; set; }

        public RequestForm ToForm() => new(Kind, Name ?? "", IdNumber ?? "", Phone ?? "", Email, Address, ContactPerson, InformationWanted ?? "", DeliveryForm, DeliveryMeans, IdDocument);
    }

    public sealed record Acknowledged(long Id, string TrackingNumber, string QueryCode, DateOnly ReceivedOn, DateOnly? DueOn, bool DueEstimated);

    /// <summary>The form's one-time token: posting it twice (reload, double click) gives the first acknowledgement.</summary>
    [BindProperty]
    public string? FormToken { get; set; }

    [BindProperty]
    public ApplyInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Attachments { get; set; } = [];

    public string AgencyName { get; private set; } = "";

    public Acknowledged? Acknowledgement { get; private set; }

    public async Task<IActionResult> OnGetAsync(int agencyId, CancellationToken cancellationToken)
    {
        FormToken = Idempotency.NewToken();
        return await LoadAgencyAsync(agencyId, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>The acknowledgement after the post (post-redirect-get): a reload shows it again and creates nothing.</summary>
    public async Task<IActionResult> OnGetDoneAsync(int agencyId, string? token, CancellationToken cancellationToken)
    {
        if (!await LoadAgencyAsync(agencyId, cancellationToken) || string.IsNullOrEmpty(token))
        {
            return NotFound();
        }

        Acknowledgement = await idempotency.FindAsync<Acknowledged>(FormKey(token), cancellationToken);
        return Acknowledgement is null ? NotFound() : Page();
    }

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

        var token = string.IsNullOrWhiteSpace(FormToken) || FormToken.Length > Idempotency.MaxKeyLength ? Idempotency.NewToken() : FormToken;
        await idempotency.OnceAsync(FormKey(token), async () =>
        {
            var (request, code) = await desk.SubmitAsync(agencyId, form, ReceiptChannel.Online, null, files, null, cancellationToken);
            return new Acknowledged(request.Id, request.TrackingNumber, code, request.ReceivedOn, request.DueOn, request.DueEstimated);
        }, a => a.Id, cancellationToken);
        return RedirectToPage(null, "Done", new { agencyId, token });
    }

    private static string FormKey(string token) => $"form:apply:{token}";

    private async Task<bool> LoadAgencyAsync(int agencyId, CancellationToken cancellationToken)
    {
        AgencyName = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        return AgencyName.Length > 0;
    }
}
