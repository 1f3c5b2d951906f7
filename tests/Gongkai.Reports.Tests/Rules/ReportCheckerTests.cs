using Gongkai.Reports.Model;
using Gongkai.Reports.Rules;

namespace Gongkai.Reports.Tests.Rules;

public class ReportCheckerTests
{
    private static IReadOnlyList<Finding> Check(AnnualReport report, AnnualReport? previous = null) => ReportChecker.Check(report, previous);

    [Fact]
    public void A_consistent_report_has_no_findings()
    {
        Assert.Empty(Check(ReportBuilder.Consistent()));
    }

    [Fact]
    public void A_consistent_V2019_report_for_2020_has_no_findings()
    {
        Assert.Empty(Check(ReportBuilder.Consistent(ReportFormat.V2019, 2020)));
    }

    [Fact]
    public void Balance_rule_reports_column_and_both_sums()
    {
        var report = ReportBuilder.Consistent();
        report.Requests[RequestRow.New, ApplicantColumn.NaturalPerson] = 9;
        report.Requests[RequestRow.New, ApplicantColumn.Total] = 11;
        var balance = Check(report).Where(f => f.Rule == RuleIds.RequestsBalance).ToList();
        Assert.Equal(["NaturalPerson", "Total"], balance.Select(f => f.Where));
        Assert.Equal(10, balance[0].Expected);   // handled 8 + carried forward 2
        Assert.Equal(11, balance[0].Actual);     // new 9 + carried over 2
        Assert.Contains("本年新收(9)+上年结转(2)=11", balance[0].Message);
    }

    [Fact]
    public void Balance_rule_uses_the_outcome_sum_when_the_handled_row_is_blank()
    {
        var report = ReportBuilder.Consistent();
        report.Requests.SetRow(RequestRow.Handled, new int?[7]);
        var findings = Check(report);
        Assert.DoesNotContain(findings, f => f.Rule == RuleIds.RequestsBalance);
        Assert.DoesNotContain(findings, f => f.Rule == RuleIds.RequestsHandledSum);
    }

    [Fact]
    public void Handled_sum_rule_compares_the_total_row_with_the_outcome_rows()
    {
        var report = ReportBuilder.Consistent();
        report.Requests[RequestRow.WithheldStateSecret, ApplicantColumn.CommercialEnterprise] = 1;
        var f = Assert.Single(Check(report), f => f.Rule == RuleIds.RequestsHandledSum);
        Assert.Equal("CommercialEnterprise", f.Where);
        Assert.Equal(2, f.Expected);
        Assert.Equal(1, f.Actual);
    }

    [Fact]
    public void Row_total_rule_names_the_row_whose_total_column_is_wrong()
    {
        var report = ReportBuilder.Consistent();
        report.Requests[RequestRow.Disclosed, ApplicantColumn.Total] = 6;
        var f = Assert.Single(Check(report), f => f.Rule == RuleIds.RequestsRowTotal);
        Assert.Equal("Disclosed", f.Where);
        Assert.Equal(5, f.Expected);
        Assert.Equal(6, f.Actual);
    }

    [Fact]
    public void Row_total_rule_is_not_evaluated_where_the_total_is_blank()
    {
        var report = ReportBuilder.Consistent();
        report.Requests[RequestRow.Disclosed, ApplicantColumn.Total] = null;
        Assert.DoesNotContain(Check(report), f => f.Rule == RuleIds.RequestsRowTotal);
    }

    [Theory]
    [InlineData(RemedyGroup.AdministrativeReview, "review.total")]
    [InlineData(RemedyGroup.LawsuitDirect, "lawsuitDirect.total")]
    [InlineData(RemedyGroup.LawsuitAfterReview, "lawsuitAfterReview.total")]
    public void Remedy_group_total_must_equal_its_four_results(RemedyGroup group, string rule)
    {
        var report = ReportBuilder.Consistent();
        var broken = new RemedyCounts(1, 1, 0, 0, 3);
        report = report with
        {
            ReviewAndLitigation = group switch
            {
                RemedyGroup.AdministrativeReview => report.ReviewAndLitigation! with { AdministrativeReview = broken },
                RemedyGroup.LawsuitDirect => report.ReviewAndLitigation! with { LawsuitDirect = broken },
                _ => report.ReviewAndLitigation! with { LawsuitAfterReview = broken },
            },
        };
        var f = Assert.Single(Check(report), f => f.Rule.EndsWith(".total", StringComparison.Ordinal));
        Assert.Equal(rule, f.Rule);
        Assert.Null(f.Where);
        Assert.Equal(2, f.Expected);
        Assert.Equal(3, f.Actual);
    }

    [Fact]
    public void A_blank_cell_is_reported_once_per_row_as_a_warning()
    {
        var report = ReportBuilder.Consistent();
        report.Requests[RequestRow.WithheldStateSecret, ApplicantColumn.NaturalPerson] = null;
        report.Requests[RequestRow.WithheldStateSecret, ApplicantColumn.Total] = null;
        var f = Assert.Single(Check(report), f => f.Rule == RuleIds.CellBlank);
        Assert.Equal("Withheld.StateSecret", f.Where);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(2, f.Cells.Count);
    }

    [Fact]
    public void A_blank_remedy_group_is_reported_by_its_group_name()
    {
        var report = ReportBuilder.Consistent();
        report = report with { ReviewAndLitigation = report.ReviewAndLitigation! with { LawsuitDirect = RemedyCounts.Blank } };
        var f = Assert.Single(Check(report), f => f.Rule == RuleIds.CellBlank);
        Assert.Equal("lawsuitDirect", f.Where);
    }

