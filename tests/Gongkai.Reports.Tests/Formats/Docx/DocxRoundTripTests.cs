using Gongkai.Reports.Formats.Docx;
using Gongkai.Reports.Formats.Json;
using Gongkai.Reports.Model;

namespace Gongkai.Reports.Tests.Formats.Docx;

public class DocxRoundTripTests
{
    internal static byte[] ToDocx(AnnualReport report)
    {
        using var stream = new MemoryStream();
        DocxWriter.Write(report, stream);
        return stream.ToArray();
    }

    private static void AssertRoundTrips(AnnualReport report)
    {
        var back = AnnualReports.Read(ToDocx(report), "report.docx");
        Assert.True(back.Succeeded, back.Error?.LogMessage);
        // JSON first for a readable difference, then the model's own equality (sections and preface too).
        Assert.Equal(ReportJson.ToJson(report), ReportJson.ToJson(back.Report!));
        Assert.Equal(report.Sections, back.Report!.Sections);
        Assert.Equal(report.Preface, back.Report.Preface);
        Assert.Equal(report, back.Report);
    }

    public static TheoryData<string> Seeds => new(SeedFiles.All.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_seed_reads_back_from_docx_as_the_same_report(string seed)
    {
        var read = AnnualReports.Read(SeedFiles.Path(seed));
        Assert.True(read.Succeeded, read.Error?.LogMessage);
        AssertRoundTrips(read.Report!);
    }

    [Theory]
    [MemberData(nameof(SampleReports.Names), MemberType = typeof(SampleReports))]
    public void A_synthetic_report_reads_back_from_docx_as_the_same_report(string sample)
    {
        AssertRoundTrips(SampleReports.Get(sample));
    }

    [Fact]
    public void A_report_without_agency_or_year_reads_back_the_same()
    {
        // Without a year in the title the reader takes it from the opening paragraphs, so they carry none here.
        var report = SampleReports.MissingSections();
        var sections = report.Sections.Select(s => s with { Paragraphs = [.. s.Paragraphs.Select(p => p.Replace("2021年，", ""))] }).ToList();
        AssertRoundTrips(report with { Agency = null, Year = null, Format = ReportFormat.V2021, Sections = sections });
    }

    [Fact]
    public void Characters_xml_cannot_carry_are_dropped_rather_than_failing_the_write()
    {
        var report = SampleReports.V2021() with { Preface = ["本报告\f根据条例编制\u0001。𠀀"] };
        var back = AnnualReports.Read(ToDocx(report), "report.docx");
        Assert.Equal(["本报告根据条例编制。𠀀"], back.Report!.Preface);
    }

    [Fact]
    public void Reading_is_silent_about_a_report_the_writer_made()
    {
        var back = AnnualReports.Read(ToDocx(SampleReports.V2021()), "report.docx");
        Assert.Empty(back.Notes);
    }
}

/// <summary>The shared seed reports, found beside the repository (../shared/seeds) or where GONGKAI_SEEDS points.</summary>
internal static class SeedFiles
{
    public static string Directory =>
        Environment.GetEnvironmentVariable("GONGKAI_SEEDS") is { Length: > 0 } dir ? dir : TestFiles.Seeds;

    public static IEnumerable<string> All =>
        System.IO.Directory.Exists(Directory) ? System.IO.Directory.GetFiles(Directory, "*.txt").Order() : [];

    public static string Path(string name) => System.IO.Path.Combine(Directory, name);
}
