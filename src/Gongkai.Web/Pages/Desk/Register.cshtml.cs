using Gongkai.Core.Requests;
using Gongkai.Web.Desk;
using Gongkai.Web.Submissions;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Desk;

/// <summary>Registers a request received in person, by post or by fax; the receipt date follows 第三十一条.</summary>
public sealed class RegisterModel(AgencyScope scope, CaseDesk desk, Idempotency idempotency) : PageModel
{
    public sealed record RegisterInput
    {
        public ReceiptChannel Channel { get; set; } = ReceiptChannel.InPerson;

        public DateOnly? ReceivedOn { get; set; }

        public ApplicantKind Kind { get; set; }

        public string? Name { get; set; }

        public string? IdNumber { get; set; }

        public string? Phone { get; set; }

        public string? Address { get; set; }

        public string? InformationWanted { get; set; }

        public DeliveryMeans DeliveryMeans { get; set; } = DeliveryMeans.Post;
    }

    /// <summary>What the printed 登记回执 shows, the query code included (shown to the clerk once, to hand over or post).</summary>
    public sealed record Receipt(long Id, string TrackingNumber, string QueryCode, DateOnly ReceivedOn, DateOnly? DueOn, bool DueEstimated, string ReceiptRule, long? DocumentId);

    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    [BindProperty]
    public string? FormToken { get; set; }

    public Receipt? Registered { get; private set; }

    public void OnGet()
    {
        Input.ReceivedOn = desk.Today;
        FormToken = Idempotency.NewToken();
    }

    /// <summary>The receipt after registering (post-redirect-get): a reload prints it again and registers nothing.</summary>
    public async Task<IActionResult> OnGetReceiptAsync(string? token, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        Registered = string.IsNullOrEmpty(token) ? null : await idempotency.FindAsync<Receipt>(Key(staff, token), cancellationToken);
        return Registered is null ? NotFound() : Page();
    }

    private static string Key(Staff staff, string token) => $"form:register:{staff.UserId}:{token}";

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var form = new RequestForm(Input.Kind, Input.Name ?? "", Input.IdNumber ?? "", Input.Phone ?? "", null, Input.Address, null, Input.InformationWanted ?? "",
            Input.DeliveryMeans == DeliveryMeans.Post || Input.DeliveryMeans == DeliveryMeans.Pickup ? DeliveryForm.Paper : DeliveryForm.Electronic, Input.DeliveryMeans);
        foreach (var (field, messages) in CaseDesk.Validate(form))
        {
            ModelState.AddModelError($"Input.{field}", messages[0]);
        }

        if (Input.Channel == ReceiptChannel.Online)
        {
            ModelState.AddModelError("Input.Channel", "网上申请由申请人在门户提交。");
        }

        if (Input.ReceivedOn is null || Input.ReceivedOn > desk.Today)
        {
            ModelState.AddModelError("Input.ReceivedOn", "请填写收到日期，且不能晚于今天。");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var token = string.IsNullOrWhiteSpace(FormToken) || FormToken.Length > Idempotency.MaxKeyLength ? Idempotency.NewToken() : FormToken;
        await idempotency.OnceAsync(Key(staff, token), async () =>
        {
            var (request, code) = await desk.SubmitAsync(staff.AgencyId, form, Input.Channel, Input.ReceivedOn, [], staff, cancellationToken);
            return new Receipt(request.Id, request.TrackingNumber, code, request.ReceivedOn, request.DueOn, request.DueEstimated, request.Channel.ReceiptRule(),
                request.Documents.FirstOrDefault(d => d.Kind == DocumentKind.Acknowledgement)?.Id);
        }, r => r.Id, cancellationToken);
        return RedirectToPage(null, "Receipt", new { token });
    }
}
