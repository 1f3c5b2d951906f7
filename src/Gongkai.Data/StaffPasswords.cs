using Microsoft.AspNetCore.Identity;

namespace Gongkai.Data;

/// <summary>
/// The staff password policy, one for the web sign-in and `gongkai admin create`: at least
/// <see cref="MinimumLength"/> characters of at least three kinds (lower, upper, digit, other), not
/// a common password nor a variation of the user name. Lockout after 5 failures for 15 minutes.
/// </summary>
public sealed class StaffPasswords : IPasswordValidator<StaffUser>
{
    public const int MinimumLength = 12;

    // The most used passwords of Chinese and international leaks (lower case, digits kept); a
    // password is refused when, stripped of digits and symbols at its ends, it is one of them.
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "123456", "12345678", "123456789", "1234567890", "111111", "000000", "666666", "888888", "123123",
        "password", "passw0rd", "p@ssw0rd", "p@ssword", "admin", "administrator", "root", "qwerty", "qwertyuiop",
        "abc123", "abcd1234", "a123456", "aa123456", "qq123456", "woaini", "woaini1314", "iloveyou", "1qaz2wsx",
        "1q2w3e4r", "zxcvbnm", "asdfghjkl", "welcome", "letmein", "monkey", "dragon", "sunshine", "princess",
        "football", "baseball", "master", "shadow", "superman", "trustno1", "changeme", "default", "test",
        "gongkai", "zhengwu", "xinxi", "gongkaiban", "zhengfu", "admin123", "admin888", "test123",
    };

    /// <summary>The identity options every host applies: length, kinds, lockout.</summary>
    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password.RequiredLength = MinimumLength;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireDigit = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
    }

    /// <summary>Null when the password is strong enough, else the reason in Chinese.</summary>
    public static string? Check(string? password, string? userName)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            return $"密码至少{MinimumLength}位。";
        }

        var kinds = (password.Any(char.IsLower) ? 1 : 0) + (password.Any(char.IsUpper) ? 1 : 0)
            + (password.Any(char.IsDigit) ? 1 : 0) + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
        if (kinds < 3)
        {
            return "密码须包含小写字母、大写字母、数字、符号中的至少三种。";
        }

        var lower = password.ToLowerInvariant();
        var core = lower.Trim("0123456789!@#$%^&*()-_=+.,;:?~ ".ToCharArray());
        if (Common.Contains(lower) || Common.Contains(core) || password.Distinct().Count() < 5)
        {
            return "密码过于常见或过于简单，请换一个。";
        }

        if (!string.IsNullOrEmpty(userName) && lower.Contains(userName.ToLowerInvariant(), StringComparison.Ordinal))
        {
            return "密码不能包含用户名。";
        }

        return null;
    }

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var error = Check(password, user.UserName);
        return Task.FromResult(error is null ? IdentityResult.Success : IdentityResult.Failed(new IdentityError { Code = "WeakPassword", Description = error }));
    }
}
