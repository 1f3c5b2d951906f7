namespace Gongkai.Core.Agencies;

/// <summary>A body that must disclose (行政机关). Agencies form a hierarchy: province → city → county.</summary>
public sealed class Agency
{
    /// <summary>The database id.</summary>
    public int Id { get; set; }

    /// <summary>The agency's full Chinese name, e.g. 广东省自然资源厅.</summary>
    public required string Name { get; set; }

    /// <summary>The agency above this one, or null at the top of an installation.</summary>
    public int? ParentId { get; set; }

    /// <summary>Province, city or county.</summary>
    public AgencyLevel Level { get; set; }

    /// <summary>Office address and phone printed on notices (第十二条: the disclosure guide names them).</summary>
    public string OfficeAddress { get; set; } = "";

    /// <summary>The disclosure office's phone, printed on notices.</summary>
    public string OfficePhone { get; set; } = "";
}

/// <summary>The level of government an agency belongs to.</summary>
public enum AgencyLevel
{
    /// <summary>省级.</summary>
    Province,
    /// <summary>市级.</summary>
    City,
    /// <summary>县级.</summary>
    County,
}

/// <summary>A staff member's role at the disclosure office.</summary>
public enum StaffRole
{
    /// <summary>经办人: handles requests.</summary>
    Clerk,

    /// <summary>审核人: reviews replies.</summary>
    Reviewer,

    /// <summary>负责人: approves extensions (第三十三条).</summary>
    Head,

    /// <summary>Manages staff and templates of the agency and of the agencies below it.</summary>
    Administrator,
}
