using Gongkai.Core.Appeals;
using Gongkai.Core.Reports;
using Gongkai.Core.Requests;
using Gongkai.Reports;
using Gongkai.Reports.Formats.Docx;
using Gongkai.Reports.Formats.Json;
using Gongkai.Reports.Model;
using Gongkai.Reports.Rules;

namespace Gongkai.Core.Tests.Reports;

public sealed class ReportComposerTests
{
    private static ReportInputs Inputs(ReportProse? prose = null, IReadOnlyList<OpeningFigure>? figures = null) => new()
    {
        Agency = "临江市自然资源局",
        Year = 2025,
        PublishedItems = 42,
        Requests =
        [
            new(ApplicantKind.NaturalPerson, new DateOnly(2025, 2, 3), new DateOnly(2025, 2, 20), ReplyOutcome.Disclosed),
            new(ApplicantKind.CommercialEnterprise, new DateOnly(2024, 12, 20), new DateOnly(2025, 1, 10), ReplyOutcome.UnavailableNotHeld),
            new(ApplicantKind.NaturalPerson, new DateOnly(2025, 12, 22), null, null),
        ],
        Appeals = [new(AppealKind.AdministrativeReview, new DateOnly(2025, 3, 1), new DateOnly(2025, 6, 1), AppealResult.Upheld)],
        Fees = [new(new DateOnly(2025, 4, 1), 100m, new DateOnly(2025, 4, 8)), new(new DateOnly(2025, 11, 1), 200m, null)],
        Prose = prose ?? new ReportProse(),
        OpeningFigures = figures ?? [],
    };

    [Fact]
    public void A_composed_report_has_all_six_sections_in_order_and_no_findings()
    {
        var report = ReportComposer.Compose(Inputs()).Report;
        Assert.Equal(Enum.GetValues<SectionNumber>(), report.Sections.Select(s => s.Number));
        Assert.Empty(ReportChecker.Check(report));
    }

    [Fact]
    public void The_overview_draft_carries_the_years_figures_under_the_five_headings()
    {
        var overview = ReportComposer.Compose(Inputs()).Report.Section(SectionNumber.一)!.Paragraphs;
        Assert.Equal(ReportComposer.OverviewHeadings, overview.Where(p => p.StartsWith('（')));
        Assert.Contains(overview, p => p.Contains("新收政府信息公开申请2件，上年结转1件，办理完毕2件，结转下年度继续办理1件", StringComparison.Ordinal));
        Assert.Contains(overview, p => p.Contains("主动公开政府信息42条", StringComparison.Ordinal));
    }

    [Fact]
    public void The_clerks_text_replaces_the_draft()
    {
        var overview = ReportComposer.Compose(Inputs(new ReportProse { Platform = "门户网站改版。\n开通移动端。" })).Report.Section(SectionNumber.一)!.Paragraphs;
        Assert.Equal(["（四）平台建设", "门户网站改版。", "开通移动端。", "（五）监督保障"], overview.SkipWhile(p => p != "（四）平台建设").Take(4));
    }

    [Fact]
    public void Section_six_opens_with_the_fee_statement_of_notices_sent_and_fees_paid()
    {
        var six = ReportComposer.Compose(Inputs(new ReportProse { OtherMatters = "无其他需要报告的事项。" })).Report.Section(SectionNumber.六)!.Paragraphs;
        Assert.Equal("按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本年度共发出信息处理费收费通知2份，收取信息处理费100元。", six[0]);
        Assert.Equal("无其他需要报告的事项。", six[1]);
    }

    [Fact]
    public void An_opening_figure_adds_to_its_cell_and_keeps_its_tables_sums()
    {
        var composed = ReportComposer.Compose(Inputs(figures:
        [
            new("requests.rows.New[0]", 5, "2025年7月启用本系统，此前收件"),
            new("requests.rows.Disclosed[0]", 5, "2025年7月启用本系统，此前办结"),
            new("reviewAndLitigation.review.Corrected", 1, "启用前的复议案件"),
        ]));
        var t = composed.Report.Requests;
        Assert.Equal((7, 6, 7), (t[RequestRow.New, ApplicantColumn.Total]!.Value, t[RequestRow.Disclosed, ApplicantColumn.NaturalPerson]!.Value, t[RequestRow.Handled, ApplicantColumn.Total]!.Value));
        Assert.Equal(new AppealCounts(1, 1, 0, 0, 2), composed.Report.ReviewAndLitigation!.Review);
        Assert.Empty(ReportChecker.Check(composed.Report));
        Assert.Equal(3, composed.EnteredCells.Count);
    }

    [Fact]
    public void The_report_says_which_cells_rest_on_entered_figures()
    {
        var six = ReportComposer.Compose(Inputs(figures: [new("requests.rows.New[0]", 5, "系统启用前收件")])).Report.Section(SectionNumber.六)!.Paragraphs;
        Assert.Contains("第三部分“本年新收”自然人列含本系统启用前录入的数据（系统启用前收件）", six[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_composed_report_reads_back_from_its_docx_as_the_same_report()
    {
        var report = ReportComposer.Compose(Inputs()).Report with { PublishedOn = new DateOnly(2026, 1, 20) };
        using var stream = new MemoryStream();
        DocxWriter.Write(report, stream);
        var back = AnnualReports.Read(stream.ToArray(), "report.docx");
        Assert.True(back.Succeeded, back.Error?.LogMessage);
        Assert.Equal(ReportJson.ToJson(report), ReportJson.ToJson(back.Report!));
        Assert.Equal(report, back.Report);
    }

    [Fact]
    public void An_unknown_cell_is_not_accepted()
    {
        Assert.False(ReportComposer.IsKnownCell("requests.rows.Nope[0]"));
        Assert.True(ReportComposer.IsKnownCell("reviewAndLitigation.lawsuitDirect.Pending"));
    }
}
