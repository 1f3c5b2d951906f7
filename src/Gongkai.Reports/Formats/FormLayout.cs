using System.Globalization;
using Gongkai.Reports.Model;
using Gongkai.Reports.Reading;

namespace Gongkai.Reports.Formats;

/// <summary>
/// The tables of sections 二, 三 and 四 as the official form lays them out: labels, header cells
/// and merged regions, shared by the writers so that every output format prints the same form
/// and <see cref="FormReader"/> reads each of them back.
/// </summary>
internal static class FormLayout
{
    public const string BalanceNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    public const string Applicants = "申请人情况";
    public const string Organizations = "法人或其他组织";
    public const string Outcomes = "三、本年度办理结果";
    public const string InformationContent = "信息内容";
    public const string Lawsuit = "行政诉讼";
    public const string LawsuitDirect = "未经复议直接起诉";
    public const string LawsuitAfterReview = "复议后起诉";

    /// <summary>One table of section 二: a 第二十条 item and its rows.</summary>
    public sealed record ActiveTable(string Item, string ShortName, IReadOnlyList<ActiveRow> Rows)
    {
        /// <summary>Runs of consecutive rows with the same columns; each run gets its own header row.</summary>
        public IEnumerable<IReadOnlyList<ActiveRow>> Runs()
        {
            var run = new List<ActiveRow>();
            foreach (var row in Rows)
            {
                if (run.Count > 0 && !run[0].Columns.SequenceEqual(row.Columns)) { yield return run; run = []; }
                run.Add(row);
            }
            if (run.Count > 0) yield return run;
        }

        public int Width => Rows.Max(r => r.Columns.Count);
    }

    /// <summary>A column of a section 二 table: its header as the form prints it; amounts are in 万元.</summary>
    public sealed record ActiveColumn(string Header, bool IsAmount);

    /// <summary>A row of a section 二 table with its cells in column order (null where blank).</summary>
    public sealed record ActiveRow(string Label, ReportFormat Layout, IReadOnlyList<ActiveColumn> Columns, IReadOnlyList<decimal?> Cells);

    private static readonly ActiveColumn[] DocumentsV2021 = [new("本年制发件数", false), new("本年废止件数", false), new("现行有效件数", false)];
    private static readonly ActiveColumn[] DocumentsV2019 = [new("本年新制作数量", false), new("本年新公开数量", false), new("对外公开总数量", false)];
    private static readonly ActiveColumn[] DecisionsV2021 = [new("本年处理决定数量", false)];
    private static readonly ActiveColumn[] DecisionsV2019 = [new("上一年项目数量", false), new("本年增/减", false), new("处理决定数量", false)];
    private static readonly ActiveColumn[] FeesV2021 = [new("本年收费金额（单位：万元）", true)];
    private static readonly ActiveColumn[] FeesV2019 = [new("上一年项目数量", false), new("本年增/减", false)];
    private static readonly ActiveColumn[] ProcurementColumns = [new("采购项目数量", false), new("采购总金额（单位：万元）", true)];

    /// <summary>The tables of section 二 the report has, in form order; items without rows are left out.</summary>
    public static IReadOnlyList<ActiveTable> ActiveTables(ActiveDisclosure a)
    {
        var tables = new List<ActiveTable>();
        void Add(string item, string shortName, params ActiveRow?[] rows)
        {
            var present = rows.OfType<ActiveRow>().ToList();
            if (present.Count > 0) tables.Add(new ActiveTable(item, shortName, present));
        }
        Add("第二十条第（一）项", "（一）", Documents("规章", a.Regulations), Documents(null, a.NormativeDocuments));
        Add("第二十条第（五）项", "（五）", Decisions("行政许可", a.Licensing), Decisions("其他对外管理服务事项", a.OtherServices));
        Add("第二十条第（六）项", "（六）", Decisions("行政处罚", a.Penalty), Decisions("行政强制", a.Coercion));
        Add("第二十条第（八）项", "（八）", Fees(a.Fees));
        Add("第二十条第（九）项", "（九）", Procurement(a.Procurement));
        return tables;
    }

