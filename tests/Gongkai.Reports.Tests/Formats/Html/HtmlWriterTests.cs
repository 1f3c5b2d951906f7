using System.Text;
using AngleSharp.Html.Parser;
using Gongkai.Reports.Formats.Html;
using Gongkai.Reports.Formats.Json;
using Gongkai.Reports.Model;
using Gongkai.Reports.Rules;

namespace Gongkai.Reports.Tests.Formats.Html;

public class HtmlWriterTests
{
    private static string Html(AnnualReport report, IReadOnlyList<Finding>? findings = null)
    {
        using var stream = new MemoryStream();
        HtmlWriter.Write(report, findings ?? AnnualReports.Check(report), stream);
        return new UTF8Encoding(false, true).GetString(stream.ToArray());
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Dom(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public void The_page_is_chinese_utf8_and_loads_nothing_from_outside()
    {
        var doc = Dom(Html(SampleReports.V2021()));
        Assert.Equal("zh-CN", doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", doc.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        Assert.Empty(doc.QuerySelectorAll("link, script, img, iframe, [src]"));
        Assert.DoesNotContain("url(", doc.QuerySelector("style")!.TextContent);
        Assert.Contains("@media print", doc.QuerySelector("style")!.TextContent);
    }

    [Fact]
    public void The_title_names_agency_and_year()
    {
        var doc = Dom(Html(SampleReports.V2021("江川市生态环境局", 2023)));
        Assert.Equal("江川市生态环境局2023年政府信息公开工作年度报告", doc.QuerySelector("h1")!.TextContent);
        Assert.Equal(doc.Title, doc.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Every_table_has_a_caption_and_scoped_headers()
    {
        var doc = Dom(Html(SampleReports.V2019()));
        var tables = doc.QuerySelectorAll("table");
        Assert.Equal(7, tables.Length);   // 5 items of 第二十条, 三, 四
        Assert.All(tables, t => Assert.NotNull(t.QuerySelector("caption")));
        Assert.All(doc.QuerySelectorAll("th"), th => Assert.Contains(th.GetAttribute("scope"), (string[])["col", "row", "colgroup", "rowgroup"]));
    }

    [Fact]
    public void The_request_table_merges_label_cells_like_the_form()
    {
        var doc = Dom(Html(SampleReports.V2021()));
        var headers = doc.QuerySelectorAll("table.requests th").ToDictionary(th => th.TextContent, th => th);
        Assert.Equal("22", headers["三、本年度办理结果"].GetAttribute("rowspan"));
        Assert.Equal("8", headers["（三）不予公开"].GetAttribute("rowspan"));
        Assert.Equal("3", headers["（六）其他处理"].GetAttribute("rowspan"));
        Assert.Equal("5", headers["法人或其他组织"].GetAttribute("colspan"));
        Assert.Equal("3", headers["一、本年新收政府信息公开申请数量"].GetAttribute("colspan"));
    }

    [Fact]
    public void The_v2019_other_outcome_is_one_row_spanning_both_label_columns()
    {
        var doc = Dom(Html(SampleReports.V2019()));
        var other = doc.QuerySelectorAll("table.requests th").Single(th => th.TextContent == "（六）其他处理");
        Assert.Equal("2", other.GetAttribute("colspan"));
        Assert.Equal("20", doc.QuerySelectorAll("table.requests th").Single(th => th.TextContent == "三、本年度办理结果").GetAttribute("rowspan"));
    }

    [Fact]
    public void A_blank_cell_is_empty_to_the_eye_and_says_blank_to_screen_readers()
    {
        var doc = Dom(Html(SampleReports.Synthetic["blanks"]()));
        var row = doc.QuerySelectorAll("table.requests tr").First(tr => tr.TextContent.Contains("一、本年新收"));
        var first = row.QuerySelectorAll("td")[0];
        Assert.Equal("空白", first.TextContent);
        Assert.Equal("sr-only", first.FirstElementChild!.ClassName);
        Assert.Contains(".sr-only{position:absolute", doc.QuerySelector("style")!.TextContent);
    }

    [Fact]
    public void Numbers_are_right_aligned_cells_and_amounts_keep_their_decimals()
    {
        string html = Html(SampleReports.V2021());
        Assert.Contains("<td class=\"n\">28068.751</td>", html);
        Assert.Contains("td.n{text-align:right", html);
    }

    [Fact]
    public void The_signature_carries_agency_and_date_only_when_the_report_is_dated()
    {
        var dated = Dom(Html(SampleReports.V2021("江川市生态环境局", 2023)));
        Assert.Equal("江川市生态环境局2024年1月26日", dated.QuerySelector(".signature")!.TextContent.Replace("\n", ""));
        var undated = Dom(Html(SampleReports.V2021() with { PublishedOn = null }));
        Assert.Null(undated.QuerySelector(".signature"));
    }

    [Fact]
    public void Findings_are_listed_in_an_aside_with_their_chinese_messages()
    {
        var report = SampleReports.Synthetic["blanks"]();
        var findings = AnnualReports.Check(report);
        Assert.NotEmpty(findings);
        var aside = Dom(Html(report, findings)).QuerySelector("aside[data-gongkai=findings]")!;
        Assert.Equal(findings.Count, aside.QuerySelectorAll("li").Length);
        Assert.All(findings, f => Assert.Contains(f.Message, aside.TextContent));
    }

    [Fact]
    public void Findings_in_the_page_do_not_change_what_is_read_back()
    {
        var report = SampleReports.Synthetic["blanks"]();
        var source = HtmlSource.Parse(Html(report));
        var back = Gongkai.Reports.Reading.FormReader.Read(source.Document!).Report!;
        Assert.Equal(ReportJson.ToJson(report), ReportJson.ToJson(back));
        Assert.DoesNotContain(source.Document!.Blocks, b => b is Gongkai.Reports.Reading.SourceParagraph p && p.Text.Contains("发现的问题"));
    }

    [Fact]
    public void Text_from_the_report_is_escaped()
    {
        var report = SampleReports.V2021() with { Preface = ["<script>alert(1)</script> & 《条例》"] };
        var doc = Dom(Html(report));
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Contains(doc.QuerySelectorAll("p"), p => p.TextContent == "<script>alert(1)</script> & 《条例》");
    }
}
