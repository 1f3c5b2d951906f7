using Gongkai.Reports.Model;
using Gongkai.Reports.Reading;
using Gongkai.Reports.Rules;

namespace Gongkai.Reports.Rollup;

/// <summary>A report offered to a roll-up: its model, or why it could not be read (in Chinese).</summary>
public sealed record RollupInput(string Source, AnnualReport? Report, string? Problem = null)
{
    public static RollupInput FromRead(string source, ReadResult read) => new(source, read.Report, read.Error?.Message);
}

/// <summary>A report left out of a roll-up and why, in Chinese.</summary>
public sealed record RollupExclusion(string Source, string Reason);

/// <summary>The sum of the included reports' sections 二, 三 and 四, and which reports it covers.</summary>
public sealed record RollupResult(AnnualReport Sum, IReadOnlyList<string> Included, IReadOnlyList<RollupExclusion> Excluded)
{
    /// <summary>
    /// The table rules (section 三's sums, section 四's totals, blank cells) on the sum: the sum of
    /// reports with errors carries their errors. Rules about prose, sections, dates and layouts do
    /// not apply to a sum, which has none of its own.
    /// </summary>
    public IReadOnlyList<Finding> Findings => _findings ??= [.. ReportChecker.Check(Sum).Where(f =>
        f.Rule.StartsWith("requests.", StringComparison.Ordinal) || f.Rule.EndsWith(".total", StringComparison.Ordinal) || f.Rule == RuleIds.CellBlank)];

    private IReadOnlyList<Finding>? _findings;
}

/// <summary>
/// 汇总: adds up subordinates' sections 二, 三 and 四 for one year in the layout that year prescribes.
/// A report with findings is included (its numbers are what it published); a report that cannot
/// be read, is of another year, uses a table that cannot be mapped onto the year's layout, or
/// whose numbers would overflow the sum is excluded with the reason. A cell of the sum is blank
/// only when it is blank (or absent) in every included report.
/// </summary>
public static class ReportRollup
{
    /// <summary>Sums <paramref name="inputs"/> for <paramref name="year"/>; the sum names <paramref name="agency"/>.</summary>
    public static RollupResult Sum(string? agency, int year, IEnumerable<RollupInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var format = ReportFormats.ForYear(year);
        var total = new Tally(format);
        var included = new List<string>();
        var excluded = new List<RollupExclusion>();
        foreach (var input in inputs)
        {
            string? reason = input.Report switch
            {
                null => input.Problem ?? "文件无法读取",
                { Year: null } => "无法确定报告年度",
                { Year: int y } when y != year => $"报告年度为{y}年，不是{year}年",
                _ => null,
            };
            if (reason is null)
            {
                var part = new Tally(format);
                reason = part.Read(input.Report!) ?? total.TryAdd(part);
            }
            if (reason is null) included.Add(input.Source); else excluded.Add(new RollupExclusion(input.Source, reason));
        }
        return new RollupResult(total.ToReport(agency, year), included, excluded);
    }

    /// <summary>The summable cells of one report, or of the running sum, in the roll-up's layout.</summary>
    private sealed class Tally(ReportFormat format)
    {
        private readonly decimal?[] _requests = new decimal?[RequestRows.Count * ApplicantColumns.Count];
        private readonly decimal?[] _appeals = new decimal?[15];
        private readonly Dictionary<string, decimal?> _active = [];
        private bool _hasRequests, _hasAppeals;

        private static readonly HashSet<string> AmountFields = ["fees.amountTenThousandYuan", "procurement.amountTenThousandYuan"];

        /// <summary>Takes a report's cells; returns why it cannot be summed in this layout, or null.</summary>
        public string? Read(AnnualReport report)
        {
            if (ReadRequests(report.Requests) is { } requestsProblem) return requestsProblem;
            if (report.ReviewAndLitigation is { } appeals)
            {
                _hasAppeals = true;
                int i = 0;
                foreach (var (_, counts) in appeals.Groups)
                    foreach (var cell in counts.Cells) _appeals[i++] = cell;
            }
            return ReadActive(report.Active);
        }

