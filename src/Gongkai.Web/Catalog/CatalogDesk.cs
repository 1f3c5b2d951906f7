using AngleSharp.Html.Parser;
using Ganss.Xss;
using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;
using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Data.Catalog;
using Gongkai.Reports.Model;
using Gongkai.Web.Desk;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Catalog;

/// <summary>The fields staff enter for a catalog item (never the entity: no overposting).</summary>
public sealed record PublicationForm(
    string? Title,
    string? IssuingAgency,
    string? DocumentNumber,
    DateOnly? WrittenOn,
    string? Topic,
    Genre Genre,
    string? Summary,
    string? Body,
    ValidityState Validity = ValidityState.InForce,
    DateOnly? EffectiveOn = null,
    DateOnly? EndedOn = null,
    long? RepealedById = null,
    long? InterpretsId = null,
    DisclosureMode Mode = DisclosureMode.Proactive,
    string? ModeBasis = null,
    string? ModeReason = null);

/// <summary>A review step asked for by staff.</summary>
public enum ReviewAction
{
    Submit,
    Approve,
    Reject,
    Withdraw,
}

/// <summary>The outcome of a catalog operation: the item, field errors, a refusal, or not found.</summary>
public sealed record CatalogResult(Publication? Item, Dictionary<string, string[]>? Errors = null, string? Refusal = null)
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
public sealed class CatalogDesk(GongkaiDbContext db, TimeProvider clock, WorkdayCalendar calendar, AuditLog audit)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private static readonly HtmlSanitizer Sanitizer = new();

    private static readonly HtmlParser Parser = new();

    /// <summary>Today in China Standard Time.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(ChinaOffset).DateTime);

    /// <summary>The body as safe HTML (scripts, event handlers and foreign schemes removed).</summary>
    public static string Sanitize(string? html) => string.IsNullOrWhiteSpace(html) ? "" : Sanitizer.Sanitize(html);

    /// <summary>The text of sanitized HTML, for search and snippets.</summary>
    public static string PlainText(string html) =>
        string.IsNullOrEmpty(html) ? "" : string.Join(' ', (Parser.ParseDocument("<body>" + html + "</body>").Body?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Field → Chinese message for a form.</summary>
    public async Task<Dictionary<string, string[]>> ValidateAsync(int agencyId, PublicationForm form, long? selfId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = ReviewWorkflow.CheckMode(form.Mode, form.ModeBasis, form.ModeReason);
        if (string.IsNullOrWhiteSpace(form.Title))
        {
            errors["Title"] = ["请填写名称。"];
        }
        else if (form.Title.Length > 500)
        {
            errors["Title"] = ["名称不能超过500字。"];
        }

        if (string.IsNullOrWhiteSpace(form.IssuingAgency))
        {
            errors["IssuingAgency"] = ["请填写发布机构。"];
        }

        if (form.WrittenOn is null)
        {
            errors["WrittenOn"] = ["请填写成文日期。"];
        }
        else if (form.WrittenOn > Today)
        {
            errors["WrittenOn"] = ["成文日期不能晚于今天。"];
        }

        if (await CheckTopicAsync(agencyId, form.Topic, cancellationToken) is { } topicError)
        {
            errors["Topic"] = [topicError];
        }

        if (!Enum.IsDefined(form.Genre))
        {
            errors["Genre"] = ["请选择体裁分类。"];
        }

        if (form.Validity != ValidityState.InForce && form.EndedOn is null)
        {
            errors["EndedOn"] = [$"有效性为“{form.Validity.ChineseLabel()}”时须填写废止或失效日期。"];
        }
        else if (form.EndedOn < form.WrittenOn)
        {
            errors["EndedOn"] = ["废止或失效日期不能早于成文日期。"];
        }

        if (form.RepealedById is long repealer && (repealer == selfId || !await db.Publications.AnyAsync(p => p.Id == repealer && p.AgencyId == agencyId, cancellationToken)))
        {
            errors["RepealedById"] = ["废止该文件的文件不在本机关目录中。"];
        }

        if (form.InterpretsId is long policy && (policy == selfId || !await db.Publications.AnyAsync(p => p.Id == policy && p.AgencyId == agencyId, cancellationToken)))
        {
            errors["InterpretsId"] = ["所解读的政策文件不在本机关目录中。"];
        }

        return errors;
    }

    /// <summary>An item's topic: when the agency has a topic tree, one of its topics (by path); otherwise any short text.</summary>
    private async Task<string?> CheckTopicAsync(int agencyId, string? topic, CancellationToken cancellationToken)
    {
        var text = topic?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Length > TopicTree.MaxPathLength)
        {
            return $"主题分类不能超过{TopicTree.MaxPathLength}个字。";
        }

        var tree = await db.TopicTreeAsync(agencyId, cancellationToken);
        return tree.IsEmpty || tree.FindPath(text) is not null ? null : $"主题分类“{text}”不在本机关的主题分类中，请从列表中选择。";
    }

    /// <summary>
    /// Where a proactive item stands against 第二十六条, counted from its 成文日期 (its first publication);
    /// null for items not proactively disclosed or dated outside the calendar.
    /// </summary>
    public PublicationDeadline? Deadline(Publication item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Mode == DisclosureMode.Proactive ? Article26.Assess(calendar, item.WrittenOn, item.PublishedOn, Today) : null;
    }

    /// <summary>
    /// 第二十六条 for a correction: the changed information is due 20 working days from the correction's
    /// date, and a correction is published the day it is made.
    /// </summary>
    public PublicationDeadline? Deadline(PublicationRevision correction)
    {
        ArgumentNullException.ThrowIfNull(correction);
        var on = DateOnly.FromDateTime(correction.At.ToOffset(ChinaOffset).DateTime);
        return Article26.Assess(calendar, on, on, Today);
    }

    /// <summary>Unpublished proactive items written before this day are overdue today (第二十六条).</summary>
    public DateOnly OverdueIfWrittenBefore => Article26.EarliestNotOverdue(calendar, Today);

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
            return new CatalogResult(null, Refusal: "管理员不起草目录信息，请由经办人起草。");
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
            return new CatalogResult(null, Refusal: schemeError);
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
            return new CatalogResult(item, Refusal: $"该信息当前为“{item.State.ChineseLabel()}”，只有草稿可以修改；已发布的信息请更正。");
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

    /// <summary>Takes a review step; publishing puts the item in the search index, withdrawal takes it out.</summary>
    public async Task<CatalogResult> ActAsync(Staff staff, long id, ReviewAction action, string? note, CancellationToken cancellationToken)
    {
        var item = await FindAsync(staff, id, cancellationToken);
        if (item is null)
        {
            return CatalogResult.NotFound;
        }

        var by = new Reviewer(staff.UserId, staff.Role);
        var levels = (await SettingsAsync(item.AgencyId, cancellationToken)).ReviewLevels;
        var level = item.ReviewLevel;
        var result = action switch
        {
            ReviewAction.Submit => ReviewWorkflow.Submit(item, by),
            ReviewAction.Approve => ReviewWorkflow.Approve(item, by, levels, Today),
            ReviewAction.Reject => ReviewWorkflow.Reject(item, by, note),
            _ => ReviewWorkflow.Withdraw(item, by, note, clock.GetUtcNow()),
        };
        if (!result.IsDone)
        {
            return new CatalogResult(item, Refusal: result.Refusal);
        }

        var step = action == ReviewAction.Approve
            ? item.State == PublicationState.Published ? "CatalogPublished" : $"CatalogApprovedLevel{level}"
            : "Catalog" + action;
        audit.RecordCatalog(staff, step, item.Id, note?.Trim() ?? "");
        return await SaveAsync(item, cancellationToken);
    }

    /// <summary>Corrects a published item: its text before goes into the history, the revision number goes up.</summary>
    public async Task<CatalogResult> CorrectAsync(Staff staff, long id, PublicationForm form, string? note, CancellationToken cancellationToken)
    {
        var item = await FindAsync(staff, id, cancellationToken, withHistory: true);
        if (item is null)
        {
            return CatalogResult.NotFound;
        }

        var errors = await ValidateAsync(item.AgencyId, form, id, cancellationToken);
        if (errors.Count > 0)
        {
            return new CatalogResult(item, errors);
        }

        var result = ReviewWorkflow.Correct(item, new Reviewer(staff.UserId, staff.Role), note, clock.GetUtcNow());
        if (!result.IsDone)
        {
            return new CatalogResult(item, Refusal: result.Refusal);
        }

        Apply(item, form with { Mode = item.Mode, ModeBasis = item.ModeBasis, ModeReason = item.ModeReason });
        audit.RecordCatalog(staff, "CatalogCorrected", item.Id, note!.Trim());
        return await SaveAsync(item, cancellationToken);
    }

    /// <summary>The ledger's periodic review: confirms or changes the disclosure mode and dates the review today.</summary>
    public async Task<CatalogResult> ReviewModeAsync(Staff staff, long id, DisclosureMode mode, string? basis, string? reason, CancellationToken cancellationToken)
    {
        var item = await FindAsync(staff, id, cancellationToken);
        if (item is null)
        {
            return CatalogResult.NotFound;
        }

        if (staff.Role is not (StaffRole.Reviewer or StaffRole.Head))
        {
            return new CatalogResult(item, Refusal: "公开属性的审查须由审核人或负责人办理。");
        }

        var errors = ReviewWorkflow.CheckMode(mode, basis, reason);
        if (errors.Count > 0)
        {
            return new CatalogResult(item, errors);
        }

        if (mode != DisclosureMode.Proactive && item.State == PublicationState.Published)
        {
            return new CatalogResult(item, Refusal: "已发布的信息须先撤回，才能改为依申请公开或不予公开。");
        }

        var before = item.Mode;
        item.Mode = mode;
        item.ModeBasis = mode == DisclosureMode.Proactive ? "" : basis!.Trim();
        item.ModeReason = mode == DisclosureMode.Proactive ? "" : reason!.Trim();
        item.ModeReviewedOn = Today;
        audit.RecordCatalog(staff, "CatalogModeReviewed", item.Id, $"{before.ChineseLabel()} → {mode.ChineseLabel()}");
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
            return new CatalogResult(item, Refusal: "只有草稿可以添加附件。");
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

    /// <summary>Section 二 of an agency's report for a year.</summary>
    public async Task<ActiveDisclosure> Section2Async(int agencyId, int year, CancellationToken cancellationToken)
    {
        var end = new DateOnly(year, 12, 31);
        var facts = await db.Publications.AsNoTracking()
            .Where(p => p.AgencyId == agencyId && (p.Genre == Genre.Regulation || p.Genre == Genre.NormativeDocument) && p.WrittenOn <= end)
            .Select(p => new CatalogFacts(p.Genre, p.WrittenOn, p.PublishedOn, p.Validity, p.EffectiveOn, p.EndedOn,
                p.State == PublicationState.Published || p.State == PublicationState.Withdrawn || p.Mode != DisclosureMode.Proactive))
            .ToListAsync(cancellationToken);
        var figures = await db.DecisionFigures.AsNoTracking().FirstOrDefaultAsync(f => f.AgencyId == agencyId && f.Year == year, cancellationToken);
        return Section2Builder.Build(year, facts, figures);
    }

    /// <summary>Stores the figures of an agency's year (replacing those before) and audits it.</summary>
    public async Task SaveFiguresAsync(Staff staff, DecisionFigures figures, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var row = await db.DecisionFigures.FirstOrDefaultAsync(f => f.AgencyId == figures.AgencyId && f.Year == figures.Year, cancellationToken);
        if (row is null)
        {
            row = new DecisionFigures { AgencyId = figures.AgencyId, Year = figures.Year };
            db.DecisionFigures.Add(row);
        }

        (row.Licensing, row.Penalty, row.Coercion, row.FeesTenThousandYuan) = (figures.Licensing, figures.Penalty, figures.Coercion, figures.FeesTenThousandYuan);
        audit.RecordCatalog(staff, "FiguresSaved", null, $"{figures.Year}年 {source}");
        await db.SaveChangesAsync(cancellationToken);
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
            return new CatalogResult(item, Refusal: "该信息刚被他人修改，请刷新后重试。");
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
        item.Body = Sanitize(form.Body);
        item.BodyText = PlainText(item.Body);
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
