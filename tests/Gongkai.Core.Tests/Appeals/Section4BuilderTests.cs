using Gongkai.Core.Appeals;
using Gongkai.Reports.Model;
using Gongkai.Reports.Rules;

namespace Gongkai.Core.Tests.Appeals;

/// <summary>The counting rule of section 四 (docs/annual-report.md), one behaviour per test.</summary>
public sealed class Section4BuilderTests
{
    private static AppealFacts Review(string filed, string? decided = null, AppealResult? result = null, bool coDefendant = false) =>
        new(AppealKind.AdministrativeReview, DateOnly.Parse(filed), decided is null ? null : DateOnly.Parse(decided), result, coDefendant);

    [Fact]
    public void A_case_counts_under_its_result_in_the_year_it_was_decided()
    {
        var table = Section4Builder.Build([Review("2024-03-01", "2024-05-01", AppealResult.Corrected)], 2024);
        Assert.Equal(new AppealCounts(0, 1, 0, 0, 1), table.Review);
    }

    [Fact]
    public void A_case_not_decided_by_31_December_is_pending_in_that_year()
    {
        var table = Section4Builder.Build([Review("2024-11-20", "2025-01-15", AppealResult.Upheld)], 2024);
        Assert.Equal(new AppealCounts(0, 0, 0, 1, 1), table.Review);
    }

    [Fact]
    public void Last_years_pending_case_decided_this_year_counts_under_its_result_this_year()
    {
        var table = Section4Builder.Build([Review("2024-11-20", "2025-01-15", AppealResult.Upheld)], 2025);
        Assert.Equal(new AppealCounts(1, 0, 0, 0, 1), table.Review);
    }

    [Fact]
    public void A_case_decided_in_an_earlier_year_is_not_counted_again()
    {
        var table = Section4Builder.Build([Review("2023-02-01", "2023-06-01", AppealResult.Upheld)], 2024);
        Assert.Equal(new AppealCounts(0, 0, 0, 0, 0), table.Review);
    }

    [Fact]
    public void A_case_filed_after_the_year_is_not_counted()
    {
        var table = Section4Builder.Build([Review("2025-01-02")], 2024);
        Assert.Equal(0, table.Review.Total);
    }

    [Fact]
    public void A_lawsuit_where_the_agency_is_only_the_co_defendant_review_body_is_not_counted()
    {
        var lawsuit = new AppealFacts(AppealKind.LawsuitAfterReview, new DateOnly(2024, 4, 1), new DateOnly(2024, 9, 1), AppealResult.Upheld, CoDefendantOnly: true);
        Assert.Equal(0, Section4Builder.Build([lawsuit], 2024).LawsuitAfterReview.Total);
    }

    [Fact]
    public void Each_kind_counts_in_its_own_row()
    {
        var table = Section4Builder.Build(
        [
            new(AppealKind.LawsuitDirect, new DateOnly(2024, 4, 1), new DateOnly(2024, 9, 1), AppealResult.OtherResult),
            new(AppealKind.LawsuitAfterReview, new DateOnly(2024, 4, 1), null, null),
        ], 2024);
        Assert.Equal((0, 1, 1), (table.Review.Total!.Value, table.LawsuitDirect.OtherResult!.Value, table.LawsuitAfterReview.Pending!.Value));
    }

    [Theory]
    [InlineData(Disposition.Upheld, AppealResult.Upheld)]
    [InlineData(Disposition.Annulled, AppealResult.Corrected)]
    [InlineData(Disposition.Varied, AppealResult.Corrected)]
    [InlineData(Disposition.DeclaredUnlawful, AppealResult.Corrected)]
    [InlineData(Disposition.OrderedToPerform, AppealResult.Corrected)]
    [InlineData(Disposition.Dismissed, AppealResult.OtherResult)]
    [InlineData(Disposition.Terminated, AppealResult.OtherResult)]
    [InlineData(Disposition.Withdrawn, AppealResult.OtherResult)]
    [InlineData(Disposition.Mediated, AppealResult.OtherResult)]
    public void A_disposition_counts_in_the_column_the_form_names(Disposition disposition, AppealResult column)
    {
        Assert.Equal(column, disposition.Result());
    }

    [Theory]
    [InlineData(7)]
    [InlineData(2026)]
    public void Random_cases_over_years_keep_totals_and_the_cross_year_rule(int seed)
    {
        var random = new Random(seed);
        var cases = Enumerable.Range(0, 300).Select(_ =>
        {
            var filed = new DateOnly(2021, 1, 1).AddDays(random.Next(5 * 365));
            DateOnly? decided = random.Next(4) == 0 ? null : filed.AddDays(random.Next(20, 400));
            return new AppealFacts((AppealKind)random.Next(3), filed, decided, decided is null ? null : (AppealResult)random.Next(3), random.Next(10) == 0);
        }).ToList();
        AnnualReport? previous = null;
        for (int year = 2021; year <= 2025; year++)
        {
            var report = new AnnualReport { Year = year, ReviewAndLitigation = Section4Builder.Build(cases, year) };
            var findings = ReportChecker.Check(report, previous).Where(f => f.Rule.EndsWith(".total", StringComparison.Ordinal) || f.Rule == RuleIds.ContinuityPending).ToList();
            Assert.True(findings.Count == 0, string.Join("; ", findings.Select(f => f.Message)));
            previous = report;
        }
    }

    [Fact]
    public void Fewer_cases_this_year_than_pending_last_year_is_a_cross_year_finding()
    {
        var last = new AnnualReport { Year = 2024, ReviewAndLitigation = new(new(0, 0, 0, 3, 3), new(0, 0, 0, 0, 0), new(0, 0, 0, 0, 0)) };
        var now = new AnnualReport { Year = 2025, ReviewAndLitigation = new(new(1, 0, 0, 0, 1), new(0, 0, 0, 0, 0), new(0, 0, 0, 0, 0)) };
        var finding = Assert.Single(ReportChecker.Check(now, last), f => f.Rule == RuleIds.ContinuityPending);
        Assert.Equal("review", finding.Where);
    }
}
