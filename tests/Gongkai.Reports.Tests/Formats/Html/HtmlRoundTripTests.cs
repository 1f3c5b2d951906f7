using Gongkai.Reports.Formats.Html;
using Gongkai.Reports.Model;
using Gongkai.Reports.Reading;

namespace Gongkai.Reports.Tests.Formats.Html;

public class HtmlRoundTripTests
{
    internal static AnnualReport ReadBack(AnnualReport report)
    {
        string html = HtmlWriter.ToHtml(report, AnnualReports.Check(report));
        var source = HtmlSource.Parse(html);
        Assert.Null(source.Error);
        var result = FormReader.Read(source.Document!);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Report!;
    }

    [Theory]
    [MemberData(nameof(SampleReports.SeedNames), MemberType = typeof(SampleReports))]
    public void Every_seed_reads_back_from_its_html_as_the_same_report(string seed)
    {
        var report = SampleReports.Seed(seed);
        var back = ReadBack(report);
        Assert.Equal(SampleReports.Json(report), SampleReports.Json(back));
        Assert.Equal(report, back);
    }

    [Theory]
    [MemberData(nameof(SampleReports.SyntheticNames), MemberType = typeof(SampleReports))]
    public void Every_synthetic_report_reads_back_from_its_html_as_the_same_report(string name)
    {
        var report = SampleReports.Synthetic[name]();
        var back = ReadBack(report);
        Assert.Equal(SampleReports.Json(report), SampleReports.Json(back));
        Assert.Equal(report, back);
    }

    [Fact]
    public void Blank_cells_read_back_as_blank_and_zero_cells_as_zero()
    {
        var report = SampleReports.Synthetic["blanks"]();
        var back = ReadBack(report);
        Assert.Null(back.Requests[RequestRow.New, ApplicantColumn.NaturalPerson]);
        Assert.Null(back.ReviewAndLitigation!.AdministrativeReview.Upheld);
        Assert.Equal(0, back.ReviewAndLitigation.AdministrativeReview.Corrected);
    }
}
