using System.Globalization;
using Gongkai.Core.Appeals;
using Gongkai.Core.Catalog;
using Gongkai.Reports.Model;

namespace Gongkai.Core.Reports;

/// <summary>A fee notice of the desk: when it went out, its amount in 元, and when it was paid (null if not).</summary>
/// <param name="NoticedOn">The date of the 收费通知.</param>
/// <param name="Amount">The amount, in 元.</param>
/// <param name="PaidOn">The date of payment, or null.</param>
public readonly record struct FeeFacts(DateOnly NoticedOn, decimal Amount, DateOnly? PaidOn);

/// <summary>
/// A figure the system does not hold for the whole year (an agency that began using Gongkai in July),
/// entered by staff with a reason and added to the computed cell.
/// </summary>
/// <param name="Cell">The cell as a canonical JSON path: <c>requests.rows.New[0]</c> or <c>reviewAndLitigation.review.Upheld</c>.</param>
/// <param name="Value">The figure to add (may be negative to correct).</param>
/// <param name="Reason">Why it is entered.</param>
public sealed record OpeningFigure(string Cell, int Value, string Reason);

/// <summary>The prose the clerk writes; a null part is filled with the draft built from the figures.</summary>
public sealed record ReportProse
{
    /// <summary>一 (一) 主动公开.</summary>
    public string? Active { get; init; }

    /// <summary>一 (二) 依申请公开.</summary>
    public string? OnRequest { get; init; }

    /// <summary>一 (三) 政府信息管理.</summary>
    public string? Management { get; init; }

    /// <summary>一 (四) 平台建设.</summary>
    public string? Platform { get; init; }

    /// <summary>一 (五) 监督保障.</summary>
    public string? Supervision { get; init; }

    /// <summary>五 存在的主要问题及改进情况.</summary>
    public string? Problems { get; init; }

    /// <summary>六: what the clerk adds after the fee statement.</summary>
    public string? OtherMatters { get; init; }
}

/// <summary>Everything an agency's report on a year is made of.</summary>
public sealed record ReportInputs
{
    /// <summary>The agency's name, as the title prints it.</summary>
    public required string Agency { get; init; }

    /// <summary>The year reported on.</summary>
    public required int Year { get; init; }

    /// <summary>Regulations and normative documents of the catalog (section 二 item 1).</summary>
    public IReadOnlyList<CatalogFacts> Catalog { get; init; } = [];

    /// <summary>Catalog items published in the year (all genres), for the overview.</summary>
    public int PublishedItems { get; init; }

    /// <summary>Entered figures of section 二 (decisions, fees).</summary>
    public DecisionFigures? Figures { get; init; }

    /// <summary>The desk's requests that touch the year.</summary>
    public IReadOnlyList<CaseFacts> Requests { get; init; } = [];

    /// <summary>The register's cases.</summary>
    public IReadOnlyList<AppealFacts> Appeals { get; init; } = [];

    /// <summary>The desk's fee notices.</summary>
    public IReadOnlyList<FeeFacts> Fees { get; init; } = [];

    /// <summary>The clerk's prose; parts left null get the draft.</summary>
    public ReportProse Prose { get; init; } = new();

    /// <summary>Figures entered for cells the system does not hold for the whole year.</summary>
    public IReadOnlyList<OpeningFigure> OpeningFigures { get; init; } = [];

    /// <summary>The publication date (落款), once published.</summary>
    public DateOnly? PublishedOn { get; init; }
}

/// <summary>A composed report and what it rests on.</summary>
/// <param name="Report">The report, all six sections.</param>
/// <param name="Draft">The prose the figures suggest, for a clerk who wants to start again.</param>
/// <param name="FeeStatement">The first paragraph of 六, from the desk's fee notices.</param>
/// <param name="EnteredCells">The cells that rest on entered figures, by canonical path.</param>
public sealed record ComposedReport(AnnualReport Report, ReportProse Draft, string FeeStatement, IReadOnlyList<string> EnteredCells);

/// <summary>
/// Composes an agency's annual report on a year from its catalog, desk, register and prose, in the
/// layout of that year (V2019 for 2019–2020, V2021 from 2021): section 二 from the catalog and the
/// entered figures, 三 from the requests, 四 from the register, 一/五/六 from the prose (the draft where
/// the clerk wrote none), 六 opening with the fee statement; then the entered opening figures.
/// </summary>
public static class ReportComposer
{
    /// <summary>The five headings of section 一, as the 2021 form names them.</summary>
    public static readonly string[] OverviewHeadings = ["（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）平台建设", "（五）监督保障"];

