using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Reports.Model;
using static Gongkai.Reports.Formats.Docx.FormCell;

namespace Gongkai.Reports.Formats.Docx;

/// <summary>Lengths in twentieths of a point, as Word measures page and table geometry.</summary>
internal static class Twips
{
    public static int FromMm(double mm) => (int)Math.Round(mm * 1440 / 25.4);

    /// <summary>The text block's width: A4 less the left and right margins.</summary>
    public static int TextWidth => OfficialPage.TextWidthTwips;
}

/// <summary>How a cell joins the cells below it (w:vMerge): it starts a merged region, continues one, or neither.</summary>
internal enum VerticalJoin { None, Restart, Continue }

/// <summary>
/// One cell of a form table; an empty text with <see cref="VerticalJoin.Continue"/> is a merge continuation,
/// a '\n' in the text starts a new paragraph within the cell.
/// </summary>
internal readonly record struct FormCell(string Text, int Span = 1, VerticalJoin Down = VerticalJoin.None, bool Label = false)
{
    public static FormCell Continue(int span = 1) => new("", span, VerticalJoin.Continue);

    public static FormCell Number(int? value) => new(value?.ToString(CultureInfo.InvariantCulture) ?? "");

    public static FormCell Amount(decimal? value) => new(value?.ToString(CultureInfo.InvariantCulture) ?? "");
}

/// <summary>Builds a bordered, fixed-layout table from rows of <see cref="FormCell"/> over a column grid.</summary>
internal static class FormTable
{
    /// <summary><paramref name="count"/> columns sharing <paramref name="total"/> twips equally.</summary>
    public static int[] EvenColumns(int total, int count) => [.. Enumerable.Repeat(total / count, count)];

    public static Table Build(int[] grid, IEnumerable<FormCell[]> rows, int headerRows)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = grid.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableJustification { Val = TableRowAlignmentValues.Center },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            // Narrow cell margins so six-digit counts fit the seven columns of section 三.
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa })),
            new TableGrid(grid.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        int index = 0;
        foreach (var cells in rows)
        {
            var rowProps = new TableRowProperties(new CantSplit());
            if (index++ < headerRows) rowProps.Append(new TableHeader());
            var row = new TableRow(rowProps);
            int column = 0;
            foreach (var cell in cells)
            {
                int width = grid.AsSpan(column, cell.Span).ToArray().Sum();
                column += cell.Span;
                var props = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
                if (cell.Span > 1) props.Append(new GridSpan { Val = cell.Span });
                if (cell.Down != VerticalJoin.None)
                    props.Append(new VerticalMerge { Val = cell.Down == VerticalJoin.Restart ? MergedCellValues.Restart : MergedCellValues.Continue });
                props.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
                var cellElement = new TableCell(props);
                if (cell.Text.Length == 0)
                    cellElement.Append(new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.TableText } }));
                // A header broken where the form breaks it ("商业" / "企业"); readers join a cell's paragraphs.
                foreach (string line in cell.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                    cellElement.Append(DocxWriter.Para(cell.Label ? DocxStyles.TableLabel : DocxStyles.TableText, line));
                row.Append(cellElement);
            }
            if (column != grid.Length) throw new InvalidOperationException($"A form row covers {column} of {grid.Length} columns.");
            table.Append(row);
        }
        return table;
    }
}

/// <summary>Section 二: one table of four columns holding each 第二十条 item in the layout its rows carry.</summary>
internal static class ActiveTables
{
    private const int LabelWidth = 2400;

    private static readonly int[] Grid = [LabelWidth, .. FormTable.EvenColumns(Twips.TextWidth - LabelWidth, 3)];

    private sealed record Item(string Title, (string V2021, string V2019, object? Row)[] Rows);

    public static Table Build(ActiveDisclosure a)
    {
        Item[] items =
        [
            new("第二十条第（一）项", [("规章", "规章", a.Regulations), ("行政规范性文件", "规范性文件", a.NormativeDocuments)]),
            new("第二十条第（五）项", [("行政许可", "行政许可", a.Licensing), ("其他对外管理服务事项", "其他对外管理服务事项", a.OtherServices)]),
            new("第二十条第（六）项", [("行政处罚", "行政处罚", a.Penalty), ("行政强制", "行政强制", a.Coercion)]),
            new("第二十条第（八）项", [("行政事业性收费", "行政事业性收费", a.Fees)]),
            new("第二十条第（九）项", [("政府集中采购", "政府集中采购", a.Procurement)]),
        ];
        var rows = new List<FormCell[]>();
        foreach (var item in items)
        {
            if (item.Rows.All(r => r.Row is null)) continue;
            rows.Add([new(item.Title, 4)]);
            FormCell[]? header = null;
            foreach (var (v2021, v2019, row) in item.Rows)
            {
                if (row is null) continue;
                var (labels, values, v2019Layout) = Cells(row);
                // A header per run of rows in one layout: a report may mix them even within an item.
                if (header is null || !header.SequenceEqual(labels)) { rows.Add(labels); header = labels; }
                rows.Add([new(v2019Layout ? v2019 : v2021, Label: true), .. values]);
            }
        }
        return FormTable.Build(Grid, rows, headerRows: 0);
    }

    private static readonly FormCell Info = new("信息内容");

