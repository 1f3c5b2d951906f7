using Gongkai.Reports.Model;

namespace Gongkai.Core.Catalog;

/// <summary>What section 二 needs to know of one catalog item.</summary>
/// <param name="Genre">体裁.</param>
/// <param name="WrittenOn">成文日期.</param>
/// <param name="PublishedOn">发布日期, null while not published.</param>
/// <param name="Validity">有效性.</param>
/// <param name="EffectiveOn">施行日期, if later than the written date.</param>
/// <param name="EndedOn">废止 / 失效 date.</param>
/// <param name="Issued">False for a draft still in review: it is not yet issued.</param>
public readonly record struct CatalogFacts(Genre Genre, DateOnly WrittenOn, DateOnly? PublishedOn, ValidityState Validity, DateOnly? EffectiveOn, DateOnly? EndedOn, bool Issued);

/// <summary>
/// The figures of section 二 the catalog does not hold: decisions taken (第二十条第（五）（六）项) and
/// fees collected (第（八）项), entered by the agency or imported from a spreadsheet.
/// </summary>
public sealed class DecisionFigures
{
    /// <summary>Database key.</summary>
    public long Id { get; set; }

    /// <summary>The agency.</summary>
    public int AgencyId { get; set; }

    /// <summary>The reported year.</summary>
    public int Year { get; set; }

    /// <summary>行政许可 处理决定数量.</summary>
    public int? Licensing { get; set; }

    /// <summary>行政处罚 处理决定数量.</summary>
    public int? Penalty { get; set; }

    /// <summary>行政强制 处理决定数量.</summary>
    public int? Coercion { get; set; }

    /// <summary>行政事业性收费 本年收费金额 in 万元.</summary>
    public decimal? FeesTenThousandYuan { get; set; }
}

/// <summary>Section 二 (主动公开政府信息情况) of an agency's report for a year, from its catalog and figures.</summary>
public static class Section2Builder
{
    /// <summary>
    /// V2021 (2021 on): 本年制发件数 = items of the genre written in the year; 本年废止件数 = items
    /// repealed in the year; 现行有效件数 = items in force on 31 December. V2019: 本年新制作数量 =
    /// written, 本年新公开数量 = published in the year, 对外公开总数量 = published by 31 December.
    /// </summary>
    public static ActiveDisclosure Build(int year, IEnumerable<CatalogFacts> items, DecisionFigures? figures)
    {
        ArgumentNullException.ThrowIfNull(items);
        var layout = ReportFormats.ForYear(year);
        var list = items.Where(i => i.Issued).ToList();
        return new ActiveDisclosure
        {
            Regulations = Count(layout, year, list.Where(i => i.Genre == Genre.Regulation)),
            NormativeDocuments = Count(layout, year, list.Where(i => i.Genre == Genre.NormativeDocument)),
            Licensing = new DecisionCounts(layout) { Decisions = figures?.Licensing },
            Penalty = new DecisionCounts(layout) { Decisions = figures?.Penalty },
            Coercion = new DecisionCounts(layout) { Decisions = figures?.Coercion },
            Fees = new FeeFigures(layout) { AmountTenThousandYuan = figures?.FeesTenThousandYuan },
        };
    }

    private static DocumentCounts Count(ReportFormat layout, int year, IEnumerable<CatalogFacts> items)
    {
        var end = new DateOnly(year, 12, 31);
        var list = items.ToList();
        if (layout == ReportFormat.V2019)
        {
            return new DocumentCounts(layout)
            {
                Made = list.Count(i => i.WrittenOn.Year == year),
                Published = list.Count(i => i.PublishedOn?.Year == year),
                TotalPublished = list.Count(i => i.PublishedOn <= end),
            };
        }

        return new DocumentCounts(layout)
        {
            Issued = list.Count(i => i.WrittenOn.Year == year),
            Repealed = list.Count(i => i.Validity == ValidityState.Repealed && i.EndedOn?.Year == year),
            InForce = list.Count(i => InForceOn(i, end)),
        };
    }

    /// <summary>Whether the item was in force on <paramref name="day"/>.</summary>
    public static bool InForceOn(CatalogFacts item, DateOnly day) =>
        item.WrittenOn <= day
        && (item.EffectiveOn is null || item.EffectiveOn <= day)
        && (item.Validity == ValidityState.InForce || item.EndedOn > day);
}
