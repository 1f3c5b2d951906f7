using Gongkai.Core.Reports;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Reporting;

/// <summary>Section 三 of an agency's report, counted from the cases in the database.</summary>
public static class Section3Source
{
    /// <summary>One row of section 三 for display and JSON: key, Chinese label, seven cells.</summary>
    public sealed record Row(string Key, string Label, IReadOnlyList<int> Cells);

    public sealed record Table(int AgencyId, string AgencyName, int Year, IReadOnlyList<string> Columns, IReadOnlyList<Row> Rows);

    public static readonly IReadOnlyList<string> Columns =
        [.. Enum.GetValues<ApplicantKind>().Select(k => k.ChineseLabel()), "总计"];

    public static async Task<Section3Counts> CountAsync(GongkaiDbContext db, int agencyId, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var facts = await db.Requests.AsNoTracking()
            .Where(r => r.AgencyId == agencyId && r.ReceivedOn <= last && (r.ClosedOn == null || r.ClosedOn >= first))
            .Select(r => new CaseFacts(r.Applicant.Kind, r.ReceivedOn, r.ClosedOn, r.Outcome))
            .ToListAsync(cancellationToken);
        return Section3Builder.Build(facts, year);
    }

    public static Table ToTable(Section3Counts counts, int agencyId, string agencyName)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new Table(agencyId, agencyName, counts.Year, Columns, Section3Counts.RowKeys.Select(k => new Row(k, Label(k), counts.Row(k))).ToList());
    }

    public static string Label(string key) => key switch
    {
        Section3Counts.New => "一、本年新收政府信息公开申请数量",
        Section3Counts.CarriedOver => "二、上年结转政府信息公开申请数量",
        Section3Counts.Handled => "（七）总计",
        Section3Counts.CarriedForward => "四、结转下年度继续办理",
        _ => ReplyOutcomes.Find(key)?.ChineseLabel ?? key,
    };
}
