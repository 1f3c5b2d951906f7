using System.Text;
using Gongkai.Reports.Formats.Html;
using Gongkai.Reports.Formats.Pdf;
using Gongkai.Reports.Reading;

namespace Gongkai.Reports.Tests.Formats.Pdf;

public class PdfSourceTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pdf");

    /// <summary>
    /// The committed PDF of the synthetic "blanks" report, printed by Chromium from the HTML
    /// writer's page, so this test needs no browser. Regenerate with GONGKAI_WRITE_EXPECTED=1.
    /// </summary>
    [Fact]
    public async Task A_committed_pdf_reads_back_with_every_cell_blank_or_zero_as_printed()
    {
        // Without prose, so that the fonts embedded for it do not make the file large.
        var blanks = SampleReports.Synthetic["blanks"]();
        var report = blanks with { Preface = [], Sections = [.. blanks.Sections.Select(s => s with { Paragraphs = [] })] };
        string path = Path.Combine(Folder, "blanks-2022.pdf");
        if (!File.Exists(path) && Environment.GetEnvironmentVariable("GONGKAI_WRITE_EXPECTED") == "1")
            await File.WriteAllBytesAsync(Path.Combine(SampleReports.FixtureSourceFolder("Pdf"), "blanks-2022.pdf"), await Chromium.PrintAsync(HtmlWriter.ToHtml(report, [])));
        var source = PdfSource.Read(await File.ReadAllBytesAsync(path));
        Assert.Null(source.Error);
        var back = FormReader.Read(source.Document!).Report!;
        Assert.Equal(PdfRoundTripTests.Tables(report), PdfRoundTripTests.Tables(back));
    }

    [Fact]
    public void A_pdf_without_a_text_layer_asks_for_ocr()
    {
        var result = PdfSource.Read(File.ReadAllBytes(Path.Combine(Folder, "scanned-page.pdf")));
        Assert.Equal("no-text", result.Error?.Code);
        Assert.Equal("PDF 没有文本层（可能是扫描件），请先进行文字识别（OCR）后再检查", result.Error!.Message);
    }

    [Fact]
    public void A_damaged_pdf_is_an_error_with_a_chinese_message_not_an_exception()
    {
        var result = PdfSource.Read(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage"));
        Assert.Equal("corrupt", result.Error?.Code);
        Assert.Contains("损坏", result.Error!.Message);
    }

    [Fact]
    public void A_password_protected_pdf_asks_for_an_unencrypted_file()
    {
        var result = PdfSource.Read(MinimalPdf.Build("BT /F1 12 Tf 72 700 Td (Secret) Tj ET", passwordProtected: true));
        Assert.Equal("encrypted", result.Error?.Code);
        Assert.Contains("已加密", result.Error!.Message);
    }

    [Fact]
    public void The_facade_routes_pdf_bytes_to_the_pdf_reader()
    {
        var result = AnnualReports.Read(File.ReadAllBytes(Path.Combine(Folder, "scanned-page.pdf")), "年报.pdf");
        Assert.Equal("no-text", result.Error?.Code);
    }

    [Fact]
    public void Stroked_rules_split_a_row_into_cells_and_keep_an_empty_one()
    {
        // Four columns of a bordered row (x = 50, 150, 200, 250, 300), as Word draws them, and one horizontal rule above and below.
        string content = """
            0.5 w 50 700 m 50 680 l S 150 700 m 150 680 l S 200 700 m 200 680 l S 250 700 m 250 680 l S 300 700 m 300 680 l S
            50 700 m 300 700 l S 50 680 m 300 680 l S
            BT /F1 10 Tf 55 686 Td (Regulations) Tj ET
            BT /F1 10 Tf 170 686 Td (1) Tj ET
            BT /F1 10 Tf 270 686 Td (3) Tj ET
            """;
        var source = PdfSource.Read(MinimalPdf.Build(content));
        Assert.Null(source.Error);
        Assert.Equal(["Regulations", "1", "", "3"], Assert.IsType<SourceRow>(Assert.Single(source.Document!.Blocks)).Cells);
    }

    [Fact]
    public void A_signature_line_with_a_wide_gap_stays_a_paragraph_and_a_label_with_a_number_is_a_row()
    {
        var source = PdfSource.Read(MinimalPdf.Build("BT /F1 12 Tf 72 700 Td (Water Bureau) Tj 150 0 Td (2024-01-20) Tj ET BT /F1 12 Tf 72 650 Td (Licensing) Tj 150 0 Td (1344) Tj ET"));
        Assert.Equal("Water Bureau 2024-01-20", Assert.IsType<SourceParagraph>(source.Document!.Blocks[0]).Text);
        Assert.Equal(["Licensing", "1344"], Assert.IsType<SourceRow>(source.Document.Blocks[1]).Cells);
    }

    [Fact]
    public void A_frame_drawn_around_the_page_does_not_make_its_lines_table_rows()
    {
        var source = PdfSource.Read(MinimalPdf.Build("0.5 w 40 40 515 760 re S BT /F1 12 Tf 72 700 Td (One) Tj ET BT /F1 12 Tf 72 600 Td (Two) Tj ET"));
        Assert.All(source.Document!.Blocks, b => Assert.IsType<SourceParagraph>(b));
        Assert.Equal(2, source.Document.Blocks.Count);
    }

    [Fact]
    public void A_numbered_heading_at_the_margin_is_not_joined_to_the_full_line_above()
    {
        // The first line runs to the right margin (x 72-520); the heading below starts at the same margin.
        string content = """
            BT /F1 12 Tf 72 700 Td (The office published 1234 documents this year and answered every request on time.) Tj ET
            BT /F1 12 Tf 72 684 Td (2. Requests) Tj ET
            BT /F1 12 Tf 72 668 Td (Short line.) Tj ET
            """;
        var paragraphs = PdfSource.Read(MinimalPdf.Build(content)).Document!.Blocks.OfType<SourceParagraph>().Select(p => p.Text);
        Assert.Equal(["The office published 1234 documents this year and answered every request on time.", "2. Requests", "Short line."], paragraphs);
    }

    [Fact]
    public void A_page_number_at_the_foot_of_the_page_is_not_read()
    {
        var source = PdfSource.Read(MinimalPdf.Build("BT /F1 12 Tf 72 700 Td (Report text) Tj ET BT /F1 10 Tf 290 40 Td (- 3 -) Tj ET"));
        Assert.Equal("Report text", Assert.IsType<SourceParagraph>(Assert.Single(source.Document!.Blocks)).Text);
    }

    [Fact]
    public void A_row_of_numbers_at_the_foot_of_a_page_is_not_taken_for_a_page_number()
    {
        var source = PdfSource.Read(MinimalPdf.Build("BT /F1 12 Tf 72 700 Td (Report text) Tj ET BT /F1 10 Tf 100 50 Td (0) Tj 60 0 Td (0) Tj 60 0 Td (0) Tj ET"));
        Assert.Equal(["0", "0", "0"], Assert.IsType<SourceRow>(source.Document!.Blocks[1]).Cells);
    }

    [Fact]
    public void A_browsers_print_header_and_footer_are_not_read()
    {
        var source = PdfSource.Read(MinimalPdf.Build(
            "BT /F1 8 Tf 20 822 Td (11/23/26, 9:48 AM) Tj 300 0 Td (Annual report) Tj ET BT /F1 12 Tf 72 700 Td (Report text) Tj ET "
            + "BT /F1 8 Tf 20 15 Td (file:///tmp/report.html) Tj 500 0 Td (1/3) Tj ET"));
        Assert.Equal("Report text", Assert.IsType<SourceParagraph>(Assert.Single(source.Document!.Blocks)).Text);
    }

    [Fact]
    public void Radicals_from_cjk_fonts_fold_back_to_the_ideographs_they_look_like()
    {
        Assert.Equal("一、本机关不掌握；部门；长", CjkText.Fold("\u2F00、本机关不掌握；部\u2ED4；\u2ED3"));
        Assert.Equal("（二）部分公开，", CjkText.Fold("（二）部分公开，"));
    }

    [Fact]
    public async Task A_table_without_rules_keeps_blank_cells_in_the_columns_of_the_numbers()
    {
        string html = """
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>td{padding:0 1.5em;text-align:center}</style></head><body>
            <table><tr><td>规章</td><td>1</td><td>22</td><td>333</td></tr>
            <tr><td>行政规范性文件</td><td>4</td><td></td><td>6</td></tr>
            <tr><td>行政许可</td><td></td><td>7</td><td></td></tr></table></body></html>
            """;
        var source = PdfSource.Read(await Chromium.PrintAsync(html));
        var rows = source.Document!.Blocks.OfType<SourceRow>().Select(r => r.Cells).ToList();
        Assert.Equal(["规章", "1", "22", "333"], rows[0]);
        Assert.Equal(["行政规范性文件", "4", "", "6"], rows[1]);
        Assert.Equal(["行政许可", "", "7", ""], rows[2]);
    }

    [Fact]
    public async Task Wrapped_prose_lines_join_into_one_paragraph_and_indented_lines_start_a_new_one()
    {
        string first = string.Concat(Enumerable.Repeat("全年主动公开政府信息，", 12)) + "完。";
        string second = "第二段开始。";
        string html = $"""
            <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>p{"{"}text-indent:2em;margin:0{"}"}</style></head>
            <body><p>{first}</p><p>{second}</p></body></html>
            """;
        var paragraphs = PdfSource.Read(await Chromium.PrintAsync(html)).Document!.Blocks.OfType<SourceParagraph>().Select(p => p.Text).ToList();
        Assert.Equal([first, second], paragraphs);
    }
}
