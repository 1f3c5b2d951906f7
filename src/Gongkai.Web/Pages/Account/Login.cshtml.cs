using System.ComponentModel.DataAnnotations;
using Gongkai.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.RateLimiting;
using Gongkai.Web.Security;

namespace Gongkai.Web.Pages.Account;

[EnableRateLimiting(AbuseLimits.Login)]
public sealed class LoginModel(SignInManager<StaffUser> signIn) : PageModel
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

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.UserName!, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Desk");
        }

        ModelState.AddModelError("", result.IsLockedOut ? "登录失败次数过多，账号已暂时锁定，请15分钟后再试。" : "用户名或密码不正确。");
        return Page();
    }
}
