using System.Text;
using Gongkai.Reports.Model;
using Gongkai.Reports.Reading;

namespace Gongkai.Reports.Tests.Formats.Text;

/// <summary>Reading text exported from Word or PDF, in the shapes real documents take.</summary>
public class TextReadingTests
{
    static TextReadingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static AnnualReport Read(string text, string name = "report.txt") =>
        AnnualReports.Read(Encoding.UTF8.GetBytes(text), name).Report ?? throw new Xunit.Sdk.XunitException("not read");

    private const string Minimal = """
        某某市生态环境局2022年政府信息公开工作年度报告
        一、总体情况
        本局依法公开政府信息。
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量	5	1	0	0	0	0	6
        二、上年结转政府信息公开申请数量	0	0	0	0	0	0	0
        四、结转下年度继续办理	1	0	0	0	0	0	1
        四、政府信息公开行政复议、行政诉讼情况
        行政复议	行政诉讼
        0	0	0	0	0	0	0	0	0	0	0	0	0	0	0
        某某市生态环境局
        2023年1月18日
        """;

    [Fact]
    public void Agency_and_year_come_from_the_title()
    {
        var report = Read(Minimal);
        Assert.Equal(("某某市生态环境局", 2022), (report.Agency, report.Year));
    }

    [Fact]
    public void The_closing_date_is_the_publication_date()
    {
        Assert.Equal(new DateOnly(2023, 1, 18), Read(Minimal).PublishedOn);
    }

    [Fact]
    public void A_closing_date_in_Chinese_numerals_is_read()
    {
        var report = Read(Minimal.Replace("2023年1月18日", "二〇二三年一月十八日"));
        Assert.Equal(new DateOnly(2023, 1, 18), report.PublishedOn);
    }

    [Fact]
    public void A_report_without_a_closing_date_has_no_publication_date()
    {
        Assert.Null(Read(Minimal.Replace("2023年1月18日", "")).PublishedOn);
    }

    [Fact]
    public void A_title_with_the_year_first_still_names_the_agency()
    {
        var report = Read(Minimal.Replace("某某市生态环境局2022年政府信息公开工作年度报告", "2022年某某市生态环境局政府信息公开工作年度报告"));
        Assert.Equal(("某某市生态环境局", 2022), (report.Agency, report.Year));
    }

    [Fact]
    public void GBK_encoded_text_reads_like_UTF8()
    {
        var gbk = Encoding.GetEncoding("GBK").GetBytes(Minimal);
        var report = AnnualReports.Read(gbk, "gbk.txt").Report;
        Assert.NotNull(report);
        Assert.Equal("某某市生态环境局", report.Agency);
        Assert.Equal(6, report.Requests[RequestRow.New, ApplicantColumn.Total]);
    }

    [Fact]
    public void Full_width_digits_and_ideographic_spaces_are_numbers()
    {
        var report = Read(Minimal.Replace("一、本年新收政府信息公开申请数量\t5", "一、本年新收政府信息公开申请数量\t　５　"));
        Assert.Equal(5, report.Requests[RequestRow.New, ApplicantColumn.NaturalPerson]);
    }

    [Fact]
    public void An_empty_cell_is_blank_not_zero()
    {
        var report = Read(Minimal.Replace("二、上年结转政府信息公开申请数量\t0\t0", "二、上年结转政府信息公开申请数量\t\t0"));
        Assert.Null(report.Requests[RequestRow.CarriedOver, ApplicantColumn.NaturalPerson]);
        Assert.Equal(0, report.Requests[RequestRow.CarriedOver, ApplicantColumn.CommercialEnterprise]);
    }

    [Fact]
    public void A_row_the_document_lacks_is_absent_not_blank()
    {
        Assert.False(Read(Minimal).Requests.Has(RequestRow.Disclosed));
    }

    [Fact]
    public void Space_separated_rows_from_a_PDF_export_are_read_as_cells()
    {
        var report = Read(Minimal.Replace("一、本年新收政府信息公开申请数量\t5\t1\t0\t0\t0\t0\t6", "一、本年新收政府信息公开申请数量 5 1 0 0 0 0 6"));
        Assert.Equal([5, 1, 0, 0, 0, 0, 6], report.Requests.Row(RequestRow.New)!);
    }

