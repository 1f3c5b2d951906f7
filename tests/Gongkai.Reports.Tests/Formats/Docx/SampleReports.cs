using Gongkai.Reports.Model;
using Gongkai.Reports.Rules;

namespace Gongkai.Reports.Tests.Formats.Docx;

/// <summary>Synthetic reports covering both layouts, mixed layouts, blanks and missing sections.</summary>
internal static class SampleReports
{
    public static readonly TheoryData<string> Names = new(["V2021", "V2019", "Mixed", "Blanks", "MissingSections", "TablesOnly", "SomeRows"]);

    public static AnnualReport Get(string name) => name switch
    {
        "V2021" => V2021(),
        "V2019" => V2019(),
        "Mixed" => Mixed(),
        "Blanks" => Blanks(),
        "MissingSections" => MissingSections(),
        "TablesOnly" => TablesOnly(),
        "SomeRows" => SomeRows(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>Every row of section 三 in the V2021 layout, each cell a different number.</summary>
    public static AnnualReport V2021() => WithMajorityFormat(new AnnualReport
    {
        Agency = "山西省自然资源厅", Year = 2021, PublishedOn = new DateOnly(2022, 1, 29),
        Preface = ["本报告根据《中华人民共和国政府信息公开条例》编制。", "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。"],
        Sections = AllSections(),
        Active = new ActiveDisclosure
        {
            Regulations = new DocumentCounts(ReportFormat.V2021) { Issued = 0, Repealed = 1, InForce = 5 },
            NormativeDocuments = new DocumentCounts(ReportFormat.V2021) { Issued = 12, Repealed = 3, InForce = 118 },
            Licensing = new DecisionCounts(ReportFormat.V2021) { Decisions = 1344 },
            Penalty = new DecisionCounts(ReportFormat.V2021) { Decisions = 27 },
            Coercion = new DecisionCounts(ReportFormat.V2021) { Decisions = 0 },
            Fees = new FeeFigures(ReportFormat.V2021) { AmountTenThousandYuan = 28068.751m },
        },
        Requests = Requests(RequestRows.V2021),
        RequestsLayout = ReportFormat.V2021,
        ReviewAndLitigation = new(new(4, 2, 3, 0, 9), new(0, 0, 4, 0, 4), new(0, 0, 0, 1, 1)),
    });

    /// <summary>The V2019 layout: 其他对外管理服务事项, signed changes, procurement, the single （六）其他处理 row.</summary>
    public static AnnualReport V2019() => WithMajorityFormat(new AnnualReport
    {
        Agency = "某某市人民政府", Year = 2020, PublishedOn = new DateOnly(2021, 3, 31),
        Sections = AllSections(),
        Active = new ActiveDisclosure
        {
            Regulations = new DocumentCounts(ReportFormat.V2019) { Made = 0, Published = 0, TotalPublished = 5 },
            NormativeDocuments = new DocumentCounts(ReportFormat.V2019) { Made = 6, Published = 6, TotalPublished = 60 },
            Licensing = new DecisionCounts(ReportFormat.V2019) { PreviousItems = 943, Change = 573, Decisions = 12004 },
            OtherServices = new DecisionCounts(ReportFormat.V2019) { PreviousItems = 30, Change = -16, Decisions = null },
            Penalty = new DecisionCounts(ReportFormat.V2019) { PreviousItems = 0, Change = 0, Decisions = 0 },
            Coercion = new DecisionCounts(ReportFormat.V2019) { PreviousItems = 2, Change = -2, Decisions = 0 },
            Fees = new FeeFigures(ReportFormat.V2019) { PreviousItems = 6, Change = 0 },
            Procurement = new ProcurementFigures { Projects = 89, AmountTenThousandYuan = 12300.5m },
        },
        Requests = Requests(RequestRows.V2019),
        RequestsLayout = ReportFormat.V2019,
        ReviewAndLitigation = new(new(1, 0, 0, 0, 1), new(0, 1, 0, 0, 1), new(0, 0, 0, 0, 0)),
    });

    /// <summary>A 2023 report with one item still in the V2019 columns, and both layouts inside item (一).</summary>
    public static AnnualReport Mixed() => WithMajorityFormat(V2021() with
    {
        Year = 2023, PublishedOn = new DateOnly(2024, 1, 20),
        Active = V2021().Active with
        {
            Regulations = new DocumentCounts(ReportFormat.V2019) { Made = 1, Published = 1, TotalPublished = 9 },
            Penalty = new DecisionCounts(ReportFormat.V2019) { PreviousItems = 3, Change = -1, Decisions = 40 },
            Coercion = new DecisionCounts(ReportFormat.V2019) { PreviousItems = 1, Change = 0, Decisions = 2 },
            Procurement = new ProcurementFigures { Projects = 3, AmountTenThousandYuan = 0.5m },
        },
    });

    /// <summary>Blank cells everywhere the form allows them: blank is not zero.</summary>
    public static AnnualReport Blanks()
    {
        var requests = Requests(RequestRows.V2021);
        requests[RequestRow.New, ApplicantColumn.ResearchInstitution] = null;
        requests.SetRow(RequestRow.WithheldStateSecret, new int?[ApplicantColumns.Count]);
        requests[RequestRow.Handled, ApplicantColumn.Total] = null;
        return WithMajorityFormat(V2021() with
        {
            Active = new ActiveDisclosure
            {
                Regulations = new DocumentCounts(ReportFormat.V2021) { Issued = null, Repealed = 0, InForce = null },
                Licensing = new DecisionCounts(ReportFormat.V2021),
                Fees = new FeeFigures(ReportFormat.V2021),
            },
            Requests = requests,
            ReviewAndLitigation = new(new(null, null, null, null, null), new(0, null, 0, null, 0), RemedyCounts.Blank),
        });
    }

    /// <summary>Sections 四 and 五 missing (their tables too), no preface, no 落款.</summary>
    public static AnnualReport MissingSections() => WithMajorityFormat(V2021() with
    {
        PublishedOn = null, Preface = [],
        Sections = [.. AllSections().Where(s => s.Number is not (SectionNumber.四 or SectionNumber.五))],
        ReviewAndLitigation = null,
    });

    /// <summary>Headings without prose, and a section 四 table without its heading.</summary>
    public static AnnualReport TablesOnly() => WithMajorityFormat(V2019() with
    {
        Sections = [.. AllSections().Where(s => s.Number != SectionNumber.四).Select(s => s with { Paragraphs = [] })],
    });

    /// <summary>Only some rows of section 三, so merged group labels start on a later sub-row.</summary>
    public static AnnualReport SomeRows() => WithMajorityFormat(V2021() with
    {
        Requests = Requests([RequestRow.New, RequestRow.CarriedOver, RequestRow.PartiallyDisclosed, RequestRow.WithheldThirdPartyRights,
            RequestRow.WithheldAdministrativeQuery, RequestRow.UnavailableRequiresCreation, RequestRow.NotProcessedConfirmOrReissue,
            RequestRow.OtherFeeUnpaid, RequestRow.Handled]),
        Active = new ActiveDisclosure { Coercion = new DecisionCounts(ReportFormat.V2021) { Decisions = 5 } },
    });

    private static RequestTable Requests(RequestRow[] rows)
    {
        var table = new RequestTable();
        int n = 1;
        foreach (var row in rows)
            table.SetRow(row, [.. ApplicantColumns.All.Select(_ => (int?)(n++ * 7 % 1000))]);
        return table;
    }

    private static IReadOnlyList<ReportSection> AllSections() =>
    [
        new(SectionNumber.一, "一、总体情况", ["2021年，本机关坚持以人民为中心，推进政务公开。", "（一）主动公开情况", "全年主动公开政府信息7658条。"]),
        new(SectionNumber.二, "二、主动公开政府信息情况", []),
        new(SectionNumber.三, "三、收到和处理政府信息公开申请情况", ["本年度依申请公开情况如下表。"]),
        new(SectionNumber.四, "四、政府信息公开行政复议、行政诉讼情况", ["本年度行政复议、行政诉讼情况如下表。"]),
        new(SectionNumber.五, "五、存在的主要问题及改进情况", ["存在的主要问题：政策解读不够精细。", "改进措施：进一步提升政策解读质量。"]),
        new(SectionNumber.六, "六、其他需要报告的事项", ["本年度未收取信息处理费。"]),
    ];

    /// <summary>The format the reader derives: the layout most tables use, a tie going to the year's.</summary>
    private static AnnualReport WithMajorityFormat(AnnualReport report)
    {
        var layouts = ReportChecker.TableLayouts(report).Select(t => t.Layout).ToList();
        int v2019 = layouts.Count(l => l == ReportFormat.V2019), v2021 = layouts.Count - v2019;
        var format = v2019 != v2021 ? (v2019 > v2021 ? ReportFormat.V2019 : ReportFormat.V2021) : ReportFormats.ForYear(report.Year ?? 2021);
        return report with { Format = format };
    }
}
