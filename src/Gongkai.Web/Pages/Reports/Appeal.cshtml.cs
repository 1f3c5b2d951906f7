using Gongkai.Web.Reporting;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Reports;

/// <summary>One 复议 or 诉讼 case: its deadline with the explanation, result, appeal, hearings, documents.</summary>
public sealed class AppealModel(AgencyScope scope, AppealRegister register) : PageModel
{
    public AppealView Case { get; private set; } = null!;

    public AppealForm Form { get; private set; } = new();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(long id, AppealForm form, CancellationToken cancellationToken)
    {
        var errors = await register.UpdateAsync(await scope.StaffAsync(cancellationToken), id, form, cancellationToken);
        if (errors is null)
        {
            return NotFound();
        }

        if (errors.Count == 0)
        {
            Message = "已保存。";
            return Redirect($"/Reports/Appeal/{id}");
        }

        var refused = await LoadAsync(id, cancellationToken);
        (Form, Errors) = (form, errors);
        return refused ?? Page();
    }

    public async Task<IActionResult> OnPostHearingAsync(long id, DateOnly on, string? note, CancellationToken cancellationToken)
    {
        if (!await register.AddHearingAsync(await scope.StaffAsync(cancellationToken), id, on, note ?? "", cancellationToken))
        {
            return NotFound();
        }

        Message = "已记录。";
        return Redirect($"/Reports/Appeal/{id}");
    }

    public async Task<IActionResult> OnPostDocumentAsync(long id, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            Errors = ["请选择文件。"];
            return await LoadAsync(id, cancellationToken) ?? Page();
        }

        var (found, error) = await register.AddDocumentAsync(await scope.StaffAsync(cancellationToken), id, file, cancellationToken);
        if (!found)
        {
            return NotFound();
        }

        if (error is not null)
        {
            Errors = [error];
            return await LoadAsync(id, cancellationToken) ?? Page();
        }

        Message = "已上传。";
        return Redirect($"/Reports/Appeal/{id}");
    }

    public async Task<IActionResult> OnGetDocumentAsync(long id, long documentId, CancellationToken cancellationToken)
    {
        var document = await register.DocumentAsync(await scope.StaffAsync(cancellationToken), id, documentId, cancellationToken);
        return document is null ? NotFound() : File(document.Content, document.ContentType, document.FileName);
    }

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var found = await register.GetAsync(await scope.StaffAsync(cancellationToken), id, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Case = found;
        Form = found.ToForm();
        return null;
    }
}
