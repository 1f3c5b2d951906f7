using Gongkai.Core.Agencies;
using Gongkai.Data;
using Gongkai.Web.Desk;
using Gongkai.Web.Security;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin;

/// <summary>An Administrator lists and adds staff of their agency and the agencies below it.</summary>
public sealed class StaffModel(GongkaiDbContext db, UserManager<StaffUser> users, AgencyScope scope, AuditLog audit, StaffAccounts accounts) : PageModel
{
    public sealed record StaffInput(string? UserName, string? DisplayName, int AgencyId, StaffRole Role, string? Password);

    public sealed record Member(string Id, string? UserName, string DisplayName, int AgencyId, string Agency, StaffRole Role, bool IsDisabled, bool MustChangePassword, bool LockedOut);

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

            ModelState.AddModelError("", "新增失败：" + string.Join("", result.Errors.Select(e => e.Code == "DuplicateUserName" ? "用户名已被使用。" : e.Description)));
        }

        await LoadAsync(staff, cancellationToken);
        return Page();
    }

    /// <summary>Disables a staff member: no sign-in, and their open sessions end at once.</summary>
    public Task<IActionResult> OnPostDisableAsync(string id, CancellationToken cancellationToken) =>
        ActAsync(staff => accounts.SetDisabledAsync(staff, id, disabled: true, cancellationToken), "已停用。", cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(string id, CancellationToken cancellationToken) =>
        ActAsync(staff => accounts.SetDisabledAsync(staff, id, disabled: false, cancellationToken), "已重新启用。", cancellationToken);

    public Task<IActionResult> OnPostRoleAsync(string id, StaffRole role, int agencyId, CancellationToken cancellationToken) =>
        ActAsync(staff => accounts.ChangeRoleAsync(staff, id, role, agencyId, cancellationToken), "角色和机关已修改。", cancellationToken);

    /// <summary>A temporary password, shown once here; the person must change it at the next sign-in.</summary>
    public async Task<IActionResult> OnPostResetAsync(string id, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);

        var (password, error) = await accounts.ResetPasswordAsync(staff, id, cancellationToken);
        if (error is not null)
        {
            ModelState.AddModelError("", error);
            await LoadAsync(staff, cancellationToken);
            return Page();
        }

        TemporaryPassword = password;
        Message = "密码已重置。请把下面的临时密码当面或电话告知本人，本人下次登录时须设置新密码。";
        await LoadAsync(staff, cancellationToken);
        return Page();
    }

    /// <summary>Shown once, right after a reset (not kept in TempData or the log).</summary>
    public string? TemporaryPassword { get; private set; }

    private async Task<IActionResult> ActAsync(Func<Staff, Task<string?>> action, string done, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);

        if (await action(staff) is { } error)
        {
            ModelState.AddModelError("", error);
            await LoadAsync(staff, cancellationToken);
            return Page();
        }

        Message = done;
        return RedirectToPage();
    }

    private async Task LoadAsync(Staff staff, CancellationToken cancellationToken)
    {
        var tree = await scope.TreeAsync(cancellationToken);
        Agencies = tree.All.Where(a => staff.Sees(a.Id)).OrderBy(a => a.Id).ToList();
        var list = await db.Users.AsNoTracking().Where(u => staff.VisibleAgencies.Contains(u.AgencyId)).OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        Members = list.Select(u => new Member(u.Id, u.UserName, u.DisplayName, u.AgencyId, tree.Find(u.AgencyId)?.Name ?? "", u.Role, u.IsDisabled, u.MustChangePassword, u.LockoutEnd > DateTimeOffset.UtcNow)).ToList();
    }
}
