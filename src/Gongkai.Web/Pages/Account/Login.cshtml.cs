using System.ComponentModel.DataAnnotations;
using Gongkai.Data;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.RateLimiting;
using Gongkai.Web.Security;

namespace Gongkai.Web.Pages.Account;

[EnableRateLimiting(AbuseLimits.Login)]
public sealed class LoginModel(SignInManager<StaffUser> signIn, GongkaiDbContext db, AuditLog audit) : PageModel
{
    public sealed record LoginInput(
        [Required(ErrorMessage = "请填写用户名。")] string? UserName,
        [Required(ErrorMessage = "请填写密码。")] string? Password);

    [BindProperty]
    public LoginInput Input { get; set; } = new(null, null);

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>A new installation without any account (no demo): the page says how to create the first administrator.</summary>
    public bool NoStaffYet { get; private set; }

    public async Task OnGetAsync() => NoStaffYet = !await signIn.UserManager.Users.AnyAsync();

    /// <summary>After a password reset: the sign-in asks for a new password before anything else.</summary>
    public bool MustChangePassword { get; private set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await signIn.UserManager.FindByNameAsync(Input.UserName!);
        if (user is { MustChangePassword: true, IsDisabled: false })
        {
            var check = await signIn.CheckPasswordSignInAsync(user, Input.Password!, lockoutOnFailure: true);
            if (check.Succeeded)
            {
                MustChangePassword = true;
                return Page();
            }

            return await RefusedAsync(check, user);
        }

        var result = await signIn.PasswordSignInAsync(Input.UserName!, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            audit.RecordSignIn("SignedIn", Input.UserName!, user, AbuseLimits.ClientAddress(HttpContext));
            await db.SaveChangesAsync();
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Desk");
        }

        return await RefusedAsync(result, user);
    }

    /// <summary>The new password after a reset: checked against the policy, then the staff member is signed in.</summary>
    public async Task<IActionResult> OnPostChangeAsync()
    {
        var user = Input.UserName is null ? null : await signIn.UserManager.FindByNameAsync(Input.UserName);
        if (user is not { MustChangePassword: true, IsDisabled: false } || Input.Password is null)
        {
            return RedirectToPage();
        }

        MustChangePassword = true;
        if (NewPassword != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(NewPassword), "两次输入的新密码不一致。");
            return Page();
        }

        var check = await signIn.CheckPasswordSignInAsync(user, Input.Password, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            return await RefusedAsync(check, user);
        }

        var changed = await signIn.UserManager.ChangePasswordAsync(user, Input.Password, NewPassword ?? "");
        if (!changed.Succeeded)
        {
            ModelState.AddModelError(nameof(NewPassword), string.Join("", changed.Errors.Select(e => e.Code == "PasswordMismatch" ? "原密码不正确。" : e.Description)));
            return Page();
        }

        user.MustChangePassword = false;
        await signIn.UserManager.UpdateAsync(user);
        await signIn.SignInAsync(user, isPersistent: false);
        audit.RecordSignIn("PasswordChanged", user.UserName ?? "", user, AbuseLimits.ClientAddress(HttpContext));
        audit.RecordSignIn("SignedIn", user.UserName ?? "", user, AbuseLimits.ClientAddress(HttpContext));
        await db.SaveChangesAsync();
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Desk");
    }

    private async Task<IActionResult> RefusedAsync(Microsoft.AspNetCore.Identity.SignInResult result, StaffUser? user)
    {
        MustChangePassword = false;
        var action = result.IsLockedOut ? "LockedOut" : result.IsNotAllowed ? "SignInRefused" : "SignInFailed";
        audit.RecordSignIn(action, Input.UserName!, user, AbuseLimits.ClientAddress(HttpContext));
        await db.SaveChangesAsync();
        // The same message for a wrong password, an unknown name and a disabled account.
        ModelState.AddModelError("", result.IsLockedOut ? "登录失败次数过多，账号已暂时锁定，请15分钟后再试。" : "用户名或密码不正确。");
        return Page();
    }
}
