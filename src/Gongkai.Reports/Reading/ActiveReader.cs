using Gongkai.Reports.Model;

namespace Gongkai.Reports.Reading;

/// <summary>Section 二: the 第二十条 tables, each row read by the column header above it.</summary>
internal static class ActiveReader
{
    private enum Field { Issued, Repealed, InForce, Made, Published, TotalPublished, PreviousItems, Change, Decisions, FeeAmount, Projects, ProcurementAmount }

    private enum ActiveRow { Regulations, NormativeDocuments, Licensing, OtherServices, Penalty, Coercion, Fees, Procurement }

    private static readonly (string Pattern, Field Field)[] HeaderPatterns =
    [
        ("制作数量", Field.Made), ("新公开数量", Field.Published), ("公开总数量", Field.TotalPublished),
        ("制发件数", Field.Issued), ("废止件数", Field.Repealed), ("有效件数", Field.InForce),
        ("上一年项目", Field.PreviousItems), ("上年项目", Field.PreviousItems), ("增减", Field.Change),
        ("处理决定", Field.Decisions), ("收费金额", Field.FeeAmount), ("采购项目数", Field.Projects), ("采购总金额", Field.ProcurementAmount),
        ("采购金额", Field.ProcurementAmount),
    ];

    private static readonly (string Label, ActiveRow Row)[] ActiveLabels =
    [
        ("规章", ActiveRow.Regulations), ("行政规范性文件", ActiveRow.NormativeDocuments), ("规范性文件", ActiveRow.NormativeDocuments),
        ("行政许可", ActiveRow.Licensing), ("其他对外管理服务事项", ActiveRow.OtherServices), ("行政处罚", ActiveRow.Penalty),
        ("行政强制", ActiveRow.Coercion), ("行政事业性收费", ActiveRow.Fees), ("政府集中采购", ActiveRow.Procurement),
    ];

    private sealed record Header(Field[] Fields, string? Unit, int Line);

    private static Field[] AllowedFields(ActiveRow row) => row switch
    {
        ActiveRow.Regulations or ActiveRow.NormativeDocuments => [Field.Issued, Field.Repealed, Field.InForce, Field.Made, Field.Published, Field.TotalPublished],
        ActiveRow.Fees => [Field.FeeAmount, Field.PreviousItems, Field.Change],
        ActiveRow.Procurement => [Field.Projects, Field.ProcurementAmount],
        _ => [Field.PreviousItems, Field.Change, Field.Decisions],
    };

    public static ActiveDisclosure Read(List<Line> lines, int requestsStart, int? year, List<ReadingNote> notes)
    {
        var active = new ActiveDisclosure();
        Header? header = null;
        int end = requestsStart >= 0 ? requestsStart : lines.Count;
        var seen = new HashSet<ActiveRow>();
        bool previousWasHeader = false;
        for (int i = 0; i < end; i++)
        {
            var line = lines[i];
            if (!line.IsRow && line.Text.Length > 24) continue;
            if (line.Cells.Any(c => c.Norm.Contains("第二十条第", StringComparison.Ordinal))) { header = null; previousWasHeader = false; }
            var fields = new List<Field>();
            bool sawInfo = false;
            string? unit = null;
            foreach (var c in line.Cells)
            {
                if (c.IsValue) continue;
                if (c.Core == "信息内容") { sawInfo = true; continue; }
                foreach (var (pattern, field) in HeaderPatterns)
                    if (c.Core.Contains(pattern, StringComparison.Ordinal))
                    {
                        fields.Add(field);
                        unit ??= field is Field.FeeAmount or Field.ProcurementAmount ? Labels.UnitInHeader(c.Norm) : null;
                        break;
                    }
            }
            if (fields.Count > 0 && !ActiveLabelOf(line, out _, out _))
            {
                // One column title per line (no tabs) accumulates into one header.
                header = header is not null && previousWasHeader && !sawInfo
                    ? new Header([.. header.Fields, .. fields], header.Unit ?? unit, header.Line)
                    : new Header([.. fields], unit, line.Block.Line);
                previousWasHeader = true;
                continue;
            }
            previousWasHeader = sawInfo;
            if (!ActiveLabelOf(line, out var row, out int labelIndex) || seen.Contains(row)) continue;
            seen.Add(row);
            var values = line.Cells.AsSpan(labelIndex + 1);
            var allowed = AllowedFields(row);
            Field[] columns;
            string? columnUnit = null;
            if (header is not null && header.Fields.All(allowed.Contains))
            {
                columns = header.Fields;
                columnUnit = header.Unit;
            }
            else
            {
                columns = GuessColumns(row, values, year);
                notes.Add(new($"active.{ActiveKey(row)}", $"“{line.Cells[labelIndex].Raw}”行找不到对应的表头，按{columns.Length}栏推断", line.Block.Line));
            }
            var fitted = TableCells.Fit(values, columns.Length, $"active.{ActiveKey(row)}", $"“{line.Cells[labelIndex].Raw}”行", line.Block.Line, notes,
                k => $"active.{ActiveKey(row)}.{FieldKey(columns[k])}");
            active = Apply(active, row, columns, fitted, columnUnit, line.Block.Line, notes);
        }
        return active;
    }

