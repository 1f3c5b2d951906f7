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
}
