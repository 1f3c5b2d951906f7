using Gongkai.Core.Agencies;
using Gongkai.Data;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin;

/// <summary>An Administrator lists and adds staff of their agency and the agencies below it.</summary>
public sealed class StaffModel(GongkaiDbContext db, UserManager<StaffUser> users, AgencyScope scope, AuditLog audit) : PageModel
{
    public sealed record StaffInput(string? UserName, string? DisplayName, int AgencyId, StaffRole Role, string? Password);

    public sealed record Member(string? UserName, string DisplayName, string Agency, StaffRole Role);

    [BindProperty]
    public StaffInput? Input { get; set; }

    public IReadOnlyList<Member> Members { get; private set; } = [];

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

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
        if (Input is null || string.IsNullOrWhiteSpace(Input.UserName) || string.IsNullOrWhiteSpace(Input.DisplayName) || string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("", "用户名、姓名和密码都必须填写。");
        }
        else if (!staff.Sees(Input.AgencyId))
        {
            ModelState.AddModelError("", "只能为本机关或下级机关新增工作人员。");
        }
        else
        {
            var result = await users.CreateAsync(new StaffUser { UserName = Input.UserName.Trim(), DisplayName = Input.DisplayName.Trim(), AgencyId = Input.AgencyId, Role = Input.Role }, Input.Password);
            if (result.Succeeded)
            {
                audit.Record(staff, "StaffCreated", null, $"{Input.UserName} {Input.Role}", Input.AgencyId);
                await db.SaveChangesAsync(cancellationToken);
                Message = "已新增。";
                return RedirectToPage();
            }

            ModelState.AddModelError("", "新增失败：密码至少8位，包含数字和大小写字母；用户名不能重复。");
        }

        await LoadAsync(staff, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(Staff staff, CancellationToken cancellationToken)
    {
        var tree = await scope.TreeAsync(cancellationToken);
        Agencies = tree.All.Where(a => staff.Sees(a.Id)).OrderBy(a => a.Id).ToList();
        var list = await db.Users.AsNoTracking().Where(u => staff.VisibleAgencies.Contains(u.AgencyId)).OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        Members = list.Select(u => new Member(u.UserName, u.DisplayName, tree.Find(u.AgencyId)?.Name ?? "", u.Role)).ToList();
    }
}
