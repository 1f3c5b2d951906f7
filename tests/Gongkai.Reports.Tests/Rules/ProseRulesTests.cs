using Gongkai.Reports.Model;
using Gongkai.Reports.Rules;
using Gongkai.Reports.Rules.Prose;

namespace Gongkai.Reports.Tests.Rules;

/// <summary>The prose.* rules: sentences of sections 一/五/六 against the tables, on the seeds' own sentences.</summary>
public class ProseRulesTests
{
    private static List<(ProseTarget Target, int Value)> Statements(string paragraph, int year) =>
        [.. ProseStatements.Read(paragraph, year).Select(s => (s.Target, s.Value))];

    private static List<Finding> ProseFindings(AnnualReport report) =>
        [.. AnnualReports.Check(report).Where(f => f.Rule.StartsWith("prose.", StringComparison.Ordinal))];

    private static AnnualReport WithOverview(AnnualReport report, string paragraph) => report with
    {
        Sections = [.. report.Sections.Select(s => s.Number == SectionNumber.一 ? s with { Paragraphs = [paragraph] } : s)],
    };

    private const string Seed000Requests =
        "依法依规做好依申请公开工作，全年共收到和办理依申请公开211件，上年度结转政府信息公开申请14件，按时答复政府信息公开申请216件，转下一年办理9件,申请内容主要为征地信息相关材料。";

    [Fact]
    public void Seed_000_sentence_states_new_carried_over_and_carried_forward()
    {
        Assert.Equal([(ProseTarget.RequestsNew, 211), (ProseTarget.RequestsCarriedOver, 14), (ProseTarget.RequestsCarriedForward, 9)],
            Statements(Seed000Requests, 2021));
    }

    [Fact]
    public void Answered_on_time_is_a_part_of_the_handled_requests_and_is_not_read()
    {
        Assert.DoesNotContain(Statements(Seed000Requests, 2021), s => s.Target == ProseTarget.RequestsHandled);
    }

    [Fact]
    public void Seed_001_accepted_requests_are_the_new_requests()
    {
        Assert.Equal([(ProseTarget.RequestsNew, 22)],
            Statements("七是全年受理依申请公开事项 22 件，从申请的信息内容来看，涉及申请公开征地批准文件，均以书面形式按时答复申请人。", 2020));
    }

    [Fact]
    public void Seed_001_sentence_naming_the_next_year_is_not_read()
    {
        Assert.Empty(Statements("目前，2020 年度受理的 23 件依申请公开事项中，有 2 件因受理时间为 12 月下旬结转至 2021 年 1 月上旬办结，其余均按时回复办结。", 2020));
    }

    [Fact]
    public void Seed_002_no_review_and_no_lawsuit_states_zero_for_both()
    {
        Assert.Equal([(ProseTarget.Review, 0), (ProseTarget.Lawsuit, 0)],
            Statements("2021 年,我局未发生依申请公开政府信息方面的行政复议和行政诉讼。", 2021));
    }

    [Fact]
    public void Seed_003_written_requests_are_a_part_and_are_not_read()
    {
        Assert.Empty(Statements("我局收到政务信息公开书面申请8件,均按要求及时进行了办理。办理12345市长热线业务40件。", 2023));
    }

    [Fact]
    public void Seed_004_requests_by_channel_are_not_read()
    {
        Assert.Empty(Statements("全面规范依申请公开工作，年度内收到网上及纸质信息公开申请24项、政府信息公开协助调查函6项，全部在规定时间节点内完成回复工作。", 2020));
    }

    [Fact]
    public void Seed_000_counts_after_qizhong_are_not_read()
    {
        Assert.Empty(Statements("全年通过厅网站共发布信息7658条，其中政务动态信息188条，信息公开目录信息2557条。", 2021));
    }

    [Theory]
    [InlineData("全年共收到政府信息公开申请20余件。")]
    [InlineData("全年共收到政府信息公开申请10-15件。")]
    [InlineData("2020年共收到政府信息公开申请12件。")]
    [InlineData("上年共收到政府信息公开申请12件。")]
    [InlineData("较去年，收到政府信息公开申请减少3件。")]
    [InlineData("累计收到政府信息公开申请300件。")]
    [InlineData("全年共收到申请15件，其中政府信息公开申请12件。")]
    [InlineData("全年办理行政复议案件30件。")]
    [InlineData("本机关作为复议机关，全年受理行政复议申请12件。")]
    public void Hedged_partial_or_other_year_numbers_are_not_read(string sentence)
    {
        Assert.DoesNotContain(Statements(sentence, 2021), s => s.Value is 12 or 15 or 20 or 30 or 300 or 3);
    }

    [Fact]
    public void The_first_clause_is_read_when_a_later_one_compares()
    {
        Assert.Equal([(ProseTarget.RequestsNew, 15)], Statements("全年共收到政府信息公开申请15件，同比增长25%。", 2021));
    }

    [Fact]
    public void Chinese_numerals_are_read()
    {
        Assert.Equal([(ProseTarget.RequestsNew, 12)], Statements("本年度新收政府信息公开申请十二件。", 2021));
        Assert.Equal(105, ProseStatements.ParseNumber("一百零五"));
        Assert.Equal(23, ProseStatements.ParseNumber("二十三"));
        Assert.Null(ProseStatements.ParseNumber("一二"));
    }

    [Fact]
    public void No_requests_received_states_zero()
    {
        Assert.Equal([(ProseTarget.RequestsNew, 0)], Statements("2021年，本机关未收到政府信息公开申请。", 2021));
    }

