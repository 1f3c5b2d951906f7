using Gongkai.Reports.Formats.Html;
using Gongkai.Reports.Formats.Json;
using Gongkai.Reports.Formats.Pdf;
using Gongkai.Reports.Model;
using Gongkai.Reports.Reading;

namespace Gongkai.Reports.Tests.Formats.Pdf;

/// <summary>
/// A report printed to PDF from its HTML page reads back with every table cell, the agency, the
/// year and the date, and with its prose joined back into the same paragraphs.
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
        // Prose as it printed: the CJK font maps 户 and 戶 to one glyph, whose text in the PDF is 戶, and a
        // space where a line broke ("2021 / 年") is not in the PDF at all. Neither is the reader's doing.
        static string Prose(AnnualReport r) => SampleReports.Json(r).Replace('戶', '户').Replace(" ", "");
        Assert.Equal(Prose(report), Prose(back));
    }

    [Theory]
    [MemberData(nameof(SampleReports.SyntheticNames), MemberType = typeof(SampleReports))]
    public async Task Every_synthetic_report_printed_to_pdf_reads_back_with_the_same_tables(string name)
    {
        var report = SampleReports.Synthetic[name]();
        var back = await ThroughPdf(report);
        Assert.Equal(Tables(report), Tables(back));
        Assert.Equal(SampleReports.Json(report), SampleReports.Json(back));
    }
}
