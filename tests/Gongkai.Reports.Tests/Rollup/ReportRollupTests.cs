using Gongkai.Reports.Model;
using Gongkai.Reports.Rollup;

namespace Gongkai.Reports.Tests.Rollup;

public class ReportRollupTests
{
    private static RollupInput Input(string name, AnnualReport report) => new(name, report);

    [Fact]
    public void Two_reports_sum_cell_by_cell_in_sections_two_three_and_four()
    {
        var result = ReportRollup.Sum("某某县人民政府办公室", 2023,
            [Input("a", ReportBuilder.Consistent()), Input("b", ReportBuilder.Consistent())]);
        var sum = result.Sum;
        Assert.Equal(["a", "b"], result.Included);
        Assert.Empty(result.Excluded);
        Assert.Equal(20, sum.Requests[RequestRow.New, ApplicantColumn.Total]);
        Assert.Equal(16, sum.Requests[RequestRow.New, ApplicantColumn.NaturalPerson]);
        Assert.Equal(4, sum.ReviewAndLitigation!.Review.Total);
        Assert.Equal(240, sum.Active.Licensing!.Decisions);
        Assert.Equal(24, sum.Active.NormativeDocuments!.InForce);
        Assert.Equal(("某某县人民政府办公室", 2023, ReportFormat.V2021), (sum.Agency, sum.Year, sum.Format));
    }

