using Gongkai.Core.Requests;
using Gongkai.Data;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin;

/// <summary>An Administrator edits the notice templates of their agency (falling back to the installation's defaults).</summary>
public sealed class TemplatesModel(GongkaiDbContext db, AgencyScope scope, AuditLog audit) : PageModel
{
    public sealed record TemplateInput(DocumentKind Kind, string? Title, string? Body);

    [BindProperty]
    public TemplateInput? Input { get; set; }

    public IReadOnlyList<NoticeTemplate> Templates { get; private set; } = [];

    public string AgencyName { get; private set; } = "";

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        await LoadAsync(staff, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        if (Input is null || string.IsNullOrWhiteSpace(Input.Title) || string.IsNullOrWhiteSpace(Input.Body) || !Enum.IsDefined(Input.Kind))
        {
            Message = "标题和正文不能为空。";
            await LoadAsync(staff, cancellationToken);
            return Page();
        }

        var own = await db.NoticeTemplates.FirstOrDefaultAsync(t => t.AgencyId == staff.AgencyId && t.Kind == Input.Kind, cancellationToken);
        if (own is null)
        {
            db.NoticeTemplates.Add(new NoticeTemplate { AgencyId = staff.AgencyId, Kind = Input.Kind, Title = Input.Title.Trim(), Body = Input.Body.Trim() });
        }
        else
        {
            own.Title = Input.Title.Trim();
            own.Body = Input.Body.Trim();
        }

        audit.Record(staff, "TemplateEdited", null, Input.Kind.ToString());
        await db.SaveChangesAsync(cancellationToken);
        Message = "模板已保存。";
        return RedirectToPage();
    }

    private async Task LoadAsync(Staff staff, CancellationToken cancellationToken)
    {
        AgencyName = (await scope.TreeAsync(cancellationToken)).Find(staff.AgencyId)?.Name ?? "";
        var stored = await db.NoticeTemplates.AsNoTracking().Where(t => t.AgencyId == staff.AgencyId || t.AgencyId == null).ToListAsync(cancellationToken);
        Templates = NoticeTemplate.Defaults()
            .Select(d => stored.FirstOrDefault(t => t.Kind == d.Kind && t.AgencyId == staff.AgencyId) ?? stored.FirstOrDefault(t => t.Kind == d.Kind) ?? d)
            .ToList();
    }
}
