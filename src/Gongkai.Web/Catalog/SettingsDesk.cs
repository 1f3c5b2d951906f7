using Gongkai.Core;
using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Data.Catalog;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Catalog;

/// <summary>The catalog settings a Head enters (never the entity: no overposting).</summary>
public sealed record CatalogSettingsForm(
    string? IndexScheme,
    string? CreditCode,
    string? OrgCode,
    int ReviewLevels,
    string? OfficeHours,
    string? Fax,
    string? OnlineContact,
    string? Arrangement,
    string? Remedies)
{
    /// <summary>The form filled with saved settings.</summary>
    public static CatalogSettingsForm From(CatalogSettings s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.IndexScheme, s.CreditCode, s.OrgCode, s.ReviewLevels, s.OfficeHours, s.Fax, s.OnlineContact, s.Arrangement, s.Remedies);
    }
}

/// <summary>
/// The outcome of checking or saving settings: field errors or a refusal, and the index number the
/// next draft of this year would get under the settings checked.
/// </summary>
public sealed record SettingsResult(Dictionary<string, string[]> Errors, string? NextIndexNumber, Refusal? Refusal = null)
{
    public bool Done => Errors.Count == 0 && Refusal is null;
}

/// <summary>
/// An agency Head's catalog settings: the index number scheme and codes, review levels and the
/// disclosure guide's texts. A scheme is refused when it could give a number twice; changing it never
/// resets the agency's sequence (<see cref="IndexCounter"/>), so no sequence number is given again.
/// </summary>
public sealed class SettingsDesk(GongkaiDbContext db, CatalogDesk desk, AuditLog audit)
{
    /// <summary>The genre an index number preview uses for <c>{category}</c>.</summary>
    public const Genre PreviewGenre = Genre.NormativeDocument;

    /// <summary>Checks the form and computes the next index number under it, without saving.</summary>
    public async Task<SettingsResult> PreviewAsync(Staff staff, CatalogSettingsForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        return await CheckAsync(ToSettings(staff.AgencyId, form), cancellationToken);
    }

    /// <summary>The next index number under the saved settings.</summary>
    public async Task<string?> NextIndexNumberAsync(CatalogSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var (scheme, _) = IndexNumberScheme.Parse(settings.IndexScheme);
        if (scheme is null)
        {
            return null;
        }

        // The counter is read, not moved: a preview gives no number away.
        var year = desk.Today.Year;
        var last = await db.Set<IndexCounter>().AsNoTracking()
            .Where(c => c.AgencyId == settings.AgencyId && c.Year == year)
            .Select(c => (long?)c.Last).FirstOrDefaultAsync(cancellationToken) ?? 0;
        return scheme.Format(settings.Codes, PreviewGenre, year, last + 1);
    }

