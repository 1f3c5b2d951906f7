using Gongkai.Core.Identity;

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

    /// <summary>The longest text of each field, by property name (the columns are this wide).</summary>
    public static readonly IReadOnlyDictionary<string, (string Label, int MaxLength)> Limits = new Dictionary<string, (string, int)>
    {
        [nameof(IndexScheme)] = ("索引号规则", 200),
        [nameof(OrgCode)] = ("机构代码", 20),
        [nameof(OfficeHours)] = ("办公时间", 200),
        [nameof(Fax)] = ("传真", 50),
        [nameof(OnlineContact)] = ("网上联系方式", 200),
        [nameof(Arrangement)] = ("信息分类与编排", 4000),
        [nameof(Remedies)] = ("监督和救济", 2000),
    };

    /// <summary>
    /// Checks the settings as a Head entered them. Returns Chinese messages by property name; empty
    /// when they can be saved. Checks that need other agencies' settings or the catalog (a code another
    /// agency uses, an index number already given) are the caller's.
    /// </summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        var texts = new Dictionary<string, string>
        {
            [nameof(IndexScheme)] = IndexScheme, [nameof(OrgCode)] = OrgCode, [nameof(OfficeHours)] = OfficeHours, [nameof(Fax)] = Fax,
            [nameof(OnlineContact)] = OnlineContact, [nameof(Arrangement)] = Arrangement, [nameof(Remedies)] = Remedies,
        };
        foreach (var (field, (label, max)) in Limits)
        {
            if ((texts[field] ?? "").Length > max)
            {
                errors[field] = [$"{label}不能超过{max}个字。"];
            }
        }

        if (UnifiedCreditCode.Check(CreditCode) is { } creditError)
        {
            errors[nameof(CreditCode)] = [creditError];
        }

        if (!errors.ContainsKey(nameof(OrgCode)) && !(OrgCode ?? "").All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c) || c == '-'))
        {
            errors[nameof(OrgCode)] = ["机构代码只能由数字、大写字母和“-”组成。"];
        }

        if (ReviewLevels is < 1 or > ReviewWorkflow.MaxLevels)
        {
            errors[nameof(ReviewLevels)] = [$"审核级数应为1至{ReviewWorkflow.MaxLevels}级。"];
        }

        var (scheme, schemeError) = IndexNumberScheme.Parse(IndexScheme);
        if (scheme is null)
        {
            errors.TryAdd(nameof(IndexScheme), [schemeError!]);
        }
        else if (!scheme.UsesCreditCode && !scheme.UsesOrgCode)
        {
            errors.TryAdd(nameof(IndexScheme), ["索引号规则须包含{creditCode}或{orgCode}，否则可能与其他机关的索引号重复。"]);
        }
        else if (scheme.UsesOrgCode && string.IsNullOrEmpty(OrgCode))
        {
            errors.TryAdd(nameof(OrgCode), ["索引号规则使用了{orgCode}，请填写机构代码。"]);
        }

        return errors;
    }
}
