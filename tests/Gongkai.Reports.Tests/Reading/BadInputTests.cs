using System.Text;

namespace Gongkai.Reports.Tests.Reading;

/// <summary>Bad documents come back as a clear Chinese message, never an exception.</summary>
public class BadInputTests
{
    [Fact]
    public void An_empty_file_is_refused_as_empty()
    {
        var result = AnnualReports.Read([], "empty.txt");
        Assert.Equal("empty", result.Error?.Code);
        Assert.Equal("文件是空的", result.Error?.Message);
    }

    [Fact]
    public void Binary_junk_is_refused_as_not_text()
    {
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);
        junk[0] = 0x7F;   // not a known magic number
        var result = AnnualReports.Read(junk, "junk.txt");
        Assert.Equal("not-text", result.Error?.Code);
    }

    [Fact]
    public void A_file_above_the_size_limit_is_refused_without_reading_it()
    {
        string path = Path.Combine(Path.GetTempPath(), $"gongkai-big-{Guid.NewGuid():N}.txt");
        using (var f = File.Create(path)) f.SetLength(AnnualReports.MaxFileBytes + 1);   // sparse: no 50 MB written
        try
        {
            var result = AnnualReports.Read(path);
            Assert.Equal("too-large", result.Error?.Code);
            Assert.Contains("文件过大", result.Error!.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Text_that_is_not_a_report_is_refused_as_not_a_report()
    {
        var result = AnnualReports.Read(Encoding.UTF8.GetBytes("今天天气很好。\n我们去公园散步。\n"), "note.txt");
        Assert.Equal("not-a-report", result.Error?.Code);
    }

    [Fact]
    public void Text_in_an_encoding_other_than_UTF8_or_GBK_is_refused()
    {
        // Shift-JIS bytes of Japanese text decode as GB18030 to nonsense with no report labels.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var sjis = Encoding.GetEncoding("shift_jis").GetBytes("政府情報公開年次報告書\n第一章　概要\n");
        var result = AnnualReports.Read(sjis, "sjis.txt");
        Assert.NotNull(result.Error);
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        var result = AnnualReports.Read("/nonexistent/report.txt");
        Assert.Equal("not-found", result.Error?.Code);
        Assert.Contains("/nonexistent/report.txt", result.Error!.Message);
    }

    [Fact]
    public void Malformed_JSON_is_refused_with_a_message()
    {
        var result = AnnualReports.Read(Encoding.UTF8.GetBytes("{\"format\": 3"), "r.json");
        Assert.Equal("json", result.Error?.Code);
    }
}
