using Gongkai.Reports.Model;

namespace Gongkai.Reports.Rules.Prose;

/// <summary>
/// Rule family prose.* (正文与表格不符): a number stated in the prose of sections 一, 五 and 六
/// that contradicts the table cell it speaks of. Only the first contradiction per cell is
/// reported; a blank or absent cell is not compared (cell.blank reports blanks).
/// </summary>
public static class ProseRules
{
    private static readonly SectionNumber[] ProseSections = [SectionNumber.一, SectionNumber.五, SectionNumber.六];

    /// <summary>Adds a finding for each cell that the prose contradicts.</summary>
    public static void Check(AnnualReport report, List<Finding> findings)
    {
        var reported = new HashSet<ProseTarget>();
        foreach (var number in ProseSections)
        {
            if (report.Section(number) is not { } section) continue;
            for (int i = 0; i < section.Paragraphs.Count; i++)
                foreach (var statement in ProseStatements.Read(section.Paragraphs[i], report.Year))
                {
                    if (reported.Contains(statement.Target) || Cell(report, statement.Target) is not { } cell || cell.Value == statement.Value) continue;
                    reported.Add(statement.Target);
                    findings.Add(new Finding(cell.Rule, Severity.Warning, cell.Where,
                        $"第{number}部分正文称“{statement.Phrase}”，但{cell.Label}为{cell.Value}{cell.Unit}")
                    {
                        Expected = cell.Value, Actual = statement.Value, Cells = cell.Paths,
                        Sentence = statement.Sentence, Line = i < section.Lines.Count ? section.Lines[i] : null,
                    });
                }
        }
    }

    /// <summary>What a statement is compared with: the cell's value, its JSON paths, and how a message names it.</summary>
    private sealed record TableCell(string Rule, string Where, int Value, IReadOnlyList<string> Paths, string Label, string Unit = "件");

    private static TableCell? Cell(AnnualReport report, ProseTarget target)
    {
        const int total = (int)ApplicantColumn.Total;
        TableCell? Requests(RequestRow row, string label) =>
            report.Requests[row, ApplicantColumn.Total] is int v
                ? new(RuleIds.ProseRequests, row.Key(), v, [$"requests.rows.{row.Key()}[{total}]"], $"第三部分表格“{label}”总计")
                : null;
        var appeals = report.ReviewAndLitigation;
        var a = report.Active;
        return target switch
        {
            ProseTarget.RequestsNew => Requests(RequestRow.New, "本年新收政府信息公开申请数量"),
            ProseTarget.RequestsCarriedOver => Requests(RequestRow.CarriedOver, "上年结转政府信息公开申请数量"),
            ProseTarget.RequestsHandled => Requests(RequestRow.Handled, "本年度办理结果（七）总计"),
            ProseTarget.RequestsCarriedForward => Requests(RequestRow.CarriedForward, "结转下年度继续办理"),
            ProseTarget.Review => appeals?.Review.Total is int r
                ? new(RuleIds.ProseAppeals, "review", r, ["reviewAndLitigation.review.Total"], "第四部分表格行政复议总计")
                : null,
            ProseTarget.Lawsuit => appeals is { LawsuitDirect.Total: int d, LawsuitAfterReview.Total: int ar }
                ? new(RuleIds.ProseAppeals, "lawsuit", checked(d + ar),
                    ["reviewAndLitigation.lawsuitDirect.Total", "reviewAndLitigation.lawsuitAfterReview.Total"],
                    $"第四部分表格行政诉讼总计（未经复议直接起诉{d}件、复议后起诉{ar}件）")
                : null,
            ProseTarget.RegulationsIssued => Documents(a.Regulations, "regulations", "规章"),
            ProseTarget.NormativeIssued => Documents(a.NormativeDocuments, "normativeDocuments", "规范性文件"),
            ProseTarget.NormativeRepealed => a.NormativeDocuments is { Layout: ReportFormat.V2021, Repealed: int rp }
                ? Active("normativeDocuments.repealed", rp, "规范性文件“本年废止件数”") : null,
            ProseTarget.NormativeInForce => a.NormativeDocuments is { Layout: ReportFormat.V2021, InForce: int f }
                ? Active("normativeDocuments.inForce", f, "规范性文件“现行有效件数”") : null,
            ProseTarget.LicensingDecisions => Decisions(a.Licensing, "licensing", "行政许可"),
            ProseTarget.PenaltyDecisions => Decisions(a.Penalty, "penalty", "行政处罚"),
            _ => Decisions(a.Coercion, "coercion", "行政强制"),
        };
    }

    private static TableCell Active(string key, int value, string label) =>
        new(RuleIds.ProseActive, key, value, [$"active.{key}"], $"第二部分表格{label}");

    /// <summary>制发/印发 is 本年制发件数 in V2021 and 本年新制作数量 in V2019.</summary>
    private static TableCell? Documents(DocumentCounts? counts, string key, string label) => counts switch
    {
        { Layout: ReportFormat.V2021, Issued: int v } => Active($"{key}.issued", v, $"{label}“本年制发件数”"),
        { Layout: ReportFormat.V2019, Made: int v } => Active($"{key}.made", v, $"{label}“本年新制作数量”"),
        _ => null,
    };

    private static TableCell? Decisions(DecisionCounts? counts, string key, string label) =>
        counts?.Decisions is int v ? Active($"{key}.decisions", v, $"{label}“处理决定数量”") : null;
}