    /// <summary>Composes the report.</summary>
    public static ComposedReport Compose(ReportInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        int year = inputs.Year;
        var format = ReportFormats.ForYear(year);
        var requests = Section3Builder.Build(inputs.Requests, year);
        var appeals = Section4Builder.Build(inputs.Appeals, year);
        var entered = new List<string>();
        foreach (var figure in inputs.OpeningFigures)
        {
            appeals = Apply(figure, requests, appeals);
            entered.Add(figure.Cell);
        }

        var active = Section2Builder.Build(year, inputs.Catalog, inputs.Figures);
        var draft = Draft(inputs, requests, appeals);
        var prose = inputs.Prose;
        string fees = FeeStatement(inputs.Fees, year);
        var other = new List<string> { fees };
        other.AddRange(Paragraphs(prose.OtherMatters ?? draft.OtherMatters));
        if (entered.Count > 0)
        {
            other.Add("说明：本报告" + string.Join("；", inputs.OpeningFigures.Select(f => $"{CellName(f.Cell)}含本系统启用前录入的数据（{f.Reason}）")) + "。");
        }

        var overview = new List<string>();
        string?[] parts = [prose.Active ?? draft.Active, prose.OnRequest ?? draft.OnRequest, prose.Management ?? draft.Management, prose.Platform ?? draft.Platform, prose.Supervision ?? draft.Supervision];
        for (int k = 0; k < OverviewHeadings.Length; k++)
        {
            overview.Add(OverviewHeadings[k]);
            overview.AddRange(Paragraphs(parts[k]));
        }

        var report = new AnnualReport
        {
            Agency = inputs.Agency,
            Year = year,
            Format = format,
            RequestsLayout = format,
            PublishedOn = inputs.PublishedOn,
            Active = active,
            Requests = requests,
            ReviewAndLitigation = appeals,
            Sections =
            [
                new(SectionNumber.一, ReportSection.StandardHeading(SectionNumber.一), overview),
                new(SectionNumber.二, ReportSection.StandardHeading(SectionNumber.二), []),
                new(SectionNumber.三, ReportSection.StandardHeading(SectionNumber.三), []),
                new(SectionNumber.四, ReportSection.StandardHeading(SectionNumber.四), []),
                new(SectionNumber.五, ReportSection.StandardHeading(SectionNumber.五), Paragraphs(prose.Problems ?? draft.Problems)),
                new(SectionNumber.六, ReportSection.StandardHeading(SectionNumber.六), other),
            ],
        };
        return new ComposedReport(report, draft, fees, entered);
    }

    /// <summary>
    /// 六's fee statement: fee notices sent in the year and the amount paid in the year under
    /// 国办函〔2020〕109号.
    /// </summary>
    public static string FeeStatement(IEnumerable<FeeFacts> fees, int year)
    {
        ArgumentNullException.ThrowIfNull(fees);
        var list = fees.ToList();
        int notices = list.Count(f => f.NoticedOn.Year == year);
        decimal charged = list.Where(f => f.PaidOn?.Year == year).Sum(f => f.Amount);
        return notices == 0 && charged == 0
            ? "按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度未发出信息处理费收费通知，未收取信息处理费。"
            : $"按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度共发出信息处理费收费通知{notices}份，收取信息处理费{charged.ToString("0.##", CultureInfo.InvariantCulture)}元。";
    }

    /// <summary>Whether a cell path names a cell the opening figures may add to.</summary>
    public static bool IsKnownCell(string cell) => ParseCell(cell) is not null;

    /// <summary>A cell path in words: 第三部分“本年新收”自然人列.</summary>
    public static string CellName(string cell) => ParseCell(cell) switch
    {
        (RequestRow row, ApplicantColumn column) => $"第三部分“{row.ShortChineseName()}”{column.ChineseLabel()}列",
        (AppealGroup group, int k) => $"第四部分{group.ChineseLabel()}“{AppealCounts.ChineseLabels[k]}”",
        _ => cell,
    };

