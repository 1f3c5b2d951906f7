using Gongkai.Core.Agencies;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Data;

/// <summary>A staff member of one agency's disclosure office, with one role.</summary>
public sealed class StaffUser : IdentityUser
{
    public int AgencyId { get; set; }

    public StaffRole Role { get; set; }

    /// <summary>The name shown on the desk and in the audit log.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>Disabled by an administrator: cannot sign in, and every open session ends at its next request.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Set by a password reset: the next sign-in must choose a new password before anything else.</summary>
    public bool MustChangePassword { get; set; }
}
