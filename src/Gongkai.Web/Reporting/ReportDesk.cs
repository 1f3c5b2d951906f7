using Gongkai.Core.Calendar;
using Gongkai.Core.Reports;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Gongkai.Data.Reports;
using Gongkai.Reports;
using Gongkai.Reports.Formats.Html;
using Gongkai.Reports.Formats.Json;
using Gongkai.Reports.Model;
using Gongkai.Reports.Rules;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Reporting;

/// <summary>The clerk's prose of a draft (一's five parts, 五, 六's addition).</summary>
public sealed record ProseForm(string? Active, string? OnRequest, string? Management, string? Platform, string? Supervision, string? Problems, string? OtherMatters, int Revision);

/// <summary>An entered opening figure.</summary>
public sealed record FigureForm(string Cell, int Value, string Reason);

/// <summary>A step asked for (提交、审核、退回、签批、更正).</summary>
public sealed record ReportStepForm(ReportStepKind Kind, string? Note);

/// <summary>The workspace of one agency-year as the page and the API show it.</summary>
public sealed record WorkspaceView(
    int AgencyId, string AgencyName, int Year, ReportState State, string StateLabel, int Version, string CorrectionNote, int Revision,
    DateOnly Due, string IssuerLabel, int WorkingDaysLeft, bool Overdue,
    IReadOnlyList<Finding> Findings, string PreviousSource, IReadOnlyList<WorkspaceView.Figure> Figures,
    IReadOnlyList<WorkspaceView.Step> Steps, IReadOnlyList<int> PublishedVersions, ReportProse Prose, ReportProse Draft,
    string FeeStatement, string Html)
{
    public sealed record Figure(long Id, string Cell, string CellName, int Value, string Reason, string EnteredBy, DateTimeOffset EnteredAt);

    public sealed record Step(string Kind, int Version, string Actor, DateTimeOffset At, string Note);

    /// <summary>The composed report (not serialized: the API gives its canonical JSON).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public AnnualReport Report { get; init; } = new();
}

/// <summary>
/// The annual report workspace of an agency-year: composition with every rule of the report engine
/// run live (cross-year against last year's published or uploaded report), prose, opening figures,
/// approval and publication as frozen canonical JSON. Scoped like the desk.
/// </summary>
public sealed class ReportDesk(GongkaiDbContext db, TimeProvider clock, WorkdayCalendar calendar, CaseDesk desk)
{
    /// <summary>The workspace, or null when the agency is out of scope or the year out of range.</summary>
    public async Task<WorkspaceView?> LoadAsync(Staff staff, int agencyId, int year, CancellationToken cancellationToken)
    {
        if (!staff.Sees(agencyId) || year is < 2019 or > 2100)
        {
            return null;
        }

        var composed = await ReportComposition.ComposeAsync(db, agencyId, year, cancellationToken);
        if (composed is null)
        {
            return null;
        }

        var draft = await db.ReportDrafts.AsNoTracking().Include(d => d.Steps).FirstOrDefaultAsync(d => d.AgencyId == agencyId && d.Year == year, cancellationToken);
        var previousRow = await db.PublishedReports.AsNoTracking().Where(r => r.AgencyId == agencyId && r.Year == year - 1)
            .OrderByDescending(r => r.Version).Select(r => new { r.Uploaded, r.Version }).FirstOrDefaultAsync(cancellationToken);
        var previous = await ReportComposition.PreviousAsync(db, agencyId, year, cancellationToken);
        var report = composed.Report;
        var findings = AnnualReports.Check(report, previous);
        var figures = await db.EnteredFigures.AsNoTracking().Where(f => f.AgencyId == agencyId && f.Year == year).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var versions = await db.PublishedReports.AsNoTracking().Where(r => r.AgencyId == agencyId && r.Year == year && !r.Uploaded)
            .OrderBy(r => r.Version).Select(r => r.Version).ToListAsync(cancellationToken);

        var issuer = AgencyNames.IsPeoplesGovernment(report.Agency) ? ReportIssuer.Government : ReportIssuer.Department;
        var due = Article49.AnnualReportDue(year, issuer);
        var today = desk.Today;
        var state = draft?.State ?? ReportState.Draft;
        int left = calendar.WorkingDaysBetween(today, due).Days.Count;
        return new WorkspaceView(
            agencyId, report.Agency ?? "", year, state, state.ChineseLabel(), draft?.Version ?? 1, draft?.CorrectionNote ?? "", draft?.Revision ?? 0,
            due, issuer == ReportIssuer.Government ? "本级人民政府（3月31日前）" : "政府部门（1月31日前）", left,
            Overdue: today > due && state != ReportState.Published && versions.Count == 0,
            findings,
            previousRow is null ? "无（未发布或上传上一年度报告，跨年度规则未运行）" : previousRow.Uploaded ? "上传的上一年度报告" : $"本系统发布的上一年度报告（第{previousRow.Version}版）",
            [.. figures.Select(f => new WorkspaceView.Figure(f.Id, f.Cell, ReportComposer.CellName(f.Cell), f.Value, f.Reason, f.EnteredBy, f.EnteredAt))],
            [.. (draft?.Steps ?? []).OrderBy(s => s.At).Select(s => new WorkspaceView.Step(s.Kind.ChineseLabel(), s.Version, s.ActorName, s.At, s.Note))],
            versions, draft?.Prose ?? new ReportProse(), composed.Draft, composed.FeeStatement, HtmlWriter.ToFragment(report))
        {
            Report = report,
        };
    }

