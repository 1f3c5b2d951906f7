using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Gongkai.Reports.Formats;
using Gongkai.Reports.Formats.Pdf;
using Gongkai.Reports.Formats.Xlsx;
using Gongkai.Reports.Model;
using Gongkai.Reports.Rules;

namespace Gongkai.Reports.Tests.Hostile;

/// <summary>Inputs too large to keep as files, made here: each is refused quickly with a Chinese message.</summary>
public class LimitTests
{
    [Fact]
    public void More_lines_than_the_block_limit_are_refused()
    {
        var text = new StringBuilder().Insert(0, "1 2\n", SourceLimits.MaxBlocks + 1).ToString();
        var result = AnnualReports.Read(Encoding.UTF8.GetBytes(text), "ones.txt");
        Assert.Equal("too-large", result.Error?.Code);
        Assert.Contains("段落和表格行", result.Error!.Message);
    }

    [Fact]
    public void Two_hundred_thousand_nested_b_tags_are_refused_within_a_second_or_two()
    {
        var watch = Stopwatch.StartNew();
        var result = AnnualReports.Read(Encoding.UTF8.GetBytes(new StringBuilder("<html><body>").Insert(12, "<b>", 200_000).ToString()), "b.html");
        Assert.Equal("too-deep", result.Error?.Code);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_page_of_more_tags_than_the_limit_is_refused_before_parsing()
    {
        var html = new StringBuilder("<html><body>").Insert(12, "<i></i>", 150_000).ToString();
        Assert.Equal("too-large", AnnualReports.Read(Encoding.UTF8.GetBytes(html), "i.html").Error?.Code);
    }

    [Fact]
    public void A_PDF_whose_stream_inflates_past_the_limit_is_refused_before_PdfPig_reads_it()
    {
        var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var spaces = new byte[1 << 20];
            spaces.AsSpan().Fill((byte)' ');
            for (long n = 0; n <= PdfSource.MaxInflatedBytes; n += spaces.Length) z.Write(spaces);
        }
        byte[] pdf = [.. "%PDF-1.7\n1 0 obj\n<< /Length 1 /Filter /FlateDecode >>\nstream\n"u8, .. compressed.ToArray(), .. "\nendstream\nendobj\n%%EOF\n"u8];
        var result = AnnualReports.Read(pdf, "bomb.pdf");
        Assert.Equal("zip-bomb", result.Error?.Code);
    }

    [Fact]
    public void The_publication_deadline_takes_any_year_without_throwing()
    {
        Assert.Equal(new DateOnly(Counts.LastYear + 1, 1, 31), ReportChecker.PublicationDeadline("某局", 9999));
        Assert.Equal(new DateOnly(Counts.FirstYear + 1, 3, 31), ReportChecker.PublicationDeadline("某县人民政府", -5));
    }

    [Fact]
    public void The_checker_reports_a_report_built_with_year_9999_without_throwing()
    {
        var report = new AnnualReport { Year = 9999, PublishedOn = DateOnly.MaxValue };
        Assert.DoesNotContain(AnnualReports.Check(report), f => f.Rule == RuleIds.ReportLate);
    }

    [Fact]
    public void The_workbook_totals_cells_at_the_int_limit()
    {
        var report = new AnnualReport { Requests = new RequestTable() };
        report.Requests.SetRow(RequestRow.Disclosed, [int.MaxValue, int.MaxValue, 0, 0, 0, 0, null]);
        report.Requests.SetRow(RequestRow.Handled, [null, null, null, null, null, null, null]);
        using var output = new MemoryStream();
        XlsxWriter.Write(report, AnnualReports.Check(report), output);
        Assert.True(output.Length > 0);
    }
}
