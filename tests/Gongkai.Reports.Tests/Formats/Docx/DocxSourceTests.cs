using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Reports.Formats.Docx;
using Gongkai.Reports.Reading;
using static Gongkai.Reports.Tests.Formats.Docx.WordFixture;

namespace Gongkai.Reports.Tests.Formats.Docx;

using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

public class DocxSourceTests
{
    private static IReadOnlyList<SourceBlock> Blocks(byte[] docx)
    {
        var result = DocxSource.Read(docx);
        Assert.Null(result.Error);
        return result.Document!.Blocks;
    }

    private static IReadOnlyList<string> OnlyRow(byte[] docx) => Assert.IsType<SourceRow>(Assert.Single(Blocks(docx))).Cells;

    [Fact]
    public void Paragraph_text_is_the_runs_joined_in_order()
    {
        var block = Assert.Single(Blocks(Document(P("山西省", "自然资源厅", "2021年"))));
        Assert.Equal(new SourceParagraph("山西省自然资源厅2021年", 1), block);
    }

    [Fact]
    public void Empty_paragraphs_are_skipped_and_lines_number_the_blocks()
    {
        var blocks = Blocks(Document(P("一、总体情况"), P(), P("  "), P("正文。")));
        Assert.Equal([new SourceParagraph("一、总体情况", 1), new SourceParagraph("正文。", 2)], blocks);
    }

    [Fact]
    public void A_line_break_in_a_body_paragraph_starts_a_new_line()
    {
        var p = new Paragraph(new Run(new Text("山西省自然资源厅"), new Break(), new Text("2021年政府信息公开工作年度报告")));
        Assert.Equal(["山西省自然资源厅", "2021年政府信息公开工作年度报告"], Blocks(Document(p)).Select(b => ((SourceParagraph)b).Text));
    }

    [Fact]
    public void A_table_row_becomes_one_row_of_cell_texts()
    {
        Assert.Equal(["规章", "0", "0", "5"], OnlyRow(Document(Table(Row(Cell("规章"), Cell("0"), Cell("0"), Cell("5"))))));
    }

    [Fact]
    public void A_cell_spanning_columns_is_one_cell()
    {
        Assert.Equal(["信息内容", "本年处理决定数量"], OnlyRow(Document(Table(Row(Cell("信息内容"), Spanning(3, "本年处理决定数量"))))));
    }

    [Fact]
    public void A_vertically_merged_continuation_cell_is_empty_even_with_stale_text()
    {
        var blocks = Blocks(Document(Table(
            Row(MergeStart("三、本年度办理结果"), Cell("（一）予以公开"), Cell("38")),
            Row(MergeContinue("三、本年度办理结果"), Cell("（二）部分公开"), Cell("47")))));
        Assert.Equal(["", "（二）部分公开", "47"], ((SourceRow)blocks[1]).Cells);
    }

    [Fact]
    public void A_merge_restart_cell_keeps_its_text()
    {
        Assert.Equal(["三、本年度办理结果", "38"], OnlyRow(Document(Table(Row(MergeStart("三、本年度办理结果"), Cell("38"))))));
    }

    [Fact]
    public void A_label_split_over_paragraphs_in_a_cell_is_joined_without_separator()
    {
        Assert.Equal(["商业企业", "结果纠正"], OnlyRow(Document(Table(Row(Cell("商业", "企业"), Cell("结果", "纠正"))))));
    }

    [Fact]
    public void Text_in_a_text_box_is_ignored()
    {
        // A DrawingML text box as Word 2010+ writes it: mc:AlternateContent with a VML fallback.
        var docx = Raw(
            "<w:p><w:r><w:t>一、总体情况</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>" +
            "<w:txbxContent><w:p><w:r><w:t>印章文字</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>" +
            "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>印章文字</w:t></w:r></w:p></w:txbxContent>" +
            "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>");
        Assert.Equal("一、总体情况", ((SourceParagraph)Assert.Single(Blocks(docx))).Text);
    }

    [Fact]
    public void Deleted_text_and_field_codes_are_ignored()
    {
        var p = new Paragraph(
            new Run(new Text("2022年")),
            new DeletedRun(new Run(new DeletedText("12月"))) { Id = "1", Author = "a" },
            new Run(new FieldCode(" PAGE ")),
            new Run(new Text("1月29日")));
        Assert.Equal("2022年1月29日", ((SourceParagraph)Assert.Single(Blocks(Document(p)))).Text);
    }

    [Fact]
    public void Tables_and_paragraphs_keep_document_order()
    {
        var blocks = Blocks(Document(P("二、主动公开政府信息情况"), Table(Row(Cell("规章"), Cell("5"))), P("三、收到和处理政府信息公开申请情况")));
        Assert.Collection(blocks,
            b => Assert.IsType<SourceParagraph>(b),
            b => Assert.Equal(new[] { "规章", "5" }, Assert.IsType<SourceRow>(b).Cells),
            b => Assert.Equal(3, Assert.IsType<SourceParagraph>(b).Line));
    }

    [Fact]
    public void A_nested_table_is_flattened_into_rows_after_the_row_that_holds_it()
    {
        var inner = Table(Row(Cell("行政许可"), Cell("1344")), Row(Cell("行政处罚"), Cell("0")));
        var outer = Table(Row(new TableCell(inner, new Paragraph())), Row(Cell("行政强制"), Cell("0")));
        var rows = Blocks(Document(outer)).Select(b => string.Join("|", ((SourceRow)b).Cells));
        Assert.Equal(["行政许可|1344", "行政处罚|0", "行政强制|0"], rows);
    }

    [Fact]
    public void Content_controls_around_blocks_are_transparent()
    {
        var sdt = new SdtBlock(new SdtContentBlock(P("一、总体情况")));
        Assert.Equal("一、总体情况", ((SourceParagraph)Assert.Single(Blocks(Document(sdt)))).Text);
    }

    [Fact]
    public void A_main_part_not_named_document_xml_is_found_through_the_package_relationships()
    {
        var docx = Raw("<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>", mainPart: "word/document2.xml");
        Assert.Equal("一、总体情况", ((SourceParagraph)Assert.Single(Blocks(docx))).Text);
    }

    [Fact]
    public void A_strict_open_xml_document_is_read_like_a_transitional_one()
    {
        var docx = Raw("<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>", wordNamespace: "http://purl.oclc.org/ooxml/wordprocessingml/main");
        Assert.Equal("一、总体情况", ((SourceParagraph)Assert.Single(Blocks(docx))).Text);
    }

    [Fact]
    public void A_legacy_horizontal_merge_reads_as_one_cell()
    {
        var docx = Raw(
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>信息内容</w:t></w:r></w:p></w:tc>" +
            "<w:tc><w:tcPr><w:hMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>本年处理决定数量</w:t></w:r></w:p></w:tc>" +
            "<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>");
        Assert.Equal(["信息内容", "本年处理决定数量"], OnlyRow(docx));
    }

    [Fact]
    public void Ruby_pronunciation_text_is_left_out()
    {
        var docx = Raw("<w:p><w:r><w:t>行政</w:t></w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>qiáng</w:t></w:r></w:rt>" +
            "<w:rubyBase><w:r><w:t>强</w:t></w:r></w:rubyBase></w:ruby><w:r><w:t>制</w:t></w:r></w:p>");
        Assert.Equal("行政强制", ((SourceParagraph)Assert.Single(Blocks(docx))).Text);
    }
}