    [Fact]
    public void Prose_agreeing_with_the_table_gives_no_finding()
    {
        Assert.Empty(ProseFindings(WithOverview(ReportBuilder.Consistent(), "全年共收到政府信息公开申请10件，上年结转政府信息公开申请2件。")));
    }

    [Fact]
    public void Prose_count_of_new_requests_contradicting_row_one_is_a_finding_citing_sentence_and_cell()
    {
        var finding = Assert.Single(ProseFindings(WithOverview(ReportBuilder.Consistent(), "全年共收到政府信息公开申请12件，均已按时办结。")));
        Assert.Equal((RuleIds.ProseRequests, "New", Severity.Warning), (finding.Rule, finding.Where, finding.Severity));
        Assert.Equal((10m, 12m), (finding.Expected, finding.Actual));
        Assert.Equal(["requests.rows.New[6]"], finding.Cells);
        Assert.Equal("全年共收到政府信息公开申请12件，均已按时办结。", finding.Sentence);
        Assert.Equal("第一部分正文称“全年共收到政府信息公开申请12件”，但第三部分表格“本年新收政府信息公开申请数量”总计为10件", finding.Message);
    }

    [Fact]
    public void Prose_count_of_normative_documents_is_compared_with_the_issued_cell()
    {
        var finding = Assert.Single(ProseFindings(WithOverview(ReportBuilder.Consistent(), "全年制发规范性文件3件。")));
        Assert.Equal((RuleIds.ProseActive, "normativeDocuments.issued", 2m), (finding.Rule, finding.Where, finding.Expected));
    }

    [Fact]
    public void In_V2019_issued_normative_documents_are_the_made_cell()
    {
        var finding = Assert.Single(ProseFindings(WithOverview(ReportBuilder.Consistent(ReportFormat.V2019, 2020), "2020年印发规范性文件5件。")));
        Assert.Equal(("normativeDocuments.made", 2m), (finding.Where, finding.Expected));
    }

    [Fact]
    public void Prose_count_of_lawsuits_is_compared_with_both_lawsuit_totals()
    {
        var finding = Assert.Single(ProseFindings(WithOverview(ReportBuilder.Consistent(), "全年发生政府信息公开行政诉讼案件3件。")));
        Assert.Equal((RuleIds.ProseAppeals, "lawsuit", 0m, 3m), (finding.Rule, finding.Where, finding.Expected, finding.Actual));
        Assert.Equal(["reviewAndLitigation.lawsuitDirect.Total", "reviewAndLitigation.lawsuitAfterReview.Total"], finding.Cells);
    }

    [Fact]
    public void Saying_no_review_happened_contradicts_a_review_total()
    {
        var finding = Assert.Single(ProseFindings(WithOverview(ReportBuilder.Consistent(), "本年度未发生因政府信息公开引起的行政复议。")));
        Assert.Equal(("review", 2m, 0m), (finding.Where, finding.Expected, finding.Actual));
    }

    [Fact]
    public void A_penalty_decision_count_is_compared_with_the_decisions_cell()
    {
        var finding = Assert.Single(ProseFindings(WithOverview(ReportBuilder.Consistent(), "全年作出行政处罚决定6件。")));
        Assert.Equal(("penalty.decisions", 4m, 6m), (finding.Where, finding.Expected, finding.Actual));
    }

    [Fact]
    public void Only_the_first_contradiction_of_a_cell_is_reported()
    {
        var report = WithOverview(ReportBuilder.Consistent(), "全年共收到政府信息公开申请12件。") with { };
        report = report with
        {
            Sections = [.. report.Sections.Select(s => s.Number == SectionNumber.六 ? s with { Paragraphs = ["全年共收到政府信息公开申请13件。"] } : s)],
        };
        Assert.Equal(12m, Assert.Single(ProseFindings(report)).Actual);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void The_seeds_as_they_are_have_no_prose_finding(string seed)
    {
        var report = AnnualReports.Read(TestFiles.Seed(seed)).Report!;
        Assert.Empty(ProseFindings(report));
    }

    [Fact]
    public void Seed_000_altered_to_contradict_its_table_has_a_finding_on_its_source_line()
    {
        string text = File.ReadAllText(TestFiles.Seed("000"));
        string altered = text.Replace("全年共收到和办理依申请公开211件", "全年共收到和办理依申请公开215件", StringComparison.Ordinal);
        Assert.NotEqual(text, altered);
        var report = AnnualReports.Read(System.Text.Encoding.UTF8.GetBytes(altered), "seed.txt").Report!;
        var finding = Assert.Single(ProseFindings(report));
        Assert.Equal(("New", 211m, 215m), (finding.Where, finding.Expected, finding.Actual));
        int line = Array.FindIndex(altered.Split('\n'), l => l.Contains("依申请公开215件", StringComparison.Ordinal)) + 1;
        Assert.Equal(line, finding.Line);
        Assert.StartsWith("依法依规做好依申请公开工作", finding.Sentence);
    }

    [Fact]
    public void Seed_003_altered_to_drop_the_written_qualifier_contradicts_its_table()
    {
        string altered = File.ReadAllText(TestFiles.Seed("003")).Replace("我局收到政务信息公开书面申请8件", "我局收到政务信息公开申请12件", StringComparison.Ordinal);
        var report = AnnualReports.Read(System.Text.Encoding.UTF8.GetBytes(altered), "seed.txt").Report!;
        var finding = Assert.Single(ProseFindings(report));
        Assert.Equal((RuleIds.ProseRequests, 8m, 12m), (finding.Rule, finding.Expected, finding.Actual));
    }
}
