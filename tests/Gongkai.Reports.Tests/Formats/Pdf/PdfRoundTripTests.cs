using Gongkai.Reports.Formats.Html;
using Gongkai.Reports.Formats.Json;
using Gongkai.Reports.Formats.Pdf;
using Gongkai.Reports.Model;
using Gongkai.Reports.Reading;

namespace Gongkai.Reports.Tests.Formats.Pdf;

/// <summary>
/// A report printed to PDF from its HTML page reads back with every table cell, the agency, the
/// year and the date; prose may wrap differently, so it is not compared.
/// </summary>
public class PdfRoundTripTests
{
    internal static async Task<AnnualReport> ThroughPdf(AnnualReport report)
    {
        byte[] pdf = await Chromium.PrintAsync(HtmlWriter.ToHtml(report, []));
        var source = PdfSource.Read(pdf);
        Assert.Null(source.Error);
        var result = FormReader.Read(source.Document!);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Report!;
    }

    /// <summary>The report without its prose, as canonical JSON.</summary>
    internal static string Tables(AnnualReport report) =>
        ReportJson.ToJson(report with { Preface = [], Sections = [] });

    [Theory]
    [MemberData(nameof(SampleReports.SeedNames), MemberType = typeof(SampleReports))]
    public async Task Every_seed_printed_to_pdf_reads_back_with_the_same_tables(string seed)
    {
        var report = SampleReports.Seed(seed);
        var back = await ThroughPdf(report);
        Assert.Equal(Tables(report), Tables(back));
        Assert.Equal(report.Sections.Select(s => s.Number), back.Sections.Select(s => s.Number));
    }

    [Theory]
    [MemberData(nameof(SampleReports.SyntheticNames), MemberType = typeof(SampleReports))]
    public async Task Every_synthetic_report_printed_to_pdf_reads_back_with_the_same_tables(string name)
    {
        var report = SampleReports.Synthetic[name]();
        Assert.Equal(Tables(report), Tables(await ThroughPdf(report)));
    }
}
