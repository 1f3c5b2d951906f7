using Gongkai.Core.Requests;
using Gongkai.Web.Desk;
using Gongkai.Web.Office;
using Gongkai.Web.SignOff;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Desk;

/// <summary>A case: details, timeline, documents, and a form for each step.</summary>
public sealed class CaseModel(AgencyScope scope, CaseDesk desk, SignOffDesk signOff, OfficeDesk office) : PageModel
{
    /// <summary>A step that needs only a date and a note.</summary>
    public sealed record SimpleInput(StepKind Kind, DateOnly? On, string? Note);

    public sealed record CorrectionInput(int? Days, string? Note);

    public sealed record ConsultationInput(string? ThirdParty, string? Note);

    public sealed record DecisionInput(long DraftId, bool Approve, string? Comment);

    public sealed record DeliverInput(DeliveryMethod Method, DateOnly? On, string? PostalTrackingNumber, string? Note);

    public sealed record VoidInput(string? Reason, long? DuplicateOf);

    public sealed record ExtensionInput(DateOnly? On, int? Days, string? Note);

    public sealed record FeeInput(FeeMethod Method, int? Quantity, decimal? Amount, string? Reason);

    public sealed record ReplyInput(DateOnly? On, string? Outcome, string? LegalBasis, string? Withheld, string? Note);

    public IReadOnlyList<DraftView> Drafts { get; private set; } = [];

    public CaseView? Case { get; private set; }

    public bool Unmasked { get; private set; }

    public string? Refusal { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public DateOnly Today => desk.Today;

    public async Task<IActionResult> OnGetAsync(long id, bool unmasked, CancellationToken cancellationToken) =>
        await LoadAsync(id, unmasked, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostSimpleAsync(long id, SimpleInput simple, CancellationToken cancellationToken) =>
        simple.Kind is StepKind.Received or StepKind.CorrectionRequested or StepKind.ExtensionRequested or StepKind.FeeNoticed or StepKind.Replied or StepKind.ConsultationStarted or StepKind.Delivered
            ? RefuseAsync(id, "请使用对应的表单办理该步骤。", cancellationToken)
            : TakeAsync(id, new StepForm(simple.Kind, simple.On, simple.Note, null, null, null, null), cancellationToken);

    public Task<IActionResult> OnPostCorrectionAsync(long id, CorrectionInput correction, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(correction.Note)
            ? RefuseAsync(id, "请写明需要补正的事项（第三十条：一次性告知）。", cancellationToken)
            : DraftAsync(id, new StepForm(StepKind.CorrectionRequested, null, correction.Note, correction.Days, null, null, null), new DraftExtras(), cancellationToken);

    public Task<IActionResult> OnPostConsultationAsync(long id, ConsultationInput consultation, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(consultation.ThirdParty)
            ? RefuseAsync(id, "请填写征求意见的第三方名称。", cancellationToken)
            : DraftAsync(id, new StepForm(StepKind.ConsultationStarted, null, consultation.Note, null, null, null, null), new DraftExtras(ThirdParty: consultation.ThirdParty.Trim()), cancellationToken);

    public Task<IActionResult> OnPostExtensionAsync(long id, ExtensionInput extension, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(extension.Note)
            ? RefuseAsync(id, "请写明延期理由。", cancellationToken)
            : TakeAsync(id, new StepForm(StepKind.ExtensionRequested, extension.On, extension.Note, extension.Days, null, null, null), cancellationToken);

    public Task<IActionResult> OnPostFeeAsync(long id, FeeInput fee, CancellationToken cancellationToken) =>
        fee.Quantity is not > 0
            ? RefuseAsync(id, "请填写页数或本月件次。", cancellationToken)
            : DraftAsync(id, new StepForm(StepKind.FeeNoticed, null, null, null, fee.Amount, null, null), new DraftExtras(fee.Method, fee.Quantity, fee.Reason), cancellationToken);

    public Task<IActionResult> OnPostReplyAsync(long id, ReplyInput reply, CancellationToken cancellationToken) =>
        DraftAsync(id, new StepForm(StepKind.Replied, reply.On, reply.Note, null, null, reply.Outcome, reply.LegalBasis), new DraftExtras(Withheld: reply.Withheld), cancellationToken);

    public Task<IActionResult> OnPostDeliverAsync(long id, DeliverInput deliver, CancellationToken cancellationToken) =>
        TakeAsync(id, new StepForm(StepKind.Delivered, deliver.On, deliver.Note, null, null, null, null, deliver.Method, deliver.PostalTrackingNumber), cancellationToken);

    public async Task<IActionResult> OnPostDecideAsync(long id, DecisionInput decision, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var result = decision.Approve
            ? await signOff.ApproveAsync(staff, decision.DraftId, decision.Comment, cancellationToken)
            : await signOff.ReturnAsync(staff, decision.DraftId, decision.Comment, cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Refusal is not null)
        {
            return await RefuseAsync(id, result.Refusal, cancellationToken);
        }

        Message = result.Step is not null ? "已签发，文书已生成并送至申请人查询页面。" : decision.Approve ? "已同意，转下一级签批。" : "已退回经办人。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDisclosedAsync(long id, List<IFormFile> files, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var (_, error, notFound) = await office.AddDisclosedAsync(staff, id, files, cancellationToken);
        if (notFound)
        {
            return NotFound();
        }

        if (error is not null)
        {
            return await RefuseAsync(id, error, cancellationToken);
        }

        Message = "已上传公开的信息，答复签发后申请人可下载。";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostVoidAsync(long id, VoidInput voiding, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        switch (await office.VoidAsync(staff, id, voiding.Reason, voiding.DuplicateOf, cancellationToken))
        {
            case null:
                return NotFound();
            case "":
                Message = "已作废。";
                return RedirectToPage(new { id });
            case var refusal:
                return await RefuseAsync(id, refusal, cancellationToken);
        }
    }

    private async Task<IActionResult> DraftAsync(long id, StepForm form, DraftExtras extras, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var result = await signOff.DraftAsync(staff, id, form, extras, cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Refusal is not null)
        {
            return await RefuseAsync(id, result.Refusal, cancellationToken);
        }

        Message = $"已起草：{form.Kind.ChineseLabel()}，待签发。";
        return RedirectToPage(new { id });
    }

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

    private async Task<IActionResult> RefuseAsync(long id, string reason, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, unmasked: false, cancellationToken))
        {
            return NotFound();
        }

        Refusal = reason;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(long id, bool unmasked, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        Unmasked = unmasked;
        Case = await desk.ViewAsync(staff, id, unmasked, cancellationToken);
        if (Case is not null)
        {
            Drafts = await signOff.DraftsAsync(id, cancellationToken);
        }

        return Case is not null;
    }
}
