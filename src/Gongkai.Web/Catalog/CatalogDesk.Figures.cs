using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;
using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Data.Catalog;
using Gongkai.Reports.Model;
using Gongkai.Web.Desk;
using Gongkai.Web.Attachments;
using Gongkai.Web.Documents;
using Gongkai.Web.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Catalog;

/// <summary>Section 二: the catalog's counts and the decision figures entered or imported by staff.</summary>
public sealed partial class CatalogDesk
{
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

    /// <summary>The largest figures file accepted: a CSV or a one-sheet XLSX is far smaller.</summary>
    public const long MaxFiguresFileBytes = 1024 * 1024;

    /// <summary>
    /// Imports the figures of an agency's year from a CSV or XLSX file and stores them (for the page and
    /// the API alike): the figures read, or the Chinese reasons the file was not taken.
    /// </summary>
    public async Task<FiguresImport> ImportFiguresAsync(Staff staff, IFormFile? file, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (file is null || file.Length == 0 || file.Length > MaxFiguresFileBytes)
        {
            return new FiguresImport(null, ["请选择不超过1MB的CSV或XLSX文件。"]);
        }

        await using var stream = file.OpenReadStream();
        var import = FiguresImporter.Read(stream, file.FileName, staff.AgencyId, year);
        if (import.Figures is not null)
        {
            await SaveFiguresAsync(staff, import.Figures, "导入 " + Path.GetFileName(file.FileName), cancellationToken);
        }

        return import;
    }

    /// <summary>Chinese messages for entered figures.</summary>
    public static Dictionary<string, string[]> FiguresErrors(int year, int? licensing, int? penalty, int? coercion, decimal? fees, int thisYear)
    {
        var errors = new Dictionary<string, string[]>();
        if (year < 2008 || year > thisYear)
        {
            errors["Year"] = [$"年度应在2008年至{thisYear}年之间。"];
        }

        foreach (var (name, value) in new[] { ("Licensing", licensing), ("Penalty", penalty), ("Coercion", coercion) })
        {
            if (value < 0)
            {
                errors[name] = ["处理决定数量不能为负数。"];
            }
        }

        if (fees < 0)
        {
            errors["FeesTenThousandYuan"] = ["收费金额不能为负数。"];
        }

        return errors;
    }
}