    private static ActiveRow? Documents(string? label, DocumentCounts? d) => d switch
    {
        null => null,
        { Layout: ReportFormat.V2019 } => new(label ?? "规范性文件", d.Layout, DocumentsV2019, [d.Made, d.Published, d.TotalPublished]),
        _ => new(label ?? "行政规范性文件", d.Layout, DocumentsV2021, [d.Issued, d.Repealed, d.InForce]),
    };

    private static ActiveRow? Decisions(string label, DecisionCounts? d) => d switch
    {
        null => null,
        { Layout: ReportFormat.V2019 } => new(label, d.Layout, DecisionsV2019, [d.PreviousItems, d.Change, d.Decisions]),
        _ => new(label, d.Layout, DecisionsV2021, [d.Decisions]),
    };

    private static ActiveRow? Fees(FeeFigures? f) => f switch
    {
        null => null,
        { Layout: ReportFormat.V2019 } => new("行政事业性收费", f.Layout, FeesV2019, [f.PreviousItems, f.Change]),
        _ => new("行政事业性收费", f.Layout, FeesV2021, [f.AmountTenThousandYuan]),
    };

    private static ActiveRow? Procurement(ProcurementFigures? p) =>
        p is null ? null : new("政府集中采购", ReportFormat.V2019, ProcurementColumns, [p.Projects, p.AmountTenThousandYuan]);

    /// <summary>A row of section 三 with what the form merges around its label.</summary>
    /// <param name="Row">The row.</param>
    /// <param name="OutcomeSpan">On the first outcome row: how many rows the 三、本年度办理结果 cell spans; else 0.</param>
    /// <param name="GroupSpan">On the first sub-row of a group: how many rows the group cell spans; else 0.</param>
    public sealed record RequestLine(RequestRow Row, int OutcomeSpan, int GroupSpan)
    {
        /// <summary>A top-level row (一、二、四) whose label spans all three label columns.</summary>
        public bool IsTopLevel => Row is RequestRow.New or RequestRow.CarriedOver or RequestRow.CarriedForward;

        /// <summary>A numbered sub-row under a group heading (（三）1.属于国家秘密).</summary>
        public bool IsSubRow => IsNumberedSubRow(Row);
    }

    private static bool IsNumberedSubRow(RequestRow row) =>
        row.Group() is OutcomeGroup.Withheld or OutcomeGroup.Unavailable or OutcomeGroup.NotProcessed
        || row is RequestRow.OtherCorrectionOverdue or RequestRow.OtherFeeUnpaid or RequestRow.OtherOther;

    /// <summary>The rows of section 三 the table has, in form order, with the spans of their merged label cells.</summary>
    public static IReadOnlyList<RequestLine> RequestLines(RequestTable table)
    {
        var rows = table.Rows.ToList();
        static bool UnderOutcomes(RequestRow r) => r.IsOutcome() || r == RequestRow.Handled;
        int outcomes = rows.Count(UnderOutcomes);
        var lines = new List<RequestLine>();
        bool outcomeStarted = false;
        OutcomeGroup? group = null;
        foreach (var row in rows)
        {
            int outcomeSpan = 0, groupSpan = 0;
            if (UnderOutcomes(row) && !outcomeStarted) { outcomeSpan = outcomes; outcomeStarted = true; }
            bool sub = IsNumberedSubRow(row);
            if (sub && row.Group() != group) groupSpan = rows.Count(r => r.Group() == row.Group() && IsNumberedSubRow(r));
            group = sub ? row.Group() : null;
            lines.Add(new RequestLine(row, outcomeSpan, groupSpan));
        }
        return lines;
    }

    /// <summary>A count or amount as the writers print it: invariant digits, no trailing zeros, "-" for a decrease.</summary>
    public static string Number(decimal value) => Labels.Canonical(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>The 落款 date as Chinese documents print it.</summary>
    public static string ChineseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>The report's title as the form words it.</summary>
    public static string Title(AnnualReport report) =>
        $"{report.Agency}{(report.Year is int y ? $"{y}年" : "")}政府信息公开工作年度报告";
}
