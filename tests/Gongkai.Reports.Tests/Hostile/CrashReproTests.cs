using Gongkai.Fuzz;
using Gongkai.Reports.Reading;
using Gongkai.Reports.Rules;

namespace Gongkai.Reports.Tests.Hostile;

/// <summary>
/// Every input that ever crashed, hung or misled the reader, kept as a small file in
/// Fixtures/Hostile: each is read, checked and written in every format without an exception, and
/// says what is wrong with it.
/// </summary>
public class CrashReproTests
{
    private static string Folder => Path.Combine(TestFiles.Fixtures, "Hostile");

    public static TheoryData<string> Repros() => [.. Directory.GetFiles(Folder).Select(f => Path.GetFileName(f)).Order()];

    private static IReadOnlyList<ReadResult> Read(string name) => AnnualReports.ReadAll(Path.Combine(Folder, name));

    private static IReadOnlyList<Finding> Check(string name) => AnnualReports.Check(Read(name).Single().Report!);

    [Theory]
    [MemberData(nameof(Repros))]
    public void A_repro_is_read_checked_and_written_without_an_exception(string name)
    {
        Assert.Null(Harness.Exercise(File.ReadAllBytes(Path.Combine(Folder, name)), name));
    }

    [Fact]
    public void Cells_at_the_int_limit_are_out_of_range_not_an_overflow()
    {
        var findings = Check("int-limit-cells.txt");
        Assert.Contains(findings, f => f.Rule == RuleIds.CellRange && f.Actual == int.MaxValue);
        Assert.Contains(findings, f => f.Rule == RuleIds.RequestsHandledSum && f.Expected > int.MaxValue);
    }

    [Theory]
    [InlineData("amount-beyond-decimal.txt")]
    [InlineData("amount-in-yuan.txt")]
    public void An_amount_too_large_for_a_decimal_is_out_of_range(string name)
    {
        Assert.Contains(Check(name), f => f.Rule == RuleIds.CellRange && f.Where == "active.fees.amountTenThousandYuan");
    }

    [Fact]
    public void Negative_counts_that_balance_are_still_an_error()
    {
        var findings = Check("negative-counts.json");
        Assert.DoesNotContain(findings, f => f.Rule == RuleIds.RequestsBalance);
        Assert.Contains(findings, f => f is { Rule: RuleIds.CellRange, Severity: Severity.Error, Actual: -5 });
    }

    [Fact]
    public void Every_report_of_a_JSON_array_is_read()
    {
        var reports = Read("two-reports.json");
        Assert.Equal(2, reports.Count);
        Assert.DoesNotContain(AnnualReports.Check(reports[0].Report!), f => f.Severity == Severity.Error);
        Assert.Contains(AnnualReports.Check(reports[1].Report!), f => f.Rule == RuleIds.RequestsBalance);
    }

    [Fact]
    public void A_year_and_date_out_of_range_in_JSON_are_reading_notes()
    {
        var read = Read("year-9999.json").Single();
        Assert.Null(read.Report!.Year);
        Assert.Null(read.Report.PublishedOn);
        Assert.Equal(["year", "publishedOn"], read.Notes.Select(n => n.Table));
    }

    [Fact]
    public void A_count_that_is_no_integer_in_JSON_is_a_reading_note()
    {
        var read = Read("count-1e308.json").Single();
        Assert.Contains(read.Notes, n => n.Message.Contains("1e308", StringComparison.Ordinal));
    }

    [Fact]
    public void JSON_syntax_errors_are_told_in_Chinese_with_the_place()
    {
        var error = Read("bad-syntax.json").Single().Error!;
        Assert.Equal("json", error.Code);
        Assert.Contains("第1行", error.Message);
        Assert.DoesNotMatch("[a-z]{4,}", error.Message);
    }

    [Theory]
    [InlineData("utf32-bom.txt")]
    [InlineData("opens-with-bracket.txt")]
    [InlineData("opens-with-angle.txt")]
    public void Text_reports_in_UTF32_or_opening_like_JSON_or_HTML_read_as_the_sample(string name)
    {
        var expected = AnnualReports.Read(Path.Combine(TestFiles.Samples, "linjiang-2024.txt")).Report!;
        var read = Read(name).Single().Report!;
        Assert.Equal(expected.Requests, read.Requests);
        Assert.Equal(expected.Active, read.Active);
    }

    [Fact]
    public void Nested_formatting_tags_are_refused_before_parsing()
    {
        Assert.Equal("too-deep", Read("nested-formatting.html").Single().Error?.Code);
    }

    [Fact]
    public void A_row_wider_than_the_limit_is_refused()
    {
        Assert.Equal("too-large", Read("row-of-6000-cells.txt").Single().Error?.Code);
    }

    [Fact]
    public void A_DOCX_whose_numbers_are_all_1e308_has_a_reading_note_per_cell_it_could_not_read()
    {
        var read = Read("numbers-1e308.docx").Single();
        Assert.True(read.Notes.Count(n => n.Message.Contains("1e308", StringComparison.Ordinal)) >= 5);
    }
}
