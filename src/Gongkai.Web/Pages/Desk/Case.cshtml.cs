using Gongkai.Core;
using Gongkai.Core.Requests;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Desk;

/// <summary>A case: details, timeline, documents, and a form for each step.</summary>
public sealed class CaseModel(AgencyScope scope, CaseDesk desk) : PageModel
{
    /// <summary>A step that needs only a date and a note.</summary>
    public sealed record SimpleInput(StepKind Kind, DateOnly? On, string? Note);

    public sealed record CorrectionInput(DateOnly? On, int? Days, string? Note);

    public sealed record ExtensionInput(DateOnly? On, int? Days, string? Note);

    public sealed record FeeInput(DateOnly? On, FeeMethod Method, int? Quantity, string? Note);

    public sealed record ReplyInput(DateOnly? On, string? Outcome, string? LegalBasis, string? Note);

    public CaseView? Case { get; private set; }

    public bool Unmasked { get; private set; }

    public Refusal? Refusal { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public DateOnly Today => desk.Today;

    public async Task<IActionResult> OnGetAsync(long id, bool unmasked, CancellationToken cancellationToken) =>
        await LoadAsync(id, unmasked, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostSimpleAsync(long id, SimpleInput simple, CancellationToken cancellationToken) =>
        simple.Kind is StepKind.Received or StepKind.CorrectionRequested or StepKind.ExtensionRequested or StepKind.FeeNoticed or StepKind.Replied
            ? RefuseAsync(id, "请使用对应的表单办理该步骤。", cancellationToken)
            : TakeAsync(id, new StepForm(simple.Kind, simple.On, simple.Note, null, null, null, null), cancellationToken);

    public Task<IActionResult> OnPostCorrectionAsync(long id, CorrectionInput correction, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(correction.Note)
            ? RefuseAsync(id, "请写明需要补正的事项（第三十条：一次性告知）。", cancellationToken)
            : TakeAsync(id, new StepForm(StepKind.CorrectionRequested, correction.On, correction.Note, correction.Days, null, null, null), cancellationToken);

    public Task<IActionResult> OnPostExtensionAsync(long id, ExtensionInput extension, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(extension.Note)
            ? RefuseAsync(id, "请写明延期理由。", cancellationToken)
            : TakeAsync(id, new StepForm(StepKind.ExtensionRequested, extension.On, extension.Note, extension.Days, null, null, null), cancellationToken);

    public Task<IActionResult> OnPostFeeAsync(long id, FeeInput fee, CancellationToken cancellationToken) =>
        fee.Quantity is not > 0
            ? RefuseAsync(id, "请填写页数或本月件次。", cancellationToken)
            : TakeAsync(id, new StepForm(StepKind.FeeNoticed, fee.On, fee.Note, null, ProcessingFee.Compute(fee.Method, fee.Quantity.Value), null, null), cancellationToken);

    public Task<IActionResult> OnPostReplyAsync(long id, ReplyInput reply, CancellationToken cancellationToken) =>
        TakeAsync(id, new StepForm(StepKind.Replied, reply.On, reply.Note, null, null, reply.Outcome, reply.LegalBasis), cancellationToken);

    private async Task<IActionResult> TakeAsync(long id, StepForm form, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var result = await desk.TakeStepAsync(staff, id, form, cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Refusal is not null)
        {
            return await RefuseAsync(id, result.Refusal, cancellationToken);
        }

        Message = $"已办理：{form.Kind.ChineseLabel()}。";
        return RedirectToPage(new { id });
    }

    private Task<IActionResult> RefuseAsync(long id, string reason, CancellationToken cancellationToken) =>
        RefuseAsync(id, new Refusal(reason), cancellationToken);

    private async Task<IActionResult> RefuseAsync(long id, Refusal refusal, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, unmasked: false, cancellationToken))
        {
            return NotFound();
        }

        Refusal = refusal;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(long id, bool unmasked, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        Unmasked = unmasked;
        Case = await desk.ViewAsync(staff, id, unmasked, cancellationToken);
        return Case is not null;
    }
}