    /// <summary>A row's header cells and value cells (after the label), and whether it is in the V2019 layout.</summary>
    private static (FormCell[] Header, FormCell[] Values, bool V2019) Cells(object row) => row switch
    {
        DocumentCounts { Layout: ReportFormat.V2021 } d =>
            ([Info, new("本年制发件数"), new("本年废止件数"), new("现行有效件数")], [Number(d.Issued), Number(d.Repealed), Number(d.InForce)], false),
        DocumentCounts d =>
            ([Info, new("本年新制作数量"), new("本年新公开数量"), new("对外公开总数量")], [Number(d.Made), Number(d.Published), Number(d.TotalPublished)], true),
        DecisionCounts { Layout: ReportFormat.V2021 } d =>
            ([Info, new("本年处理决定数量", 3)], [Number(d.Decisions) with { Span = 3 }], false),
        DecisionCounts d =>
            ([Info, new("上一年项目数量"), new("本年增/减"), new("处理决定数量")], [Number(d.PreviousItems), Number(d.Change), Number(d.Decisions)], true),
        FeeFigures { Layout: ReportFormat.V2021 } f =>
            ([Info, new("本年收费金额（单位：万元）", 3)], [Amount(f.AmountTenThousandYuan) with { Span = 3 }], false),
        FeeFigures f =>
            ([Info, new("上一年项目数量"), new("本年增/减", 2)], [Number(f.PreviousItems), Number(f.Change) with { Span = 2 }], true),
        ProcurementFigures p =>
            ([Info, new("采购项目数量"), new("采购总金额（万元）", 2)], [Number(p.Projects), Amount(p.AmountTenThousandYuan) with { Span = 2 }], true),
        _ => throw new ArgumentOutOfRangeException(nameof(row), row, "Not a section 二 row."),
    };
}

/// <summary>Section 三: three label columns and seven applicant columns, merged as the form merges them.</summary>
internal static class RequestsTable
{
    private const string Note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    // 三、本年度办理结果 stands vertically in a narrow column; group and sub-row labels take the rest.
    private static readonly int[] Grid = [520, 900, 2180, .. FormTable.EvenColumns(Twips.TextWidth - 3600, ApplicantColumns.Count)];

    public static Table Build(RequestTable table, ReportFormat? layout)
    {
        List<FormCell[]> rows =
        [
            [new(Note, 3, VerticalJoin.Restart), new("申请人情况", 7)],
            [Continue(3), new("自然人", 1, VerticalJoin.Restart), new("法人或其他组织", 5), new("总计", 1, VerticalJoin.Restart)],
            [Continue(3), Continue(), new("商业\n企业"), new("科研\n机构"), new("社会\n公益\n组织"), new("法律\n服务\n机构"), new("其他"), Continue()],
        ];
        bool outcomesStarted = false;
        var openGroup = OutcomeGroup.None;
        foreach (var row in table.Rows)
        {
            var values = table.Row(row)!.Select(Number);
            var group = row.Group();
            if (group == OutcomeGroup.None)
            {
                rows.Add([new(row.ChineseLabel(), 3, Label: true), .. values]);
                continue;
            }
            FormCell result = outcomesStarted ? Continue() : new("三、本年度办理结果", 1, VerticalJoin.Restart);
            outcomesStarted = true;
            if (IsSubRow(row))
            {
                FormCell groupCell = openGroup == group ? Continue() : new(group.ChineseLabel(), 1, VerticalJoin.Restart);
                openGroup = group;
                rows.Add([result, groupCell, new(Label(row, layout), Label: true), .. values]);
            }
            else
            {
                openGroup = OutcomeGroup.None;
                rows.Add([result, new(row.ChineseLabel(), 2, Label: true), .. values]);
            }
        }
        return FormTable.Build(Grid, rows, headerRows: 3);
    }

    private static bool IsSubRow(RequestRow row) =>
        row.Group() is OutcomeGroup.Withheld or OutcomeGroup.Unavailable or OutcomeGroup.NotProcessed
        || row is RequestRow.OtherCorrectionOverdue or RequestRow.OtherFeeUnpaid or RequestRow.OtherOther;

    /// <summary>The V2019 form words 不予公开 row 2 as 其他法律法规禁止公开.</summary>
    private static string Label(RequestRow row, ReportFormat? layout) =>
        row == RequestRow.WithheldProhibitedByLaw && layout == ReportFormat.V2019 ? "2.其他法律法规禁止公开" : row.ChineseLabel();
}

/// <summary>Section 四: 行政复议 over five columns, 行政诉讼 over ten split into 未经复议直接起诉 and 复议后起诉.</summary>
internal static class ReviewAndLitigationTable
{
    private static readonly int[] Grid = FormTable.EvenColumns(Twips.TextWidth, 15);

    public static Table Build(ReviewAndLitigation remedies)
    {
        var labels = RemedyCounts.ChineseLabels;
        FormCell[] reviewHeads = [.. labels.Select(l => new FormCell(l, 1, VerticalJoin.Restart))];
        FormCell[] lawsuitHeads = [.. labels.Select(l => new FormCell(l))];
        FormCell[][] rows =
        [
            [new("行政复议", 5), new("行政诉讼", 10)],
            [.. reviewHeads, new("未经复议直接起诉", 5), new("复议后起诉", 5)],
            [.. labels.Select(_ => Continue()), .. lawsuitHeads, .. lawsuitHeads],
            [.. remedies.Groups.SelectMany(g => g.Counts.Cells).Select(Number)],
        ];
        return FormTable.Build(Grid, rows, headerRows: 3);
    }
}