    private static bool ActiveLabelOf(Line line, out ActiveRow row, out int index)
    {
        for (int j = 0; j < line.Cells.Length; j++)
        {
            var c = line.Cells[j];
            if (c.IsValue) continue;
            foreach (var (label, r) in ActiveLabels)
                if (c.Core.StartsWith(label, StringComparison.Ordinal) && c.Core.Length <= label.Length + 4)
                { row = r; index = j; return true; }
        }
        row = default; index = -1;
        return false;
    }

    private static Field[] GuessColumns(ActiveRow row, ReadOnlySpan<Cell> values, int? year)
    {
        int n = 0;
        foreach (var v in values) if (!v.IsValue || !v.Value.IsBlank) n++;
        bool v2019 = year is int y ? y < 2021 : false;
        return row switch
        {
            ActiveRow.Regulations or ActiveRow.NormativeDocuments => v2019 ? [Field.Made, Field.Published, Field.TotalPublished] : [Field.Issued, Field.Repealed, Field.InForce],
            ActiveRow.Fees => n >= 2 || v2019 && n != 1 ? [Field.PreviousItems, Field.Change] : [Field.FeeAmount],
            ActiveRow.Procurement => [Field.Projects, Field.ProcurementAmount],
            ActiveRow.OtherServices => [Field.PreviousItems, Field.Change, Field.Decisions],
            _ => n >= 2 || v2019 && n != 1 ? [Field.PreviousItems, Field.Change, Field.Decisions] : [Field.Decisions],
        };
    }

    private static string ActiveKey(ActiveRow row) => row switch
    {
        ActiveRow.Regulations => "regulations", ActiveRow.NormativeDocuments => "normativeDocuments",
        ActiveRow.Licensing => "licensing", ActiveRow.OtherServices => "otherServices", ActiveRow.Penalty => "penalty",
        ActiveRow.Coercion => "coercion", ActiveRow.Fees => "fees", _ => "procurement",
    };

    private static string FieldKey(Field field) => field switch
    {
        Field.Issued => "issued", Field.Repealed => "repealed", Field.InForce => "inForce", Field.Made => "made",
        Field.Published => "published", Field.TotalPublished => "totalPublished", Field.PreviousItems => "previousItems",
        Field.Change => "change", Field.Decisions => "decisions", Field.Projects => "projects", _ => "amountTenThousandYuan",
    };

    private static ActiveDisclosure Apply(ActiveDisclosure a, ActiveRow row, Field[] columns, CellValue?[] cells, string? unit, int line, List<ReadingNote> notes)
    {
        string table = $"active.{ActiveKey(row)}";
        int? Count(Field f)
        {
            int k = Array.IndexOf(columns, f);
            return k < 0 ? null : TableCells.ToCount(cells[k], table, ActiveKey(row), line, notes, $"{table}.{FieldKey(f)}", signed: f == Field.Change);
        }
        decimal? Amount(Field f)
        {
            int k = Array.IndexOf(columns, f);
            return k < 0 || cells[k] is not { IsBlank: false } v ? null : Labels.ToTenThousandYuan(v, unit);
        }
        bool v2019 = columns.Any(f => f is Field.Made or Field.Published or Field.TotalPublished or Field.PreviousItems or Field.Change or Field.Projects or Field.ProcurementAmount);
        var layout = v2019 ? ReportFormat.V2019 : ReportFormat.V2021;
        switch (row)
        {
            case ActiveRow.Regulations or ActiveRow.NormativeDocuments:
                var docs = new DocumentCounts(layout)
                {
                    Issued = Count(Field.Issued), Repealed = Count(Field.Repealed), InForce = Count(Field.InForce),
                    Made = Count(Field.Made), Published = Count(Field.Published), TotalPublished = Count(Field.TotalPublished),
                };
                return row == ActiveRow.Regulations ? a with { Regulations = docs } : a with { NormativeDocuments = docs };
            case ActiveRow.Fees:
                return a with { Fees = new FeeFigures(layout) { AmountTenThousandYuan = Amount(Field.FeeAmount), PreviousItems = Count(Field.PreviousItems), Change = Count(Field.Change) } };
            case ActiveRow.Procurement:
                return a with { Procurement = new ProcurementFigures { Projects = Count(Field.Projects), AmountTenThousandYuan = Amount(Field.ProcurementAmount) } };
            default:
                var d = new DecisionCounts(layout) { PreviousItems = Count(Field.PreviousItems), Change = Count(Field.Change), Decisions = Count(Field.Decisions) };
                return row switch
                {
                    ActiveRow.Licensing => a with { Licensing = d },
                    ActiveRow.OtherServices => a with { OtherServices = d },
                    ActiveRow.Penalty => a with { Penalty = d },
                    _ => a with { Coercion = d },
                };
        }
    }
}