    private static object? ParseCell(string cell)
    {
        const string rows = "requests.rows.", appeals = "reviewAndLitigation.";
        if (cell.StartsWith(rows, StringComparison.Ordinal))
        {
            int open = cell.IndexOf('[', StringComparison.Ordinal);
            if (open < 0 || !cell.EndsWith(']') || !RequestRows.TryParseKey(cell[rows.Length..open], out var row)
                || !int.TryParse(cell[(open + 1)..^1], NumberStyles.None, CultureInfo.InvariantCulture, out int c) || c is < 0 or >= ApplicantColumns.Count)
            {
                return null;
            }

            return (row, (ApplicantColumn)c);
        }

        if (cell.StartsWith(appeals, StringComparison.Ordinal))
        {
            var parts = cell[appeals.Length..].Split('.');
            var group = Enum.GetValues<AppealGroup>().Where(g => parts.Length == 2 && g.Key() == parts[0]).Select(g => (AppealGroup?)g).FirstOrDefault();
            int k = parts.Length == 2 ? Array.IndexOf(AppealCounts.Keys, parts[1]) : -1;
            return group is { } g2 && k is >= 0 and < 4 ? (g2, k) : null;
        }

        return null;
    }

    // A figure of an applicant column also goes into the Total column, and of an outcome row into Handled;
    // a result of section 四 also into its 总计: so an entered figure keeps the sums of its own table.
    private static ReviewAndLitigation Apply(OpeningFigure figure, RequestTable requests, ReviewAndLitigation appeals)
    {
        switch (ParseCell(figure.Cell))
        {
            case (RequestRow row, ApplicantColumn column):
                if (!requests.Has(row))
                {
                    return appeals;
                }

                AddCell(requests, row, column, figure.Value);
                if (row.IsOutcome())
                {
                    AddCell(requests, RequestRow.Handled, column, figure.Value);
                }

                return appeals;
            case (AppealGroup group, int k):
                var counts = appeals.Groups.First(g => g.Group == group).Counts;
                var cells = counts.Cells;
                cells[k] = (cells[k] ?? 0) + figure.Value;
                cells[4] = (cells[4] ?? 0) + figure.Value;
                var updated = AppealCounts.FromCells(cells);
                return group switch
                {
                    AppealGroup.Review => appeals with { Review = updated },
                    AppealGroup.LawsuitDirect => appeals with { LawsuitDirect = updated },
                    _ => appeals with { LawsuitAfterReview = updated },
                };
            default:
                return appeals;
        }
    }

    private static void AddCell(RequestTable table, RequestRow row, ApplicantColumn column, int value)
    {
        table[row, column] = (table[row, column] ?? 0) + value;
        if (column != ApplicantColumn.Total)
        {
            table[row, ApplicantColumn.Total] = (table[row, ApplicantColumn.Total] ?? 0) + value;
        }
    }

    private static List<string> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. text.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0)];

    private static ReportProse Draft(ReportInputs inputs, RequestTable requests, ReviewAndLitigation appeals)
    {
        int year = inputs.Year;
        int received = requests[RequestRow.New, ApplicantColumn.Total] ?? 0;
        int carried = requests[RequestRow.CarriedOver, ApplicantColumn.Total] ?? 0;
        int handled = requests[RequestRow.Handled, ApplicantColumn.Total] ?? 0;
        int forward = requests[RequestRow.CarriedForward, ApplicantColumn.Total] ?? 0;
        int reviews = appeals.Review.Total ?? 0;
        int lawsuits = (appeals.LawsuitDirect.Total ?? 0) + (appeals.LawsuitAfterReview.Total ?? 0);
        return new ReportProse
        {
            Active = $"{year}年，本机关通过政府信息公开平台主动公开政府信息{inputs.PublishedItems}条。",
            OnRequest = $"{year}年，本机关新收政府信息公开申请{received}件，上年结转{carried}件，办理完毕{handled}件，结转下年度继续办理{forward}件。",
            Management = "本机关依照《中华人民共和国政府信息公开条例》做好政府信息管理，落实公开前保密审查。",
            Platform = "本机关依托政府信息公开平台发布信息、受理申请、公开年度报告。",
            Supervision = $"{year}年，涉及本机关政府信息公开的行政复议{reviews}件，行政诉讼{lawsuits}件。",
            Problems = "（待填写：存在的主要问题及改进情况。）",
            OtherMatters = "",
        };
    }
}
