using System.Text;
using Gongkai.Reports.Formats.Html;
using Gongkai.Reports.Reading;

namespace Gongkai.Reports.Tests.Formats.Html;

public class HtmlSourceTests
{
    private static IReadOnlyList<SourceBlock> Blocks(string html)
    {
        var result = HtmlSource.Parse(html);
        Assert.Null(result.Error);
        return result.Document!.Blocks;
    }

    private static IReadOnlyList<IReadOnlyList<string>> Rows(string html) =>
        [.. Blocks(html).OfType<SourceRow>().Select(r => r.Cells)];

    private static IReadOnlyList<string> Paragraphs(string html) =>
        [.. Blocks(html).OfType<SourceParagraph>().Select(p => p.Text)];

    [Fact]
    public void Rowspan_and_colspan_positions_are_empty_cells()
    {
        var rows = Rows("""
            <table>
            <tr><td rowspan="2">A</td><td colspan="2">B</td></tr>
            <tr><td>c</td><td>d</td></tr>
            </table>
            """);
        Assert.Equal(["A", "B", ""], rows[0]);
        Assert.Equal(["", "c", "d"], rows[1]);
    }

    [Fact]
    public void A_rowspan_in_the_middle_shifts_later_cells_right()
    {
        var rows = Rows("<table><tr><td>x</td><td rowspan='3'>（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>"
            + "<tr><td></td><td>2.其他</td><td>1</td></tr><tr><td></td><td>3.危及</td><td>2</td></tr></table>");
        Assert.Equal(["", "", "2.其他", "1"], rows[1]);
        Assert.Equal(["", "", "3.危及", "2"], rows[2]);
    }

    [Fact]
    public void A_label_spanning_three_columns_keeps_a_blank_first_value_in_its_column()
    {
        // The label's colspan leaves two empty cells before the values; FormReader drops those, not the blank.
        var source = HtmlSource.Parse("""
            <table><tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td></td><td>3</td><td>0</td><td>0</td><td>1</td><td>0</td><td>4</td></tr></table>
            """);
        var report = FormReader.Read(source.Document!).Report!;
        Assert.Equal([null, 3, 0, 0, 1, 0, 4], report.Requests.Row(Gongkai.Reports.Model.RequestRow.New)!);
    }

    [Fact]
    public void Lines_of_a_cell_split_by_br_or_paragraphs_join_into_one_label()
    {
        var rows = Rows("<table><tr><td>自<br>然<br/>人</td><td><p>商业</p><p>企业</p></td></tr></table>");
        Assert.Equal(["自然人", "商业企业"], rows[0]);
    }

    [Fact]
    public void Scripts_styles_menus_asides_and_hidden_elements_are_not_read()
    {
        var paragraphs = Paragraphs("""
            <html><head><title>标题</title><style>p{}</style><script>var x = "脚本";</script></head><body>
            <nav><a href="/">首页</a></nav><div class="navbar">导航栏文字</div>
            <aside>相关链接文字</aside><div hidden>隐藏</div><p style="display: none">不显示</p>
            <noscript>请启用脚本</noscript><p>正文</p></body></html>
            """);
        Assert.Equal(["正文"], paragraphs);
    }

    [Fact]
    public void A_paragraph_of_nothing_but_links_is_a_menu_and_is_skipped()
    {
        Assert.Equal(["附件：<年报>.pdf"], Paragraphs("<div><a>首页</a> | <a>公开</a></div><p>附件：<a>&lt;年报&gt;.pdf</a></p>"));
    }

    [Fact]
    public void A_heading_that_is_a_link_is_still_read()
    {
        Assert.Equal(["云溪市水利局2022年政府信息公开工作年度报告"], Paragraphs("<h1><a href='/a'>云溪市水利局2022年政府信息公开工作年度报告</a></h1>"));
    }

    [Fact]
    public void The_findings_aside_and_blank_markers_of_the_writer_are_not_read()
    {
        var blocks = Blocks("<p>正文</p><table><tr><td>规章</td><td><span data-gongkai=\"blank\">空白</span></td></tr></table>"
            + "<aside data-gongkai=\"findings\"><p>发现的问题</p></aside>");
        Assert.Equal(["规章", ""], ((SourceRow)blocks[1]).Cells);
        Assert.Equal(2, blocks.Count);
    }

    [Fact]
    public void Blocks_are_numbered_by_their_position_in_document_order()
    {
        var blocks = Blocks("<h1>标题</h1><p>一</p><table><tr><td>a</td><td>b</td></tr></table><li>二</li>");
        Assert.Equal([1, 2, 3, 4], blocks.Select(b => b.Line));
        Assert.IsType<SourceRow>(blocks[2]);
        Assert.Equal("二", ((SourceParagraph)blocks[3]).Text);
    }

    [Fact]
    public void A_layout_table_around_the_report_is_read_as_its_contents()
    {
        var blocks = Blocks("<table><tr><td><p>标题</p><table><tr><td>规章</td><td>5</td></tr></table></td></tr></table>");
        Assert.Equal("标题", ((SourceParagraph)blocks[0]).Text);
        Assert.Equal(["规章", "5"], ((SourceRow)blocks[1]).Cells);
    }

    [Fact]
    public void A_line_break_in_the_source_between_chinese_characters_adds_no_space()
    {
        Assert.Equal(["我局认真贯彻 326 条"], Paragraphs("<p>我局认真\n   贯彻 326\n条</p>"));
    }

    [Fact]
    public void Br_outside_a_table_separates_paragraphs()
    {
        Assert.Equal(["云溪市水利局", "2022年政府信息公开工作年度报告"], Paragraphs("<p><b>云溪市水利局<br>2022年政府信息公开工作年度报告</b></p>"));
    }

    [Fact]
    public void Nesting_deeper_than_any_real_page_is_refused_with_a_message()
    {
        var html = new StringBuilder();
        for (int i = 0; i < HtmlSource.MaxDepth + 10; i++) html.Append("<div>");
        html.Append("深");
        var result = HtmlSource.Parse(html.ToString());
        Assert.Equal("too-deep", result.Error?.Code);
        Assert.Contains("嵌套", result.Error!.Message);
    }

    [Fact]
    public void A_page_of_a_hundred_thousand_nested_divs_is_refused_quickly()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = HtmlSource.Parse(new StringBuilder().Insert(0, "<div>", 100_000).Append('x').ToString());
        Assert.Equal("too-deep", result.Error?.Code);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Open_paragraphs_and_list_items_left_unclosed_do_not_count_as_nesting()
    {
        var html = new StringBuilder("<div>");
        for (int i = 0; i < 5000; i++) html.Append("<p>第").Append(i).Append("段<li>项");
        Assert.True(HtmlSource.Scan(html.ToString()).Depth <= 1);
        Assert.Null(HtmlSource.Parse(html.ToString()).Error);
    }

    [Fact]
    public void A_huge_rowspan_and_colspan_are_clamped_not_expanded_without_limit()
    {
        var rows = Rows("<table><tr><td colspan='99999'>a</td><td rowspan='99999'>b</td></tr><tr><td>c</td></tr></table>");
        Assert.Equal(1001, rows[0].Count);
        Assert.Equal(2, rows.Count);
    }
}