        private string? ReadRequests(RequestTable t)
        {
            if (t.IsEmpty) return null;
            _hasRequests = true;
            bool hasSubRows = t.Has(RequestRow.OtherCorrectionOverdue) || t.Has(RequestRow.OtherFeeUnpaid) || t.Has(RequestRow.OtherOther);
            foreach (var row in RequestRows.For(format))
                foreach (var c in ApplicantColumns.All)
                {
                    int? value = t[row, c];
                    if (format == ReportFormat.V2019 && row == RequestRow.Other && !t.Has(RequestRow.Other) && hasSubRows)
                    {
                        // V2019's single （六）其他处理 is exactly the sum of V2021's three sub-rows.
                        var parts = new[] { RequestRow.OtherCorrectionOverdue, RequestRow.OtherFeeUnpaid, RequestRow.OtherOther }.Select(r => t[r, c]).ToList();
                        value = parts.All(p => p is null) ? null : parts.Sum(p => p ?? 0);
                    }
                    else if (format == ReportFormat.V2021 && row.Group() == OutcomeGroup.Other && !hasSubRows && t.Has(RequestRow.Other))
                    {
                        // V2019's （六）其他处理 cannot be split into V2021's sub-rows, unless there is nothing to split.
                        int? other = t[RequestRow.Other, c];
                        if (other is not (null or 0))
                            return "第三部分使用2019年版格式，“（六）其他处理”不为0，无法拆分到2021年版的三个子项";
                        value = other;
                    }
                    _requests[Index(row, c)] = value;
                }
            return null;
        }

        private static int Index(RequestRow row, ApplicantColumn column) => (int)row * ApplicantColumns.Count + (int)column;

        private string? ReadActive(ActiveDisclosure a)
        {
            var problems = new List<string>();
            void Documents(string key, string label, DocumentCounts? d)
            {
                if (d is null || d.Layout != format && Blank(d.Issued, d.Repealed, d.InForce, d.Made, d.Published, d.TotalPublished)) return;
                if (d.Layout != format) { problems.Add($"{label}表格"); return; }
                if (format == ReportFormat.V2021) Set(key, ("issued", d.Issued), ("repealed", d.Repealed), ("inForce", d.InForce));
                else Set(key, ("made", d.Made), ("published", d.Published), ("totalPublished", d.TotalPublished));
            }
            void Decisions(string key, string label, DecisionCounts? d)
            {
                if (d is null) return;
                // Both layouts count decisions; only V2019's has the item counts.
                if (format == ReportFormat.V2021) Set(key, ("decisions", d.Decisions));
                else if (d.Layout == ReportFormat.V2019) Set(key, ("previousItems", d.PreviousItems), ("change", d.Change), ("decisions", d.Decisions));
                else if (!Blank(d.PreviousItems, d.Change, d.Decisions)) problems.Add($"{label}表格");
            }
            Documents("regulations", "规章", a.Regulations);
            Documents("normativeDocuments", "规范性文件", a.NormativeDocuments);
            Decisions("licensing", "行政许可", a.Licensing);
            if (format == ReportFormat.V2019) Decisions("otherServices", "其他对外管理服务事项", a.OtherServices);
            Decisions("penalty", "行政处罚", a.Penalty);
            Decisions("coercion", "行政强制", a.Coercion);
            if (a.Fees is { } f && (f.Layout == format || !Blank(f.PreviousItems, f.Change) || f.AmountTenThousandYuan is not null))
            {
                if (f.Layout != format) problems.Add("行政事业性收费表格");
                else if (format == ReportFormat.V2021) SetAmount("fees.amountTenThousandYuan", f.AmountTenThousandYuan);
                else Set("fees", ("previousItems", f.PreviousItems), ("change", f.Change));
            }
            if (format == ReportFormat.V2019 && a.Procurement is { } p)
            {
                Set("procurement", ("projects", p.Projects));
                SetAmount("procurement.amountTenThousandYuan", p.AmountTenThousandYuan);
            }
            return problems.Count == 0 ? null
                : $"第二部分的{string.Join("、", problems)}使用了另一种格式，无法按{format.ChineseName()}汇总";
        }

        /// <summary>A table in the other layout that is blank throughout adds nothing and is no reason to exclude a report.</summary>
        private static bool Blank(params int?[] cells) => cells.All(c => c is null);

        private void Set(string table, params (string Field, int? Value)[] fields)
        {
            foreach (var (field, value) in fields) _active[$"{table}.{field}"] = value;
        }

        private void SetAmount(string key, decimal? value) => _active[key] = value;

