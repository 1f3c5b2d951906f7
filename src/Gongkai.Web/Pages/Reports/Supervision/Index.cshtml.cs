using Gongkai.Core.Agencies;
using Gongkai.Web.Staffing;
using Gongkai.Web.Supervision;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Reports.Supervision;

/// <summary>
/// The supervising office's page: every subordinate's report status and findings for a year,
/// uploads of reports made outside Gongkai, and the roll-up.
/// </summary>
[RequestSizeLimit(ReportUploads.MaxRequestBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ReportUploads.MaxRequestBytes + 1024 * 1024)]
public sealed class IndexModel(AgencyScope scope, SupervisionDesk desk) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? AgencyId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public IReadOnlyList<Agency> Supervising { get; private set; } = [];

    public Agency? Owner { get; private set; }

    public IReadOnlyList<SubordinateRow> Rows { get; private set; } = [];

    public Gongkai.Reports.Rollup.RollupResult? Rollup { get; private set; }

    /// <summary>What the last upload did, or why it was refused.</summary>
    public IReadOnlyList<string> Messages { get; private set; } = [];

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(List<IFormFile> reports, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        Year = Year is < 2008 or > 2100 ? desk.DefaultYear : Year;
        if (await desk.SupervisedAsync(staff, AgencyId ?? staff.AgencyId, cancellationToken) is not var (owner, _))
        {
            return NotFound();
        }

        var unpacked = await ReportUploads.UnpackAsync(reports, cancellationToken);
        if (unpacked.Refusal is not null)
        {
            Refusal = unpacked.Refusal;
        }
        else if (unpacked.Files.Count == 0)
        {
            Refusal = "请选择要上传的年度报告文件（txt、html、docx、pdf、json、md，或它们的 zip 压缩包）。";
        }
        else
        {
            int stored = await desk.StoreAsync(staff, owner, Year, unpacked.Files, cancellationToken);
            Messages = [$"已上传并检查{stored}份报告。", .. unpacked.Skipped];
        }

        AgencyId = owner.Id;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        Supervising = await desk.SupervisingAgenciesAsync(staff, cancellationToken);
        if (Year is < 2008 or > 2100)
        {
            Year = desk.DefaultYear;
        }

        AgencyId ??= Supervising.Any(a => a.Id == staff.AgencyId) ? staff.AgencyId : Supervising.FirstOrDefault()?.Id;
        if (AgencyId is not int id || await desk.SupervisedAsync(staff, id, cancellationToken) is not var (owner, subordinates))
        {
            return false;
        }

        Owner = owner;
        Rows = await desk.TableAsync(owner, subordinates, Year, Sort, cancellationToken);
        Rollup = await desk.RollupAsync(owner, subordinates, Year, cancellationToken);
        return true;
    }
}