    [Fact]
    public void A_label_split_over_two_lines_takes_the_cells_of_its_second_line()
    {
        var text = Minimal.Replace("四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1",
            "5.要求行政机关确认或重新出具已获\n\t取信息\t2\t0\t0\t0\t0\t0\t2\n四、结转下年度继续办理\t1\t0\t0\t0\t0\t0\t1");
        Assert.Equal([2, 0, 0, 0, 0, 0, 2], Read(text).Requests.Row(RequestRow.NotProcessedConfirmOrReissue)!);
    }

    [Fact]
    public void Section_three_cells_are_not_guessed_when_a_row_is_short()
    {
        var result = AnnualReports.Read(Encoding.UTF8.GetBytes(Minimal.Replace("二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0", "二、上年结转政府信息公开申请数量\t0\t0")), "r.txt");
        Assert.Contains(result.Notes, n => n.Table == "requests" && n.Message.Contains("只读到2个单元格"));
        Assert.Null(result.Report!.Requests[RequestRow.CarriedOver, ApplicantColumn.Total]);
    }

    [Fact]
    public void Section_four_with_fewer_than_fifteen_numbers_is_noted_not_guessed()
    {
        var result = AnnualReports.Read(Encoding.UTF8.GetBytes(Minimal.Replace("0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", "1\t0\t0\t0\t1\t0\t0\t0\t0\t0")), "r.txt");
        Assert.Contains(result.Notes, n => n.Table == "reviewAndLitigation");
        Assert.Null(result.Report!.ReviewAndLitigation!.AdministrativeReview.Upheld);
    }

    [Fact]
    public void Sections_are_found_by_their_words_whatever_the_numbering()
    {
        var report = Read(Minimal + "\n5、 存在的主要问题及改进情况\n问题。\n6、其他需说明事项\n无。\n");
        Assert.True(report.HasSection(SectionNumber.五));
        Assert.True(report.HasSection(SectionNumber.六));
    }

    [Fact]
    public void A_prose_line_mentioning_a_section_is_not_a_heading()
    {
        var report = Read(Minimal.Replace("本局依法公开政府信息。", "报告全文由总体情况、主动公开政府信息情况、其他需要报告的事项六部分组成。"));
        Assert.False(report.HasSection(SectionNumber.六));
    }

    [Theory]
    [InlineData("增加 573 件", 573)]
    [InlineData("增 887", 887)]
    [InlineData("减 16", -16)]
    [InlineData("减少5项", -5)]
    [InlineData("-3", -3)]
    [InlineData("128", 128)]
    public void Signed_changes_are_read_with_their_sign(string cell, int expected)
    {
        var text = """
            某某县自然资源局2020年政府信息公开工作年度报告
            二、主动公开政府信息情况
            第二十条第（五）项
            信息内容	上一年项目数量	本年增/减	处理决定数量
            行政许可	10	{cell}	7
            """.Replace("{cell}", cell);
        Assert.Equal(expected, Read(text).Active.Licensing!.Change);
    }

    [Theory]
    [InlineData("1.23 亿元", "12300")]
    [InlineData("394740.80 元", "39.4740800")]
    [InlineData("28068.751万元", "28068.751")]
    [InlineData("56", "56")]
    public void Procurement_amounts_are_converted_to_ten_thousand_yuan(string cell, string expected)
    {
        var text = """
            某某县自然资源局2020年政府信息公开工作年度报告
            二、主动公开政府信息情况
            第二十条第（九）项
            信息内容	采购项目数量	采购总金额
            政府集中采购	3	{cell}
            """.Replace("{cell}", cell);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Read(text).Active.Procurement!.AmountTenThousandYuan);
    }

    [Fact]
    public void A_fee_amount_in_yuan_per_the_header_is_converted()
    {
        var text = """
            某某县自然资源局2022年政府信息公开工作年度报告
            二、主动公开政府信息情况
            第二十条第（八）项
            信息内容	本年收费金额（单位：元）
            行政事业性收费	25000
            """;
        Assert.Equal(2.5m, Read(text).Active.Fees!.AmountTenThousandYuan);
    }
}

public class TitleAndHeadingVariantTests
{
    private static Model.AnnualReport Read(string text) =>
        AnnualReports.Read(Encoding.UTF8.GetBytes(text), "r.txt").Report ?? throw new Xunit.Sdk.XunitException("not read");

    private const string Body = "\n一、总体情况\n2021年，本局依法公开政府信息。\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n";

    [Fact]
    public void A_title_worded_as_a_report_about_the_year_names_the_agency()
    {
        var report = Read("某某区卫生健康局关于2021年政府信息公开工作的年度报告" + Body);
        Assert.Equal(("某某区卫生健康局", 2021), (report.Agency, report.Year));
    }