        /// <summary>Adds another tally unless a cell would overflow; then nothing is added and the reason returned.</summary>
        public string? TryAdd(Tally other)
        {
            if (Overflow(_requests, other._requests) || Overflow(_appeals, other._appeals))
                return "数值过大：与其他报告相加会超出可表示的范围";
            foreach (var (key, value) in other._active)
                if (Overflowing(_active.GetValueOrDefault(key), value, AmountFields.Contains(key)))
                    return "数值过大：与其他报告相加会超出可表示的范围";
            Add(_requests, other._requests);
            Add(_appeals, other._appeals);
            foreach (var (key, value) in other._active) _active[key] = Plus(_active.GetValueOrDefault(key), value);
            _hasRequests |= other._hasRequests;
            _hasAppeals |= other._hasAppeals;
            return null;
        }

        private static bool Overflow(decimal?[] a, decimal?[] b)
        {
            for (int i = 0; i < a.Length; i++) if (Overflowing(a[i], b[i], amount: false)) return true;
            return false;
        }

        private static bool Overflowing(decimal? a, decimal? b, bool amount)
        {
            if (a is not decimal x || b is not decimal y) return false;
            // Counts must stay ints; amounts must stay well inside decimal's range.
            if (!amount) return x + y is > int.MaxValue or < int.MinValue;
            const decimal Limit = decimal.MaxValue / 4;
            return Math.Abs(x) > Limit || Math.Abs(y) > Limit;
        }

        private static void Add(decimal?[] into, decimal?[] from)
        {
            for (int i = 0; i < into.Length; i++) into[i] = Plus(into[i], from[i]);
        }

        private static decimal? Plus(decimal? a, decimal? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);

        private int? Int(string key) => _active.GetValueOrDefault(key) is decimal d ? (int)d : null;

        public AnnualReport ToReport(string? agency, int year)
        {
            var requests = new RequestTable();
            if (_hasRequests)
                foreach (var row in RequestRows.For(format))
                    requests.SetRow(row, [.. ApplicantColumns.All.Select(c => _requests[Index(row, c)] is decimal d ? (int?)(int)d : null)]);
            ReviewAndLitigation? appeals = null;
            if (_hasAppeals)
            {
                AppealCounts Group(int g) => AppealCounts.FromCells([.. _appeals.Skip(g * 5).Take(5).Select(d => d is decimal v ? (int?)(int)v : null)]);
                appeals = new ReviewAndLitigation(Group(0), Group(1), Group(2));
            }
            return new AnnualReport
            {
                Format = format, Agency = agency, Year = year,
                Requests = requests, RequestsLayout = _hasRequests ? format : null, ReviewAndLitigation = appeals,
                Active = ToActive(),
            };
        }

        private bool Has(string table) => _active.Keys.Any(k => k.StartsWith(table + ".", StringComparison.Ordinal));

        private ActiveDisclosure ToActive()
        {
            DocumentCounts? Documents(string t) => !Has(t) ? null : format == ReportFormat.V2021
                ? new DocumentCounts(format) { Issued = Int($"{t}.issued"), Repealed = Int($"{t}.repealed"), InForce = Int($"{t}.inForce") }
                : new DocumentCounts(format) { Made = Int($"{t}.made"), Published = Int($"{t}.published"), TotalPublished = Int($"{t}.totalPublished") };
            DecisionCounts? Decisions(string t) => !Has(t) ? null
                : new DecisionCounts(format) { PreviousItems = Int($"{t}.previousItems"), Change = Int($"{t}.change"), Decisions = Int($"{t}.decisions") };
            return new ActiveDisclosure
            {
                Regulations = Documents("regulations"),
                NormativeDocuments = Documents("normativeDocuments"),
                Licensing = Decisions("licensing"),
                OtherServices = Decisions("otherServices"),
                Penalty = Decisions("penalty"),
                Coercion = Decisions("coercion"),
                Fees = !Has("fees") ? null : new FeeFigures(format)
                {
                    AmountTenThousandYuan = _active.GetValueOrDefault("fees.amountTenThousandYuan"),
                    PreviousItems = Int("fees.previousItems"), Change = Int("fees.change"),
                },
                Procurement = !Has("procurement") ? null : new ProcurementFigures
                {
                    Projects = Int("procurement.projects"), AmountTenThousandYuan = _active.GetValueOrDefault("procurement.amountTenThousandYuan"),
                },
            };
        }
    }
}
