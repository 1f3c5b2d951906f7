namespace Gongkai.Reports.Tests;

/// <summary>The samples shipped in samples/ read to the same tables and findings in every form.</summary>
public class SampleFormsTests
{
    [Theory]
    [InlineData("linjiang-2024.txt", "linjiang-2024.docx")]
    [InlineData("linjiang-2024.txt", "linjiang-2024.html")]
    [InlineData("qingshan-2020-gbk.txt", "qingshan-2020.pdf")]
    public void A_sample_reads_the_same_in_another_form(string text, string other)
    {
        var a = AnnualReports.Read(Path.Combine(TestFiles.Samples, text)).Report!;
        var b = AnnualReports.Read(Path.Combine(TestFiles.Samples, other)).Report!;
        Assert.Equal(a.Requests, b.Requests);
        Assert.Equal(a.ReviewAndLitigation, b.ReviewAndLitigation);
        Assert.Equal(a.Active, b.Active);
        Assert.Equal(AnnualReports.Check(a).Select(f => $"{f.Rule} {f.Where}"), AnnualReports.Check(b).Select(f => $"{f.Rule} {f.Where}"));
    }
}