    /// <summary>Saves the Head's settings and audits what changed.</summary>
    public async Task<SettingsResult> SaveAsync(Staff staff, CatalogSettingsForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (staff.Role != StaffRole.Head)
        {
            return new SettingsResult([], null, new Refusal("目录设置只能由本机关负责人修改。"));
        }

        var entered = ToSettings(staff.AgencyId, form);
        var result = await CheckAsync(entered, cancellationToken);
        if (!result.Done)
        {
            return result;
        }

        var settings = await desk.SettingsAsync(staff.AgencyId, cancellationToken);
        var changes = Changes(settings, entered);
        if (changes.Count == 0)
        {
            return result;
        }

        (settings.IndexScheme, settings.CreditCode, settings.OrgCode, settings.ReviewLevels) = (entered.IndexScheme, entered.CreditCode, entered.OrgCode, entered.ReviewLevels);
        (settings.OfficeHours, settings.Fax, settings.OnlineContact, settings.Arrangement, settings.Remedies) =
            (entered.OfficeHours, entered.Fax, entered.OnlineContact, entered.Arrangement, entered.Remedies);
        var detail = string.Join("；", changes);
        audit.RecordCatalog(staff, "CatalogSettingsChanged", null, detail.Length > 2000 ? detail[..1999] + "…" : detail);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    private static CatalogSettings ToSettings(int agencyId, CatalogSettingsForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new CatalogSettings
        {
            AgencyId = agencyId,
            IndexScheme = form.IndexScheme?.Trim() ?? "",
            CreditCode = UnifiedCreditCode.Normalize(form.CreditCode),
            OrgCode = form.OrgCode?.Trim().ToUpperInvariant() ?? "",
            ReviewLevels = form.ReviewLevels,
            OfficeHours = form.OfficeHours?.Trim() ?? "",
            Fax = form.Fax?.Trim() ?? "",
            OnlineContact = form.OnlineContact?.Trim() ?? "",
            Arrangement = form.Arrangement?.Trim() ?? "",
            Remedies = form.Remedies?.Trim() ?? "",
        };
    }

    /// <summary>
    /// The settings' own checks, then those that need the installation: index numbers are unique across
    /// all agencies, so the agency code a scheme uses must be no other agency's, and the next number
    /// under the scheme must not have been given already.
    /// </summary>
    private async Task<SettingsResult> CheckAsync(CatalogSettings settings, CancellationToken cancellationToken)
    {
        var errors = settings.Validate();
        if (errors.Count > 0)
        {
            return new SettingsResult(errors, null);
        }

        var scheme = IndexNumberScheme.Parse(settings.IndexScheme).Scheme!;
        var others = db.CatalogSettings.AsNoTracking().Where(s => s.AgencyId != settings.AgencyId);
        if (scheme.UsesCreditCode && await OwnerAsync(others.Where(s => s.CreditCode == settings.CreditCode), cancellationToken) is { } creditOwner)
        {
            errors[nameof(CatalogSettings.CreditCode)] = [$"统一社会信用代码“{settings.CreditCode}”已是{creditOwner}的代码，索引号会重复，请核对。"];
        }

        if (scheme.UsesOrgCode && await OwnerAsync(others.Where(s => s.OrgCode == settings.OrgCode), cancellationToken) is { } orgOwner)
        {
            errors[nameof(CatalogSettings.OrgCode)] = [$"机构代码“{settings.OrgCode}”已是{orgOwner}的代码，索引号会重复，请核对。"];
        }

        if (errors.Count > 0)
        {
            return new SettingsResult(errors, null);
        }

        var next = await NextIndexNumberAsync(settings, cancellationToken);
        if (await db.Publications.AnyAsync(p => p.IndexNumber == next, cancellationToken))
        {
            errors[nameof(CatalogSettings.IndexScheme)] = [$"按此规则，下一个索引号“{next}”已被使用，会产生重复，请调整规则。"];
        }

        return new SettingsResult(errors, next);
    }

    private Task<string?> OwnerAsync(IQueryable<CatalogSettings> matches, CancellationToken cancellationToken) =>
        matches.Join(db.Agencies, s => s.AgencyId, a => a.Id, (s, a) => a.Name).FirstOrDefaultAsync(cancellationToken);

    private static List<string> Changes(CatalogSettings before, CatalogSettings after)
    {
        var changes = new List<string>();
        void Compare(string label, string old, string now, bool showValues = true)
        {
            if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                changes.Add(showValues ? $"{label}：{Shown(old)} → {Shown(now)}" : $"{label}已修改");
            }
        }

        Compare("索引号规则", before.IndexScheme, after.IndexScheme);
        Compare("统一社会信用代码", before.CreditCode, after.CreditCode);
        Compare("机构代码", before.OrgCode, after.OrgCode);
        Compare("审核级数", before.ReviewLevels.ToString(System.Globalization.CultureInfo.InvariantCulture), after.ReviewLevels.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Compare("办公时间", before.OfficeHours, after.OfficeHours);
        Compare("传真", before.Fax, after.Fax);
        Compare("网上联系方式", before.OnlineContact, after.OnlineContact);
        Compare("信息分类与编排", before.Arrangement, after.Arrangement, showValues: false);
        Compare("监督和救济", before.Remedies, after.Remedies, showValues: false);
        return changes;
    }

    private static string Shown(string value) => value.Length == 0 ? "（空）" : value;
}
