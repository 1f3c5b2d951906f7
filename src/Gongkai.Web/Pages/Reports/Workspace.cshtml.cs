using Gongkai.Core.Agencies;
using Gongkai.Core.Reports;
using Gongkai.Web.Desk;
using Gongkai.Web.Reporting;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Reports;

/// <summary>年报工作台: one agency-year's report, all six sections, live findings, prose, opening figures, approval.</summary>
public sealed class WorkspaceModel(AgencyScope scope, ReportDesk reports, CaseDesk desk) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? AgencyId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public WorkspaceView View { get; private set; } = null!;

    public Staff Staff { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public Task<IActionResult> OnPostProseAsync(ProseForm prose, CancellationToken cancellationToken) =>
        ActAsync(s => reports.SaveProseAsync(s, AgencyId!.Value, Year, prose, cancellationToken), "已保存。", cancellationToken);

    public Task<IActionResult> OnPostFigureAsync(FigureForm figure, CancellationToken cancellationToken) =>
        ActAsync(s => reports.AddFigureAsync(s, AgencyId!.Value, Year, figure, cancellationToken), "已录入期初数。", cancellationToken);

    public Task<IActionResult> OnPostRemoveFigureAsync(long figureId, CancellationToken cancellationToken) =>
        ActAsync(s => reports.RemoveFigureAsync(s, AgencyId!.Value, Year, figureId, cancellationToken), "已删除期初数。", cancellationToken);

    public Task<IActionResult> OnPostStepAsync(ReportStepKind kind, string? note, CancellationToken cancellationToken) =>
        ActAsync(s => reports.StepAsync(s, AgencyId!.Value, Year, new ReportStepForm(kind, note), cancellationToken), $"已{kind.ChineseLabel()}。", cancellationToken);

    public async Task<IActionResult> OnPostPreviousAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0 || file.Length > Gongkai.Reports.AnnualReports.MaxFileBytes)
        {
            return await RefuseAsync("请选择不超过50MB的上一年度报告文件（DOCX、PDF、HTML、TXT或JSON）。", cancellationToken);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        return await ActAsync(s => reports.UploadPreviousAsync(s, AgencyId!.Value, Year, bytes, file.FileName, cancellationToken), "已上传上一年度报告，跨年度规则已运行。", cancellationToken);
    }

    private async Task<IActionResult> ActAsync(Func<Staff, Task<string?>> action, string done, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        if (AgencyId is not int agencyId || !staff.Sees(agencyId))
        {
            return NotFound();
        }

        var refusal = await action(staff);
        if (refusal is not null)
        {
            return await RefuseAsync(refusal, cancellationToken);
        }

        Message = done;
        return RedirectToPage(new { AgencyId, Year });
    }

    private async Task<IActionResult> RefuseAsync(string refusal, CancellationToken cancellationToken)
    {
        Refusal = refusal;
        return await LoadAsync(cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        Staff = await scope.StaffAsync(cancellationToken);
        var tree = await scope.TreeAsync(cancellationToken);
        Agencies = tree.All.Where(a => Staff.Sees(a.Id)).OrderBy(a => a.Id).ToList();
        AgencyId ??= Staff.AgencyId;
        if (Year is < 2019 or > 2100)
        {
            Year = desk.Today.Year - 1;
        }

        var view = await reports.LoadAsync(Staff, AgencyId.Value, Year, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return null;
    }
}
