using Gongkai.Reports.Formats.Json;
using Gongkai.Reports.Model;

namespace Gongkai.Reports.Tests.Formats.Json;

public class ReportJsonTests
{
    [Fact]
    public void A_V2021_report_round_trips_through_JSON()
    {
        var report = ReportBuilder.Consistent();
        Assert.Equal(report, ReportJson.Read(ReportJson.ToJson(report)).Report);
    }

    [Fact]
    public void A_V2019_report_round_trips_through_JSON()
    {
        var report = ReportBuilder.Consistent(ReportFormat.V2019, 2020);
        Assert.Equal(report, ReportJson.Read(ReportJson.ToJson(report)).Report);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Every_seed_round_trips_through_JSON(string seed)
    {
        var report = AnnualReports.Read(TestFiles.Seed(seed)).Report!;
        Assert.Equal(report, ReportJson.Read(ReportJson.ToJson(report)).Report);
    }

    [Fact]
    public void Blank_cells_are_written_as_null_and_zero_as_zero()
    {
        var report = ReportBuilder.Consistent();
        report.Requests[RequestRow.Disclosed, ApplicantColumn.ResearchInstitution] = null;
        string json = ReportJson.ToJson(report);
        Assert.Contains("\"Disclosed\": [\n        4,\n        1,\n        null,", json.Replace("\r", ""));
    }

    [Fact]
    public void Chinese_text_is_written_unescaped()
    {
        Assert.Contains("某某县自然资源局", ReportJson.ToJson(ReportBuilder.Consistent()));
    }
}