    [Fact]
    public void The_sum_of_consistent_reports_passes_every_table_rule()
    {
        var sum = ReportRollup.Sum(null, 2023, [Input("a", ReportBuilder.Consistent()), Input("b", ReportBuilder.Consistent())]).Sum;
        Assert.DoesNotContain(AnnualReports.Check(sum), f => f.Rule.StartsWith("requests.", StringComparison.Ordinal) || f.Rule.EndsWith(".total", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_of_another_year_is_excluded_with_the_reason()
    {
        var result = ReportRollup.Sum(null, 2023, [Input("a", ReportBuilder.Consistent()), Input("old", ReportBuilder.Consistent(year: 2022))]);
        Assert.Equal(["a"], result.Included);
        Assert.Equal(new RollupExclusion("old", "报告年度为2022年，不是2023年"), Assert.Single(result.Excluded));
        Assert.Equal(10, result.Sum.Requests[RequestRow.New, ApplicantColumn.Total]);
    }

    [Fact]
    public void An_unreadable_report_is_excluded_with_its_read_error()
    {
        var read = AnnualReports.Read([], "empty.txt");
        var result = ReportRollup.Sum(null, 2023, [RollupInput.FromRead("empty.txt", read)]);
        Assert.Equal("文件是空的", Assert.Single(result.Excluded).Reason);
        Assert.Empty(result.Included);
    }

    [Fact]
    public void A_report_with_errors_is_included()
    {
        var broken = ReportBuilder.Consistent();
        broken.Requests[RequestRow.New, ApplicantColumn.Total] = 99;
        var result = ReportRollup.Sum(null, 2023, [Input("broken", broken)]);
        Assert.Equal(["broken"], result.Included);
        Assert.Equal(99, result.Sum.Requests[RequestRow.New, ApplicantColumn.Total]);
    }

    [Fact]
    public void A_sum_that_would_overflow_excludes_the_report_instead_of_crashing()
    {
        var consistent = ReportBuilder.Consistent();
        var huge = consistent with { Active = consistent.Active with { Licensing = new DecisionCounts(ReportFormat.V2021) { Decisions = int.MaxValue } } };
        var result = ReportRollup.Sum(null, 2023, [Input("huge", huge), Input("small", ReportBuilder.Consistent())]);
        Assert.Equal(["huge"], result.Included);
        Assert.Equal("small", Assert.Single(result.Excluded).Source);
        Assert.Contains("数值过大", result.Excluded[0].Reason);
        Assert.Equal(int.MaxValue, result.Sum.Active.Licensing!.Decisions);
        Assert.Equal(10, result.Sum.Requests[RequestRow.New, ApplicantColumn.Total]);   // nothing of the excluded report was added
    }

    [Fact]
    public void A_section_three_cell_that_would_overflow_excludes_the_report()
    {
        var huge = ReportBuilder.Consistent();
        huge.Requests[RequestRow.Disclosed, ApplicantColumn.ResearchInstitution] = int.MaxValue;
        var small = ReportBuilder.Consistent();
        small.Requests[RequestRow.Disclosed, ApplicantColumn.ResearchInstitution] = 1;
        var tally = ReportRollup.Sum(null, 2023, [Input("huge", huge), Input("small", small)]);
        Assert.Equal(["huge"], tally.Included);
        Assert.Contains("数值过大", Assert.Single(tally.Excluded).Reason);
    }

    [Fact]
    public void A_cell_blank_in_every_report_stays_blank_and_one_blank_counts_as_zero()
    {
        var a = ReportBuilder.Consistent();
        var b = ReportBuilder.Consistent();
        a.Requests[RequestRow.Disclosed, ApplicantColumn.ResearchInstitution] = null;
        b.Requests[RequestRow.Disclosed, ApplicantColumn.ResearchInstitution] = null;
        a.Requests[RequestRow.Disclosed, ApplicantColumn.NaturalPerson] = null;
        var sum = ReportRollup.Sum(null, 2023, [Input("a", a), Input("b", b)]).Sum;
        Assert.Null(sum.Requests[RequestRow.Disclosed, ApplicantColumn.ResearchInstitution]);
        Assert.Equal(4, sum.Requests[RequestRow.Disclosed, ApplicantColumn.NaturalPerson]);
    }

    [Fact]
    public void A_V2021_report_rolls_into_V2019_with_its_other_sub_rows_summed()
    {
        var v2021 = ReportBuilder.Consistent(ReportFormat.V2021, 2020);
        v2021.Requests[RequestRow.OtherFeeUnpaid, ApplicantColumn.NaturalPerson] = 2;
        v2021.Requests[RequestRow.OtherOther, ApplicantColumn.NaturalPerson] = 1;
        var result = ReportRollup.Sum(null, 2020, [Input("new-layout", v2021 with { Active = new ActiveDisclosure() })]);
        Assert.Equal(["new-layout"], result.Included);
        Assert.Equal(3, result.Sum.Requests[RequestRow.Other, ApplicantColumn.NaturalPerson]);
        Assert.False(result.Sum.Requests.Has(RequestRow.OtherOther));
    }

    [Fact]
    public void A_V2019_report_with_other_outcomes_cannot_roll_into_V2021()
    {
        var v2019 = ReportBuilder.Consistent(ReportFormat.V2019, 2023) with { Active = new ActiveDisclosure() };
        v2019.Requests[RequestRow.Other, ApplicantColumn.NaturalPerson] = 1;
        var excluded = Assert.Single(ReportRollup.Sum(null, 2023, [Input("old-layout", v2019)]).Excluded);
        Assert.Contains("（六）其他处理", excluded.Reason);
    }

    [Fact]
    public void A_V2019_report_with_no_other_outcomes_rolls_into_V2021_with_zero_sub_rows()
    {
        var v2019 = ReportBuilder.Consistent(ReportFormat.V2019, 2023) with { Active = new ActiveDisclosure() };
        var result = ReportRollup.Sum(null, 2023, [Input("old-layout", v2019)]);
        Assert.Equal(["old-layout"], result.Included);
        Assert.Equal(0, result.Sum.Requests[RequestRow.OtherOther, ApplicantColumn.Total]);
    }

    [Fact]
    public void A_section_two_table_in_the_other_layout_excludes_the_report_naming_the_table()
    {
        var v2019 = ReportBuilder.Consistent(ReportFormat.V2019, 2023);
        var excluded = Assert.Single(ReportRollup.Sum(null, 2023, [Input("old-layout", v2019)]).Excluded);
        Assert.Contains("规范性文件表格", excluded.Reason);
    }

    [Fact]
    public void Decisions_of_a_V2019_penalty_table_count_in_a_V2021_roll_up()
    {
        var mixed = ReportBuilder.Consistent() with
        {
            Active = ReportBuilder.Consistent().Active with { Penalty = new DecisionCounts(ReportFormat.V2019) { PreviousItems = 0, Change = 0, Decisions = 47 } },
        };
        var result = ReportRollup.Sum(null, 2023, [Input("seed-003-like", mixed), Input("b", ReportBuilder.Consistent())]);
        Assert.Equal(51, result.Sum.Active.Penalty!.Decisions);
    }

    [Fact]
    public void Seeds_of_2021_roll_up_and_the_one_in_the_old_layout_is_excluded()
    {
        var inputs = new[] { "000", "002" }.Select(s => RollupInput.FromRead(s, AnnualReports.Read(TestFiles.Seed(s))));
        var result = ReportRollup.Sum(null, 2021, inputs);
        Assert.Equal(["000"], result.Included);
        Assert.Equal("002", Assert.Single(result.Excluded).Source);
        Assert.Equal(211, result.Sum.Requests[RequestRow.New, ApplicantColumn.Total]);
    }
}
