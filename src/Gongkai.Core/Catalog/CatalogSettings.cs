namespace Gongkai.Core.Catalog;

/// <summary>
/// An agency's catalog configuration: its index number scheme and codes, how many review levels an
/// item passes before publishing, and what its disclosure guide (政府信息公开指南, 第十二条) states
/// beyond the office address and phone the agency record holds.
/// </summary>
public sealed class CatalogSettings
{
    /// <summary>The agency (one row per agency).</summary>
    public int AgencyId { get; set; }

    /// <summary>The <see cref="IndexNumberScheme"/> template.</summary>
    public string IndexScheme { get; set; } = IndexNumberScheme.DefaultTemplate;

    /// <summary>统一社会信用代码.</summary>
    public string CreditCode { get; set; } = "";

    /// <summary>机构代码.</summary>
    public string OrgCode { get; set; } = "";

    /// <summary>Review levels before publishing, 1..<see cref="ReviewWorkflow.MaxLevels"/>.</summary>
    public int ReviewLevels { get; set; } = 2;

    /// <summary>办公时间.</summary>
    public string OfficeHours { get; set; } = "";

    /// <summary>传真.</summary>
    public string Fax { get; set; } = "";

    /// <summary>电子邮箱 or other online contact.</summary>
    public string OnlineContact { get; set; } = "";

    /// <summary>How the agency classifies and arranges its information (指南 part one).</summary>
    public string Arrangement { get; set; } = "";

    /// <summary>Where to complain or seek review (监督和救济).</summary>
    public string Remedies { get; set; } = "";

    /// <summary>The codes an index number may contain.</summary>
    public IndexNumberContext Codes => new(CreditCode, OrgCode);
}
