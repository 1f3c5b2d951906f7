using Gongkai.Core;
using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;
using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Data.Catalog;
using Gongkai.Reports.Model;
using Gongkai.Web.Desk;
using Gongkai.Web.Attachments;
using Gongkai.Web.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Catalog;

/// <summary>The outcome of a catalog operation: the item, field errors, a refusal, or not found.</summary>
public sealed record CatalogResult(Publication? Item, Dictionary<string, string[]>? Errors = null, Refusal? Refusal = null)
{
    public static readonly CatalogResult NotFound = new((Publication?)null);

    public bool Done => Item is not null && Errors is null && Refusal is null;
}

/// <summary>
/// The catalog's operations for staff: drafting with a new index number, the review steps
/// (<see cref="ReviewWorkflow"/>), correction and withdrawal, the disclosure-mode ledger and the
/// figures of section 二. Every change is audit-logged in its own transaction, and the search index
/// follows in the same transaction.
/// </summary>
public sealed partial class CatalogDesk(GongkaiDbContext db, TimeProvider clock, WorkdayCalendar calendar, AuditLog audit)
{

    /// <summary>Today in China Standard Time.</summary>
    public DateOnly Today => ChinaClock.Today(clock);

    /// <summary>The agency's settings, created with defaults on first use.</summary>
    public async Task<CatalogSettings> SettingsAsync(int agencyId, CancellationToken cancellationToken)
    {
        var settings = await db.CatalogSettings.FirstOrDefaultAsync(s => s.AgencyId == agencyId, cancellationToken);
        if (settings is null)
        {
            settings = new CatalogSettings { AgencyId = agencyId, CreditCode = $"AGENCY{agencyId:D4}" };
            db.CatalogSettings.Add(settings);
            await db.SaveChangesAsync(cancellationToken);
        }

        return settings;
    }

    /// <summary>Drafts a new item in the staff member's agency with the next index number.</summary>
    public async Task<CatalogResult> CreateAsync(Staff staff, PublicationForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (staff.Role == StaffRole.Administrator)
        {
            return new CatalogResult(null, Refusal: new Refusal("管理员不起草目录信息，请由经办人起草。"));
        }

        var errors = await ValidateAsync(staff.AgencyId, form, null, cancellationToken);
        if (errors.Count > 0)
        {
            return new CatalogResult(null, errors);
        }

        var settings = await SettingsAsync(staff.AgencyId, cancellationToken);
        var (scheme, schemeError) = IndexNumberScheme.Parse(settings.IndexScheme);
        if (scheme is null)
        {
            return new CatalogResult(null, Refusal: new Refusal(schemeError!));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var year = form.WrittenOn!.Value.Year;
        var sequence = await db.NextSequenceAsync(staff.AgencyId, year, cancellationToken);
        var item = new Publication
        {
            AgencyId = staff.AgencyId,
            IndexNumber = scheme.Format(settings.Codes, form.Genre, year, sequence),
            Title = "",
            IssuingAgency = "",
            CreatedBy = staff.UserId,
            ModeReviewedOn = Today,
        };
        Apply(item, form);
        db.Publications.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        audit.RecordCatalog(staff, "CatalogDrafted", item.Id, item.IndexNumber);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CatalogResult(item);
    }

    /// <summary>Changes a draft (a published item is corrected instead).</summary>
    public async Task<CatalogResult> UpdateAsync(Staff staff, long id, PublicationForm form, CancellationToken cancellationToken)
    {
        var item = await FindAsync(staff, id, cancellationToken);
        if (item is null)
        {
            return CatalogResult.NotFound;
        }

        if (item.State is PublicationState.InReview or PublicationState.Published or PublicationState.Withdrawn && item.Mode == DisclosureMode.Proactive)
        {
            return new CatalogResult(item, Refusal: new Refusal($"该信息当前为“{item.State.ChineseLabel()}”，只有草稿可以修改；已发布的信息请更正。"));
        }

        var errors = await ValidateAsync(item.AgencyId, form, id, cancellationToken);
        if (errors.Count > 0)
        {
            return new CatalogResult(item, errors);
        }

        Apply(item, form);
        audit.RecordCatalog(staff, "CatalogUpdated", item.Id);
        return await SaveAsync(item, cancellationToken);
    }

    /// <summary>Adds checked attachments to a draft.</summary>
    public async Task<CatalogResult> AttachAsync(Staff staff, long id, IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        var item = await FindAsync(staff, id, cancellationToken);
        if (item is null)
        {
            return CatalogResult.NotFound;
        }

        if (item.State != PublicationState.Draft)
        {
            return new CatalogResult(item, Refusal: new Refusal("只有草稿可以添加附件。"));
        }

        var (checkedFiles, error) = await Uploads.CheckAsync(files, cancellationToken);
        if (error is not null)
        {
            return new CatalogResult(item, new Dictionary<string, string[]> { ["Files"] = [error] });
        }

        var count = await db.PublicationAttachments.CountAsync(a => a.PublicationId == id, cancellationToken);
        foreach (var (file, i) in checkedFiles.Select((f, i) => (f, i)))
        {
            var extension = Path.GetExtension(file.FileName);
            db.PublicationAttachments.Add(new PublicationAttachment { PublicationId = id, FileName = $"附件{count + i + 1}{extension}", ContentType = file.ContentType, Content = file.Content });
        }

        audit.RecordCatalog(staff, "CatalogAttached", id, $"{checkedFiles.Count}个附件");
        return await SaveAsync(item, cancellationToken);
    }

    /// <summary>An item of the staff member's agencies, or null.</summary>
    public Task<Publication?> FindAsync(Staff staff, long id, CancellationToken cancellationToken, bool withHistory = false)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var query = db.Publications.Where(p => p.Id == id && staff.VisibleAgencies.Contains(p.AgencyId));
        if (withHistory)
        {
            query = query.Include(p => p.History);
        }

        return query.FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<CatalogResult> SaveAsync(Publication item, CancellationToken cancellationToken)
    {
        item.Version++;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CatalogResult(item, Refusal: new Refusal("该信息刚被他人修改，请刷新后重试。"));
        }

        await db.IndexAsync(item, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new CatalogResult(item);
    }

    private static void Apply(Publication item, PublicationForm form)
    {
        item.Title = form.Title!.Trim();
        item.IssuingAgency = form.IssuingAgency!.Trim();
        item.DocumentNumber = form.DocumentNumber?.Trim() ?? "";
        item.WrittenOn = form.WrittenOn!.Value;
        item.Topic = form.Topic?.Trim() ?? "";
        item.Genre = form.Genre;
        item.Summary = form.Summary?.Trim() ?? "";
        item.Body = CatalogHtml.Sanitize(form.Body);
        item.BodyText = CatalogHtml.PlainText(item.Body);
        item.Validity = form.Validity;
        item.EffectiveOn = form.EffectiveOn;
        item.EndedOn = form.Validity == ValidityState.InForce ? null : form.EndedOn;
        item.RepealedById = form.Validity == ValidityState.Repealed ? form.RepealedById : null;
        item.InterpretsId = form.InterpretsId;
        item.Mode = form.Mode;
        item.ModeBasis = form.Mode == DisclosureMode.Proactive ? "" : form.ModeBasis?.Trim() ?? "";
        item.ModeReason = form.Mode == DisclosureMode.Proactive ? "" : form.ModeReason?.Trim() ?? "";
    }
}
