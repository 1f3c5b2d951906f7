namespace Gongkai.Reports.Tests;

/// <summary>
/// A report in the cell-per-line text style with every row of section 三 and every rule broken
/// once (Fixtures/every-rule-2022.txt), checked against last year's (every-rule-2021.txt).
/// </summary>
public class EveryRuleFixtureTests
{
    private static readonly string Current = Path.Combine(TestFiles.Fixtures, "every-rule-2022.txt");
    private static readonly string Previous = Path.Combine(TestFiles.Fixtures, "every-rule-2021.txt");

    [Fact]
    public void Every_rule_is_found_once_where_it_is_broken()
    {
        var report = AnnualReports.Read(Current).Report!;
        var previous = AnnualReports.Read(Previous).Report!;
        var found = AnnualReports.Check(report, previous).Select(f => $"{f.Rule} {f.Where}").Order().ToList();
        string[] expected =
        [
            "cell.blank lawsuitAfterReview", "cell.blank Withheld.AdministrativeQuery",
            "continuity.carry CommercialEnterprise", "continuity.carry Total", "continuity.in-force normativeDocuments",
            "format.mixed penalty,coercion", "report.late ", "requests.balance ResearchInstitution",
            "requests.handled-sum ResearchInstitution", "requests.row-total Handled", "review.total ", "section.missing 五",
        ];
        Assert.Equal(expected.Order(), found);
    }

    [Fact]
    public void Every_row_of_section_three_is_read()
    {
        var report = AnnualReports.Read(Current).Report!;
        Assert.Equal(Model.RequestRows.V2021, report.Requests.Rows);
    }

    [Fact]
    public void The_fixture_reads_without_uncertainty()
    {
        Assert.Empty(AnnualReports.Read(Current).Notes);
    }

    [Fact]
    public void Last_years_report_is_consistent_on_its_own()
    {
        Assert.Empty(AnnualReports.Check(AnnualReports.Read(Previous).Report!));
    }
}
