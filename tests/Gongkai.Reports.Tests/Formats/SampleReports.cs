using Gongkai.Reports.Formats.Json;
using Gongkai.Reports.Model;

namespace Gongkai.Reports.Tests.Formats;

/// <summary>The seeds and synthetic reports that every writer must round-trip.</summary>
public static class SampleReports
{
    /// <summary>The shared seeds folder beside the repository (../shared/seeds).</summary>
    public static string SeedsFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "seeds");
                if (Directory.Exists(candidate)) return candidate;
            }
            throw new DirectoryNotFoundException("shared/seeds not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>A fixtures folder in the test project's sources, where a regenerated expectation is written.</summary>
    public static string FixtureSourceFolder(string kind)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Gongkai.Reports.Tests.csproj"))) return Path.Combine(dir.FullName, "Fixtures", kind);
        throw new DirectoryNotFoundException("Gongkai.Reports.Tests.csproj not found above " + AppContext.BaseDirectory);
    }

    public static IEnumerable<string> SeedFiles => Directory.EnumerateFiles(SeedsFolder, "*.txt").Order(StringComparer.Ordinal);

    public static AnnualReport Seed(string fileName)
    {
        var result = AnnualReports.Read(Path.Combine(SeedsFolder, fileName));
        return result.Report ?? throw new InvalidOperationException($"{fileName}: {result.Error?.Message}");
    }

    public static TheoryData<string> SeedNames()
    {
        var data = new TheoryData<string>();
        foreach (var f in SeedFiles) data.Add(Path.GetFileName(f));
        return data;
    }

    public static TheoryData<string> SyntheticNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Synthetic.Keys) data.Add(name);
        return data;
    }

    public static readonly IReadOnlyDictionary<string, Func<AnnualReport>> Synthetic = new Dictionary<string, Func<AnnualReport>>
    {
        ["v2021-full"] = () => V2021(),
        ["v2019-full"] = () => V2019(),
        ["mixed"] = Mixed,
        ["mixed-within-table"] = MixedWithinTable,
        ["blanks"] = Blanks,
        ["missing-sections"] = MissingSections,
        ["no-date"] = () => V2021() with { PublishedOn = null },
        ["tables-only"] = TablesOnly,
    };

    private static List<ReportSection> AllSections(string tag) =>
    [
        new(SectionNumber.一, "一、总体情况", [$"{tag}坚持以公开为常态、不公开为例外。", "全年主动公开政府信息1,234条，其中“政策解读”56条。"]),
        new(SectionNumber.二, "二、主动公开政府信息情况", []),
        new(SectionNumber.三, "三、收到和处理政府信息公开申请情况", ["本年度共收到申请见下表。"]),
        new(SectionNumber.四, "四、政府信息公开行政复议、行政诉讼情况", []),
        new(SectionNumber.五, "五、存在的主要问题及改进情况", ["一是公开内容不够全面；二是解读形式较单一。", "下一步将加强培训。"]),
        new(SectionNumber.六, "六、其他需要报告的事项", ["本年度未收取信息处理费。"]),
    ];

    /// <summary>A request table with distinct numbers in every cell of the layout's rows, rows consistent.</summary>
    public static RequestTable Requests(ReportFormat layout, int seed = 1)
    {
        var table = new RequestTable();
        var rows = RequestRows.For(layout);
        int n = seed;
        foreach (var row in rows.Where(r => r.IsOutcome()))
        {
            var cells = new int?[7];
            for (int c = 0; c < 6; c++) cells[c] = n++ % 7;
            cells[6] = cells.Take(6).Sum();
            table.SetRow(row, cells);
        }
        var handled = new int?[7];
        for (int c = 0; c < 7; c++) handled[c] = table.OutcomeSum((ApplicantColumn)c);
        table.SetRow(RequestRow.Handled, handled);
        var carriedOver = new int?[] { 2, 1, 0, 0, 0, 1, 4 };
        var forward = new int?[] { 3, 0, 1, 0, 0, 0, 4 };
        table.SetRow(RequestRow.CarriedOver, carriedOver);
        table.SetRow(RequestRow.CarriedForward, forward);
        table.SetRow(RequestRow.New, [.. Enumerable.Range(0, 7).Select(c => handled[c] + forward[c] - carriedOver[c])]);
        return table;
    }

    public static AnnualReport V2021(string agency = "江川市生态环境局", int year = 2023) => new()
    {
        Format = ReportFormat.V2021, Agency = agency, Year = year, PublishedOn = new DateOnly(year + 1, 1, 26),
        Preface = ["本报告根据《中华人民共和国政府信息公开条例》编制。", "本报告中所列数据统计期限自1月1日起至12月31日止。"],
        Sections = AllSections(agency),
        Active = new ActiveDisclosure
        {
            Regulations = new DocumentCounts(ReportFormat.V2021) { Issued = 0, Repealed = 1, InForce = 3 },
            NormativeDocuments = new DocumentCounts(ReportFormat.V2021) { Issued = 12, Repealed = 4, InForce = 87 },
            Licensing = new DecisionCounts(ReportFormat.V2021) { Decisions = 1344 },
            Penalty = new DecisionCounts(ReportFormat.V2021) { Decisions = 56 },
            Coercion = new DecisionCounts(ReportFormat.V2021) { Decisions = 0 },
            Fees = new FeeFigures(ReportFormat.V2021) { AmountTenThousandYuan = 28068.751m },
        },
        Requests = Requests(ReportFormat.V2021), RequestsLayout = ReportFormat.V2021,
        ReviewAndLitigation = new(new(4, 2, 3, 0, 9), new(0, 0, 4, 0, 4), new(0, 0, 0, 1, 1)),
    };

    public static AnnualReport V2019(string agency = "临川县人民政府", int year = 2020) => new()
    {
        Format = ReportFormat.V2019, Agency = agency, Year = year, PublishedOn = new DateOnly(year + 1, 3, 30),
        Preface = ["本报告依据条例第五十条编制。"],
        Sections = AllSections(agency),
        Active = new ActiveDisclosure
        {
            Regulations = new DocumentCounts(ReportFormat.V2019) { Made = 0, Published = 0, TotalPublished = 5 },
            NormativeDocuments = new DocumentCounts(ReportFormat.V2019) { Made = 6, Published = 6, TotalPublished = 60 },
            Licensing = new DecisionCounts(ReportFormat.V2019) { PreviousItems = 943, Change = 573, Decisions = 1516 },
            OtherServices = new DecisionCounts(ReportFormat.V2019) { PreviousItems = 30, Change = -16, Decisions = 14 },
            Penalty = new DecisionCounts(ReportFormat.V2019) { PreviousItems = 0, Change = 0, Decisions = 0 },
            Coercion = new DecisionCounts(ReportFormat.V2019) { PreviousItems = 2, Change = 0, Decisions = 1 },
            Fees = new FeeFigures(ReportFormat.V2019) { PreviousItems = 6, Change = -1 },
            Procurement = new ProcurementFigures { Projects = 89, AmountTenThousandYuan = 12300.5m },
        },
        Requests = Requests(ReportFormat.V2019, 3), RequestsLayout = ReportFormat.V2019,
        ReviewAndLitigation = new(new(1, 0, 0, 0, 1), new(0, 1, 0, 0, 1), new(0, 0, 0, 0, 0)),
    };

    /// <summary>A 2023 report in V2021 with the 第二十条第（五）项 table still in V2019 columns.</summary>
    private static AnnualReport Mixed()
    {
        var r = V2021("青禾区市场监督管理局", 2023);
        return r with
        {
            Active = r.Active with
            {
                Licensing = new DecisionCounts(ReportFormat.V2019) { PreviousItems = 12, Change = 3, Decisions = 15 },
                OtherServices = new DecisionCounts(ReportFormat.V2019) { PreviousItems = 8, Change = -2, Decisions = 6 },
            },
        };
    }

    /// <summary>One table in two layouts: 行政许可 in V2021 columns, 其他对外管理服务事项 below it in V2019 ones.</summary>
    private static AnnualReport MixedWithinTable()
    {
        var r = V2021("南溪县交通运输局", 2022);
        return r with
        {
            Active = r.Active with
            {
                Licensing = new DecisionCounts(ReportFormat.V2021) { Decisions = 77 },
                OtherServices = new DecisionCounts(ReportFormat.V2019) { PreviousItems = 5, Change = null, Decisions = 9 },
            },
        };
    }

    /// <summary>Blank cells everywhere a document may leave them, distinct from 0.</summary>
    private static AnnualReport Blanks()
    {
        var r = V2021("松山县农业农村局", 2022);
        var requests = Requests(ReportFormat.V2021);
        requests[RequestRow.New, ApplicantColumn.NaturalPerson] = null;
        requests[RequestRow.WithheldStateSecret, ApplicantColumn.Total] = null;
        requests.SetRow(RequestRow.NotProcessedDuplicate, new int?[7]);
        requests[RequestRow.CarriedForward, ApplicantColumn.OtherOrganization] = null;
        requests[RequestRow.OtherOther, ApplicantColumn.CommercialEnterprise] = null;
        return r with
        {
            Active = r.Active with
            {
                Regulations = new DocumentCounts(ReportFormat.V2021) { Issued = null, Repealed = 0, InForce = null },
                Licensing = new DecisionCounts(ReportFormat.V2021),
                Fees = new FeeFigures(ReportFormat.V2021),
            },
            Requests = requests,
            ReviewAndLitigation = new(new(null, 0, null, 0, null), RemedyCounts.Blank, new(0, 0, 0, 0, 0)),
        };
    }

    /// <summary>Sections 五 and 六 missing, and section 二 without the （六） and （八） tables.</summary>
    private static AnnualReport MissingSections()
    {
        var r = V2021("北岸街道办事处", 2021);
        return r with
        {
            Sections = [.. r.Sections.Where(s => s.Number is not (SectionNumber.五 or SectionNumber.六))],
            Active = r.Active with { Penalty = null, Coercion = null, Fees = null },
        };
    }

    /// <summary>Tables without any prose, a partial request table (some rows absent), no section 四.</summary>
    private static AnnualReport TablesOnly()
    {
        var requests = new RequestTable();
        requests.SetRow(RequestRow.New, [5, 0, 0, 0, 0, 0, 5]);
        requests.SetRow(RequestRow.Disclosed, [3, 0, 0, 0, 0, 0, 3]);
        requests.SetRow(RequestRow.UnavailableNotHeld, [2, 0, 0, 0, 0, 0, 2]);
        requests.SetRow(RequestRow.OtherFeeUnpaid, [0, 0, 0, 0, 0, 0, 0]);
        requests.SetRow(RequestRow.Handled, [5, 0, 0, 0, 0, 0, 5]);
        return new AnnualReport
        {
            Format = ReportFormat.V2021, Agency = "东湖镇人民政府", Year = 2024, PublishedOn = new DateOnly(2025, 3, 1),
            Sections = [new(SectionNumber.三, "三、收到和处理政府信息公开申请情况", [])],
            Requests = requests, RequestsLayout = ReportFormat.V2021,
        };
    }

    /// <summary>The canonical JSON, for failure messages that show what differs.</summary>
    public static string Json(AnnualReport report) => ReportJson.ToJson(report);
}