    [Fact]
    public void A_title_without_a_year_takes_the_year_of_the_opening_paragraph()
    {
        var report = Read("某某区卫生健康局政府信息公开工作年度报告" + Body);
        Assert.Equal(("某某区卫生健康局", 2021), (report.Agency, report.Year));
    }

    [Fact]
    public void Sections_numbered_as_parts_are_found()
    {
        var report = Read("某某区卫生健康局2021年政府信息公开工作年度报告\n第一部分 总体情况\n内容。\n第五部分 存在的主要问题及改进情况\n无。\n");
        Assert.True(report.HasSection(Model.SectionNumber.一));
        Assert.True(report.HasSection(Model.SectionNumber.五));
    }
}

/// <summary>Text with one cell per line and no tabs, as pdftotext or a browser's copy gives it.</summary>
public class OneCellPerLineTests
{
    private static string Stream()
    {
        var sb = new StringBuilder("某某市统计局2022年政府信息公开工作年度报告\n一、总体情况\n本局依法公开。\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n0\n0\n1\n行政规范性文件\n2\n0\n7\n三、收到和处理政府信息公开申请情况\n");
        void Row(string label, params int[] v) { sb.Append(label).Append('\n'); foreach (var x in v) sb.Append(x).Append('\n'); }
        Row("一、本年新收政府信息公开申请数量", 4, 1, 0, 0, 0, 0, 5);
        Row("二、上年结转政府信息公开申请数量", 0, 0, 0, 0, 0, 0, 0);
        sb.Append("三、本年度办理结果\n");
        Row("（一）予以公开", 4, 1, 0, 0, 0, 0, 5);
        Row("（七）总计", 4, 1, 0, 0, 0, 0, 5);
        Row("四、结转下年度继续办理", 0, 0, 0, 0, 0, 0, 0);
        sb.Append("四、政府信息公开行政复议、行政诉讼情况\n行政复议\n行政诉讼\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n");
        foreach (var x in new[] { 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1 }) sb.Append(x).Append('\n');
        sb.Append("五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n");
        return sb.ToString();
    }

    private static Model.AnnualReport Read() => AnnualReports.Read(Encoding.UTF8.GetBytes(Stream()), "r.txt").Report!;

    [Fact]
    public void Section_three_rows_are_rebuilt_from_a_label_and_its_numbers()
    {
        Assert.Equal([4, 1, 0, 0, 0, 0, 5], Read().Requests.Row(Model.RequestRow.Disclosed)!);
    }

    [Fact]
    public void Section_two_headers_split_one_per_line_still_name_the_columns()
    {
        var docs = Read().Active.NormativeDocuments!;
        Assert.Equal((Model.ReportFormat.V2021, 2, 0, 7), (docs.Layout, docs.Issued!.Value, docs.Repealed!.Value, docs.InForce!.Value));
    }

    [Fact]
    public void Section_four_numbers_after_the_header_are_read()
    {
        var remedies = Read().ReviewAndLitigation!;
        Assert.Equal((1, 1, 1), (remedies.AdministrativeReview.Upheld!.Value, remedies.LawsuitAfterReview.OtherResult!.Value, remedies.LawsuitAfterReview.Total!.Value));
    }

    [Fact]
    public void A_consistent_one_cell_per_line_report_has_no_findings()
    {
        Assert.Empty(AnnualReports.Check(Read()));
    }
}

/// <summary>Real reports re-exported one cell per line without tabs read to the same tables.</summary>
public class ReExportedSeedTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("003")]
    public void A_seed_without_tabs_reads_to_the_same_tables(string seed)
    {
        var original = AnnualReports.Read(TestFiles.Seed(seed)).Report!;
        // Every non-empty cell on its own line, as pdftotext prints a table (blank cells vanish, so
        // only seeds without blank cells in their tables are used here).
        var lines = File.ReadAllLines(TestFiles.Seed(seed)).SelectMany(l => l.Split('\t')).Select(c => c.Trim()).Where(c => c.Length > 0);
        var reExported = AnnualReports.Read(Encoding.UTF8.GetBytes(string.Join("\n", lines)), "r.txt").Report!;
        Assert.Equal(original.Requests, reExported.Requests);
        Assert.Equal(original.ReviewAndLitigation, reExported.ReviewAndLitigation);
        Assert.Equal(original.Active, reExported.Active);
    }
}