    [Fact]
    public void Blank_counts_as_zero_in_sums()
    {
        var report = ReportBuilder.Consistent();
        report.Requests[RequestRow.CarriedOver, ApplicantColumn.ResearchInstitution] = null;
        Assert.DoesNotContain(Check(report), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_V2019_layout_for_a_2021_report_is_a_version_warning()
    {
        var report = ReportBuilder.Consistent(ReportFormat.V2019, 2021);
        var f = Assert.Single(Check(report));
        Assert.Equal(RuleIds.FormatVersion, f.Rule);
    }

    [Fact]
    public void A_V2021_layout_for_a_2020_report_is_a_version_warning()
    {
        var report = ReportBuilder.Consistent(ReportFormat.V2021, 2020) with { PublishedOn = new DateOnly(2021, 1, 15) };
        Assert.Equal([RuleIds.FormatVersion], Check(report).Select(f => f.Rule));
    }

    [Fact]
    public void Mixed_layout_names_the_tables_in_the_minority_layout()
    {
        var report = ReportBuilder.Consistent();
        report = report with
        {
            Active = report.Active with
            {
                Penalty = new DecisionCounts(ReportFormat.V2019) { PreviousItems = 0, Change = 0, Decisions = 4 },
                Coercion = new DecisionCounts(ReportFormat.V2019) { PreviousItems = 0, Change = 0, Decisions = 0 },
            },
        };
        var f = Assert.Single(Check(report));
        Assert.Equal(RuleIds.FormatMixed, f.Rule);
        Assert.Equal("penalty,coercion", f.Where);
    }

    [Fact]
    public void Mixed_layout_names_requests_when_section_three_is_in_the_other_layout()
    {
        var report = ReportBuilder.Consistent() with { RequestsLayout = ReportFormat.V2019 };
        Assert.Equal("requests", Assert.Single(Check(report)).Where);
    }

    [Fact]
    public void A_missing_section_is_an_error_naming_its_number()
    {
        var report = ReportBuilder.Consistent();
        report = report with { Sections = [.. report.Sections.Where(s => s.Number != SectionNumber.五)] };
        var f = Assert.Single(Check(report));
        Assert.Equal((RuleIds.SectionMissing, "五", Severity.Error), (f.Rule, f.Where, f.Severity));
    }

    [Fact]
    public void A_department_report_published_after_31_January_is_late()
    {
        var report = ReportBuilder.Consistent() with { PublishedOn = new DateOnly(2024, 2, 1) };
        var f = Assert.Single(Check(report));
        Assert.Equal(RuleIds.ReportLate, f.Rule);
        Assert.Contains("晚了1天", f.Message);
    }

    [Fact]
    public void A_report_published_on_31_January_is_on_time()
    {
        Assert.Empty(Check(ReportBuilder.Consistent() with { PublishedOn = new DateOnly(2024, 1, 31) }));
    }

    [Theory]
    [InlineData("某某县人民政府", true)]
    [InlineData("平潭综合实验区", true)]
    [InlineData("某某市", true)]
    [InlineData("某某县人民政府办公室", false)]
    [InlineData("某某省发展和改革委员会", false)]
    [InlineData("某某县自然资源局", false)]
    public void A_peoples_government_has_until_31_March(string agency, bool government)
    {
        var report = ReportBuilder.Consistent() with { Agency = agency, PublishedOn = new DateOnly(2024, 3, 31) };
        Assert.Equal(!government, Check(report).Any(f => f.Rule == RuleIds.ReportLate));
    }

    [Fact]
    public void Carried_over_must_equal_last_years_carried_forward()
    {
        var previous = ReportBuilder.Consistent(year: 2022);
        var report = ReportBuilder.Consistent();
        previous.Requests.SetRow(RequestRow.CarriedForward, [3, 0, 0, 0, 0, 0, 3]);
        var carry = Check(report, previous).Where(f => f.Rule == RuleIds.ContinuityCarry).ToList();
        Assert.Equal(["NaturalPerson", "Total"], carry.Select(f => f.Where));
        Assert.Equal((3m, 2m), (carry[0].Expected!.Value, carry[0].Actual!.Value));
    }

    [Fact]
    public void In_force_count_must_follow_from_last_year_plus_issued_minus_repealed()
    {
        var previous = ReportBuilder.Consistent(year: 2022);
        previous = previous with { Active = previous.Active with { NormativeDocuments = new DocumentCounts(ReportFormat.V2021) { Issued = 1, Repealed = 0, InForce = 10 } } };
        previous.Requests.SetRow(RequestRow.CarriedForward, [2, 0, 0, 0, 0, 0, 2]);
        var f = Assert.Single(Check(ReportBuilder.Consistent(), previous));
        Assert.Equal((RuleIds.ContinuityInForce, "normativeDocuments"), (f.Rule, f.Where));
        Assert.Equal(11, f.Expected);   // 10 + 2 issued − 1 repealed
        Assert.Equal(12, f.Actual);
    }

    [Fact]
    public void Cross_year_rules_do_not_run_without_the_previous_report()
    {
        var report = ReportBuilder.Consistent();
        report.Requests[RequestRow.CarriedOver, ApplicantColumn.NaturalPerson] = 2;
        Assert.DoesNotContain(Check(report), f => f.Rule.StartsWith("continuity", StringComparison.Ordinal));
    }
}
