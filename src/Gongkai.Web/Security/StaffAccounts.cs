using System.Security.Cryptography;
using Gongkai.Core.Agencies;
using Gongkai.Data;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Security;

/// <summary>
/// What an Administrator does to the staff of their agency and the agencies below it: disable,
/// re-enable, reset a password (a temporary one, shown once, to be changed at the next sign-in),
/// change role and agency. Each change renews the security stamp, so the person's open sessions
/// end at their next request, and each is audited. Refusals come back as Chinese messages.
/// </summary>
public sealed class StaffAccounts(UserManager<StaffUser> users, AuditLog audit, GongkaiDbContext db)
{
    /// <summary>The staff member if the administrator may manage them (in scope, not themselves for disabling).</summary>
    private async Task<(StaffUser? User, string? Error)> FindAsync(Staff admin, string userId)
    {
        var user = await users.FindByIdAsync(userId);
        return user is null || !admin.Sees(user.AgencyId) ? (null, "没有这个工作人员。") : (user, null);
    }

    public async Task<string?> SetDisabledAsync(Staff admin, string userId, bool disabled, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var (user, error) = await FindAsync(admin, userId);
        if (user is null)
        {
            return error;
        }

        if (user.Id == admin.UserId)
        {
            return "不能停用本人的账号。";
        }

        user.IsDisabled = disabled;
        return await SaveAsync(admin, user, disabled ? "StaffDisabled" : "StaffEnabled", $"{user.UserName}", cancellationToken);
    }

    /// <summary>A new temporary password (returned to show once), to be changed at the next sign-in.</summary>
    public async Task<(string? Password, string? Error)> ResetPasswordAsync(Staff admin, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var (user, error) = await FindAsync(admin, userId);
        if (user is null)
        {
            return (null, error);
        }

        var password = TemporaryPassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            return (null, "重置失败：" + string.Join("", reset.Errors.Select(e => e.Description)));
        }

        user.MustChangePassword = true;
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return (password, await SaveAsync(admin, user, "PasswordReset", $"{user.UserName}", cancellationToken));
    }

    public async Task<string?> ChangeRoleAsync(Staff admin, string userId, StaffRole role, int agencyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var (user, error) = await FindAsync(admin, userId);
        if (user is null)
        {
            return error;
        }

        if (!admin.Sees(agencyId))
        {
            return "只能调入本机关或下级机关。";
        }

        if (user.Id == admin.UserId && role != StaffRole.Administrator)
        {
            return "不能取消本人的管理员角色。";
        }

        var detail = $"{user.UserName} {user.Role}@{user.AgencyId} → {role}@{agencyId}";
        user.Role = role;
        user.AgencyId = agencyId;
        return await SaveAsync(admin, user, "StaffRoleChanged", detail, cancellationToken);
    }

    private async Task<string?> SaveAsync(Staff admin, StaffUser user, string action, string detail, CancellationToken cancellationToken)
    {
        // A new security stamp ends the person's open sessions at their next request.
        await users.UpdateSecurityStampAsync(user);
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            return "保存失败：" + string.Join("", result.Errors.Select(e => e.Description));
        }

        audit.Record(admin, action, null, detail, user.AgencyId);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>16 characters from an unambiguous alphabet of four kinds: passes the policy, easy to read out.</summary>
    private static string TemporaryPassword()
    {
        const string Lower = "abcdefghjkmnpqrstuvwxyz", Upper = "ABCDEFGHJKMNPQRSTUVWXYZ", Digits = "23456789";
        var all = Lower + Upper + Digits;
        var chars = new char[16];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        chars[0] = Upper[RandomNumberGenerator.GetInt32(Upper.Length)];
        chars[1] = Lower[RandomNumberGenerator.GetInt32(Lower.Length)];
        chars[2] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        chars[8] = '-';
        return new string(chars);
    }
}