    /// <summary>Saves the prose of a draft; the refusal in Chinese, or null.</summary>
    public async Task<string?> SaveProseAsync(Staff staff, int agencyId, int year, ProseForm form, CancellationToken cancellationToken)
    {
        var (draft, refusal) = await EditableAsync(staff, agencyId, year, cancellationToken);
        if (draft is null)
        {
            return refusal;
        }

        if (draft.Revision != form.Revision)
        {
            return "报告刚被他人修改，请刷新后重试。";
        }

        draft.Active = Clean(form.Active);
        draft.OnRequest = Clean(form.OnRequest);
        draft.Management = Clean(form.Management);
        draft.Platform = Clean(form.Platform);
        draft.Supervision = Clean(form.Supervision);
        draft.Problems = Clean(form.Problems);
        draft.OtherMatters = Clean(form.OtherMatters);
        return await SaveAsync(staff, draft, "ReportProseSaved", "", cancellationToken);
    }

    /// <summary>Enters an opening figure; the refusal in Chinese, or null.</summary>
    public async Task<string?> AddFigureAsync(Staff staff, int agencyId, int year, FigureForm form, CancellationToken cancellationToken)
    {
        if (!ReportComposer.IsKnownCell(form.Cell ?? ""))
        {
            return "请选择第三部分或第四部分的单元格。";
        }

        if (string.IsNullOrWhiteSpace(form.Reason))
        {
            return "请说明录入期初数的原因（如：本系统启用前的数据）。";
        }

        var (draft, refusal) = await EditableAsync(staff, agencyId, year, cancellationToken);
        if (draft is null)
        {
            return refusal;
        }

        db.EnteredFigures.Add(new EnteredFigure { AgencyId = agencyId, Year = year, Cell = form.Cell!, Value = form.Value, Reason = form.Reason.Trim()[..Math.Min(500, form.Reason.Trim().Length)], EnteredBy = staff.Name, EnteredAt = clock.GetUtcNow() });
        return await SaveAsync(staff, draft, "ReportFigureEntered", $"{ReportComposer.CellName(form.Cell!)} {form.Value}：{form.Reason}", cancellationToken);
    }

    /// <summary>Removes an opening figure; the refusal in Chinese, or null.</summary>
    public async Task<string?> RemoveFigureAsync(Staff staff, int agencyId, int year, long figureId, CancellationToken cancellationToken)
    {
        var (draft, refusal) = await EditableAsync(staff, agencyId, year, cancellationToken);
        if (draft is null)
        {
            return refusal;
        }

        var figure = await db.EnteredFigures.FirstOrDefaultAsync(f => f.Id == figureId && f.AgencyId == agencyId && f.Year == year, cancellationToken);
        if (figure is null)
        {
            return "没有这条期初数。";
        }

        db.EnteredFigures.Remove(figure);
        return await SaveAsync(staff, draft, "ReportFigureRemoved", $"{ReportComposer.CellName(figure.Cell)} {figure.Value}", cancellationToken);
    }

