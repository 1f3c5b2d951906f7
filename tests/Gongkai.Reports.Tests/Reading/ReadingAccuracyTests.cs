using System.Text;
using Gongkai.Reports.Model;
using Gongkai.Reports.Reading;
using Gongkai.Reports.Rules;

namespace Gongkai.Reports.Tests.Reading;

/// <summary>The kinds of failure issue 11 names, each in its smallest form.</summary>
public class ReadingAccuracyTests
{
    private static ReadResult Read(string text, string name = "report.txt") => AnnualReports.Read(new UTF8Encoding(false).GetBytes(text), name);

    private const string Tables = """
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量	5	1	0	0	0	0	6
        二、上年结转政府信息公开申请数量	0	0	0	0	0	0	0
        （一）予以公开	4	1	0	0	0	0	5
        （七）总计	4	1	0	0	0	0	5
        四、结转下年度继续办理	1	0	0	0	0	0	1
        四、政府信息公开行政复议、行政诉讼情况
        行政复议	行政诉讼
        0	0	0	0	0	0	0	0	0	0	0	0	0	0	0
        """;

    [Fact]
    public void A_heading_run_into_its_paragraph_is_a_section()
    {
        var report = Read("某某县水利局2022年政府信息公开工作年度报告\n一、总体情况2022年，我局依法公开政府信息。\n" + Tables).Report!;
        Assert.Equal("一、总体情况", report.Section(SectionNumber.一)!.Heading);
        Assert.Equal("2022年，我局依法公开政府信息。", report.Section(SectionNumber.一)!.Paragraphs[0]);
    }

    [Fact]
    public void A_heading_after_a_sentence_in_the_same_run_is_a_section()
    {
        var report = Read("某某县水利局2022年政府信息公开工作年度报告\n" + Tables + "\n五、存在的主要问题及改进情况（一）存在的主要问题：解读不够。六、其他需要报告的事项无。\n").Report!;
        Assert.Equal("（一）存在的主要问题：解读不够。", report.Section(SectionNumber.五)!.Paragraphs[0]);
        Assert.True(report.HasSection(SectionNumber.六));
    }

    [Theory]
    [InlineData("本报告包括总体情况、主动公开政府信息情况、其他需要报告的事项等部分。")]
    [InlineData("报告分为：一、总体情况、二、主动公开政府信息情况等六个部分。")]
    public void A_heading_like_phrase_in_prose_is_not_a_section(string prose)
    {
        var report = Read("某某县水利局2022年政府信息公开工作年度报告\n" + prose + "\n" + Tables).Report!;
        Assert.False(report.HasSection(SectionNumber.一));
    }

    [Theory]
    [InlineData("五、存在的主要问题及明年工作计划", SectionNumber.五)]
    [InlineData("五、存在问题及改进措施", SectionNumber.五)]
    [InlineData("四、因政府信息公开申请行政复议、提起行政诉讼的情况", SectionNumber.四)]
    [InlineData("六、其他需说明的事项", SectionNumber.六)]
    [InlineData("六、其他需要报告的事项", SectionNumber.六)]
    [InlineData("5、 存在的主要问题及改进情况", SectionNumber.五)]
    public void A_heading_worded_otherwise_is_recognised_by_number_and_words(string heading, SectionNumber number)
    {
        Assert.Equal(number, SectionHeadings.NumberOf(heading));
    }

    [Fact]
    public void A_numbered_sub_heading_whose_digit_disagrees_is_not_a_section()
    {
        Assert.Null(SectionHeadings.NumberOf("2、依申请公开情况"));
    }

    [Fact]
    public void A_missing_section_finding_names_what_was_searched_for()
    {
        var report = Read("某某县水利局2022年政府信息公开工作年度报告\n一、总体情况\n正文。\n" + Tables).Report!;
        var missing = AnnualReports.Check(report).Single(f => f.Rule == RuleIds.SectionMissing && f.Where == "六");
        Assert.Contains("以“六、”", missing.Message);
        Assert.Contains("其他", missing.Message);
    }