    /// <summary>Stores last year's report made outside Gongkai, for the cross-year rules; the refusal in Chinese, or null.</summary>
    public async Task<string?> UploadPreviousAsync(Staff staff, int agencyId, int year, byte[] content, string fileName, CancellationToken cancellationToken)
    {
        if (!staff.Sees(agencyId))
        {
            return "没有这个行政机关，或不在您的范围内。";
        }

        var read = AnnualReports.Read(content, fileName);
        if (read.Report is not { } previous)
        {
            return read.Error?.Message ?? "无法读取该文件。";
        }

        if (previous.Year is int y && y != year - 1)
        {
            return $"该文件是{y}年度的报告，请上传{year - 1}年度的报告。";
        }

        var existing = await db.PublishedReports.FirstOrDefaultAsync(r => r.AgencyId == agencyId && r.Year == year - 1 && r.Uploaded, cancellationToken);
        if (existing is null)
        {
            existing = new PublishedReport { AgencyId = agencyId, Year = year - 1, Version = 0, Uploaded = true };
            db.PublishedReports.Add(existing);
        }

        existing.Json = ReportJson.ToJson(previous with { Year = year - 1 });
        existing.PublishedOn = previous.PublishedOn ?? new DateOnly(year, 1, 1);
        existing.PublishedAt = clock.GetUtcNow();
        existing.ApprovedBy = staff.Name;
        AuditReport(staff, agencyId, "ReportPreviousUploaded", $"{year - 1}年度 {Path.GetFileName(fileName)}");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Takes an approval step; the refusal in Chinese, or null. Approval publishes the report, frozen.</summary>
    public async Task<string?> StepAsync(Staff staff, int agencyId, int year, ReportStepForm form, CancellationToken cancellationToken)
    {
        if (!staff.Sees(agencyId) || year is < 2019 or > 2100)
        {
            return "没有这个行政机关或年度，或不在您的范围内。";
        }

        var draft = await DraftAsync(agencyId, year, cancellationToken);
        var (next, refusal) = ReportWorkflow.Take(draft.State, form.Kind, staff.Role, form.Note);
        if (next is not { } state)
        {
            return refusal;
        }

        if (form.Kind is ReportStepKind.Submit or ReportStepKind.Review or ReportStepKind.Approve)
        {
            var view = await LoadAsync(staff, agencyId, year, cancellationToken);
            var errors = view!.Findings.Where(f => f.Severity == Severity.Error).ToList();
            if (errors.Count > 0)
            {
                return $"报告有{errors.Count}处勾稽关系错误，请先改正：{errors[0].Message}";
            }

            if (form.Kind == ReportStepKind.Approve)
            {
                await PublishAsync(staff, draft, cancellationToken);
            }
        }

        if (form.Kind == ReportStepKind.Correct)
        {
            draft.Version = 1 + (await db.PublishedReports.Where(r => r.AgencyId == agencyId && r.Year == year && !r.Uploaded).MaxAsync(r => (int?)r.Version, cancellationToken) ?? 0);
            draft.CorrectionNote = form.Note!.Trim();
        }

        int version = form.Kind == ReportStepKind.Correct ? draft.Version - 1 : draft.Version;
        draft.State = state;
        draft.Steps.Add(new ReportStep { Kind = form.Kind, Version = version, At = clock.GetUtcNow(), ActorId = staff.UserId, ActorName = staff.Name, ActorRole = staff.Role, Note = (form.Note ?? "").Trim() });
        return await SaveAsync(staff, draft, "Report" + form.Kind, $"{year}年度 第{version}版 {form.Note}".Trim(), cancellationToken);
    }

    private async Task PublishAsync(Staff staff, ReportDraft draft, CancellationToken cancellationToken)
    {
        var composed = (await ReportComposition.ComposeAsync(db, draft.AgencyId, draft.Year, cancellationToken))!;
        var report = composed.Report with { PublishedOn = desk.Today };
        db.PublishedReports.Add(new PublishedReport
        {
            AgencyId = draft.AgencyId,
            Year = draft.Year,
            Version = draft.Version,
            PublishedOn = desk.Today,
            PublishedAt = clock.GetUtcNow(),
            Json = ReportJson.ToJson(report),
            CorrectionNote = draft.CorrectionNote,
            ApprovedBy = staff.Name,
        });
    }

    private async Task<(ReportDraft? Draft, string? Refusal)> EditableAsync(Staff staff, int agencyId, int year, CancellationToken cancellationToken)
    {
        if (!staff.Sees(agencyId) || year is < 2019 or > 2100)
        {
            return (null, "没有这个行政机关或年度，或不在您的范围内。");
        }

        var draft = await DraftAsync(agencyId, year, cancellationToken);
        return draft.State == ReportState.Draft ? (draft, null) : (null, $"报告当前为“{draft.State.ChineseLabel()}”，只有草稿可以修改；已发布的报告请先“更正”。");
    }

    private async Task<ReportDraft> DraftAsync(int agencyId, int year, CancellationToken cancellationToken)
    {
        var draft = await db.ReportDrafts.Include(d => d.Steps).FirstOrDefaultAsync(d => d.AgencyId == agencyId && d.Year == year, cancellationToken);
        if (draft is null)
        {
            draft = new ReportDraft { AgencyId = agencyId, Year = year, State = ReportState.Draft, UpdatedAt = clock.GetUtcNow() };
            db.ReportDrafts.Add(draft);
        }

        return draft;
    }

    private async Task<string?> SaveAsync(Staff staff, ReportDraft draft, string action, string detail, CancellationToken cancellationToken)
    {
        draft.Revision++;
        draft.UpdatedAt = clock.GetUtcNow();
        AuditReport(staff, draft.AgencyId, action, $"{draft.Year}年度 {detail}".Trim());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            // A concurrent save (the revision token) or a second publication of the same version (the unique index).
            db.ChangeTracker.Clear();
            return "报告刚被他人修改，请刷新后重试。";
        }
    }

    private void AuditReport(Staff staff, int agencyId, string action, string detail) =>
        db.Audit.Add(new AuditEntry { At = clock.GetUtcNow(), UserId = staff.UserId, UserName = staff.Name, AgencyId = agencyId, Action = action, Detail = detail[..Math.Min(detail.Length, 2000)] });

    private static string? Clean(string? text)
    {
        var t = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return t.Length == 0 ? null : t.Length > 20000 ? t[..20000] : t;
    }
}