    [Theory]
    [InlineData("十")]
    [InlineData("1e3")]
    [InlineData("½")]
    [InlineData("1,2,3")]
    public void A_count_that_is_not_a_number_is_unread_and_does_not_shift_the_row(string cell)
    {
        var result = Read("某某县水利局2022年政府信息公开工作年度报告\n" + Tables.Replace("（一）予以公开	4	1	0", $"（一）予以公开	4	{cell}	0"));
        var report = result.Report!;
        Assert.Equal([4, null, 0, 0, 0, 0, 5], report.Requests.Row(RequestRow.Disclosed)!);
        Assert.Contains("requests.rows.Disclosed[1]", report.UnreadCells);
        Assert.Contains(result.Notes, n => n.Message.Contains(cell, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("−3")]
    [InlineData("减少3")]
    public void A_negative_count_is_not_read_silently(string cell)
    {
        var report = Read("某某县水利局2022年政府信息公开工作年度报告\n" + Tables.Replace("（一）予以公开	4	1	0", $"（一）予以公开	4	1	{cell}")).Report!;
        Assert.Null(report.Requests[RequestRow.Disclosed, ApplicantColumn.ResearchInstitution]);
        Assert.Contains("requests.rows.Disclosed[2]", report.UnreadCells);
    }

    [Fact]
    public void A_rule_on_an_unread_cell_is_not_assessable_and_no_finding()
    {
        var report = Read("某某县水利局2022年政府信息公开工作年度报告\n" + Tables.Replace("（一）予以公开	4	1	0", "（一）予以公开	4	十	0")).Report!;
        var findings = AnnualReports.Check(report);
        Assert.DoesNotContain(findings, f => f.IsAssessed && f.Where is "CommercialEnterprise" or "Disclosed");
        Assert.Contains(findings, f => f.Severity == Severity.NotAssessable && f.Rule == RuleIds.RequestsRowTotal && f.Where == "Disclosed");
    }

    [Fact]
    public void A_row_with_fewer_cells_than_columns_is_unread_not_blank()
    {
        var report = Read("某某县水利局2022年政府信息公开工作年度报告\n" + Tables.Replace("（一）予以公开	4	1	0	0	0	0	5", "（一）予以公开	4	1	5")).Report!;
        Assert.Contains("requests.rows.Disclosed[6]", report.UnreadCells);
        Assert.DoesNotContain(AnnualReports.Check(report), f => f.Rule == RuleIds.CellBlank && f.Where == "Disclosed");
    }

    [Fact]
    public void Layout_text_reads_a_single_value_row_under_its_header()
    {
        const string layout = """
            某某县水利局2022年政府信息公开工作年度报告
            二、主动公开政府信息情况
                              第二十条第（五）项
               信息内容              本年处理决定数量
            行政许可                        12345
            """;
        var report = Read(layout).Report!;
        Assert.Equal(12345, report.Active.Licensing!.Decisions);
    }

    [Fact]
    public void Layout_text_puts_a_blank_back_under_the_column_it_left_empty()
    {
        const string layout = """
            某某县水利局2020年政府信息公开工作年度报告
            二、主动公开政府信息情况
                              第二十条第（六）项
              信息内容          上一年项目数量        本年增/减         处理决定数量
            行政处罚                     22          减 8                 14
            行政强制                      3           0
            """;
        var report = Read(layout).Report!;
        Assert.Equal((3, 0, (int?)null), (report.Active.Coercion!.PreviousItems, report.Active.Coercion.Change, report.Active.Coercion.Decisions));
        Assert.Equal(-8, report.Active.Penalty!.Change);
    }

    [Fact]
    public void Markdown_from_OCR_is_read_by_content_and_the_agency_is_plain_text()
    {
        const string md = """
            # **某某县水利局2022年政府信息公开工作年度报告**

            ## 一、总体情况

            本局依法公开政府信息。

            ## 三、收到和处理政府信息公开申请情况

            | 一、本年新收政府信息公开<br>申请数量 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |
            |---|---|---|---|---|---|---|---|
            | **二、上年结转政府信息公开申请数量** | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
            """;
        var report = Read(md, "scan.txt").Report!;
        Assert.Equal("某某县水利局", report.Agency);
        Assert.Equal([5, 1, 0, 0, 0, 0, 6], report.Requests.Row(RequestRow.New)!);
        Assert.Equal([0, 0, 0, 0, 0, 0, 0], report.Requests.Row(RequestRow.CarriedOver)!);
        Assert.True(report.HasSection(SectionNumber.一));
    }

    [Fact]
    public void A_closing_run_into_the_last_sentence_gives_the_date_and_agency()
    {
        var report = Read("某某县水利局2022年政府信息公开工作年度报告\n" + Tables + "\n六、其他需要报告的事项无。某某县水利局2023年1月20日\n").Report!;
        Assert.Equal(new DateOnly(2023, 1, 20), report.PublishedOn);
    }

    [Fact]
    public void A_government_report_published_in_March_is_not_late_but_a_department_one_is()
    {
        var government = new AnnualReport { Agency = "某某县人民政府", Year = 2022, PublishedOn = new DateOnly(2023, 3, 20) };
        var department = government with { Agency = "某某县人民政府办公室" };
        Assert.DoesNotContain(AnnualReports.Check(government), f => f.Rule == RuleIds.ReportLate);
        Assert.Contains(AnnualReports.Check(department), f => f.Rule == RuleIds.ReportLate && f.Severity == Severity.Warning);
    }
}
