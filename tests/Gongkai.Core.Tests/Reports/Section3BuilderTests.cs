using Gongkai.Core.Calendar;
using Gongkai.Core.Reports;
using Gongkai.Core.Requests;
using Gongkai.Reports.Model;
using Gongkai.Reports.Rules;

namespace Gongkai.Core.Tests.Reports;

/// <summary>
/// Section 三 counted from cases satisfies every consistency rule by construction: proved on
/// seeded-random requests whose lifecycles (corrections, consultations, extensions, fees, replies,
/// lapses) run through the deadline engine across year boundaries.
/// </summary>
public sealed class Section3BuilderTests
{
    private static readonly WorkdayCalendar Calendar = WorkdayCalendar.Default;

    [Fact]
    public void The_applicant_kinds_fill_every_applicant_column_once_in_order()
    {
        Assert.Equal(ApplicantColumns.Applicants, Enum.GetValues<ApplicantKind>().Select(Section3Builder.Column));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(20261123)]
    public void Random_lifecycles_across_years_break_no_consistency_rule(int seed)
    {
        var random = new Random(seed);
        var horizon = new DateOnly(2026, 12, 31);
        var cases = Enumerable.Range(0, 600).Select(_ => RandomCase(random, horizon)).ToList();

        AnnualReport? previous = null;
        var carriedOver = 0;
        var lapsed = 0;
        for (var year = 2020; year <= 2026; year++)
        {
            var table = Section3Builder.Build(cases, year);
            var report = Section3Builder.Report("某某县自然资源局", year, table);
            var findings = ReportChecker.Check(report, previous)
                .Where(f => f.Rule.StartsWith("requests.", StringComparison.Ordinal) || f.Rule is RuleIds.ContinuityCarry or RuleIds.CellBlank)
                .ToList();
            Assert.True(findings.Count == 0, $"{year}: {string.Join("; ", findings.Select(f => f.Message))}");

            // And the counts are the cases': open at the end of the year = carried forward.
            var end = new DateOnly(year, 12, 31);
            var open = cases.Count(c => c.ReceivedOn <= end && (c.ClosedOn is null || c.ClosedOn > end));
            Assert.Equal(open, table[RequestRow.CarriedForward, ApplicantColumn.Total]);
            var received = cases.Count(c => c.ReceivedOn.Year == year);
            Assert.Equal(received, table[RequestRow.New, ApplicantColumn.Total]);
            carriedOver += table[RequestRow.CarriedOver, ApplicantColumn.Total] ?? 0;
            lapsed += (table[RequestRow.OtherCorrectionOverdue, ApplicantColumn.Total] ?? 0) + (table[RequestRow.OtherFeeUnpaid, ApplicantColumn.Total] ?? 0);
            previous = report;
        }

        // The generated lifecycles do cross years and do lapse.
        Assert.True(carriedOver > 10, $"only {carriedOver} carried over");
        Assert.True(lapsed > 0, "no lapsed request");
    }

    [Fact]
    public void A_request_replied_in_the_next_year_is_carried_forward_then_over()
    {
        var request = new CaseFacts(ApplicantKind.LegalServiceOrganization, new DateOnly(2024, 12, 20), new DateOnly(2025, 1, 10), ReplyOutcome.WithheldThirdPartyRights);
        var y2024 = Section3Builder.Build([request], 2024);
        var y2025 = Section3Builder.Build([request], 2025);
        Assert.Equal(1, y2024[RequestRow.New, ApplicantColumn.LegalServiceOrganization]);
        Assert.Equal(1, y2024[RequestRow.CarriedForward, ApplicantColumn.LegalServiceOrganization]);
        Assert.Equal(0, y2024[RequestRow.Handled, ApplicantColumn.Total]);
        Assert.Equal(1, y2025[RequestRow.CarriedOver, ApplicantColumn.LegalServiceOrganization]);
        Assert.Equal(1, y2025[RequestRow.WithheldThirdPartyRights, ApplicantColumn.Total]);
        Assert.Equal(0, y2025[RequestRow.New, ApplicantColumn.Total]);
    }

    [Fact]
    public void Before_2021_the_other_outcomes_share_one_row()
    {
        var request = new CaseFacts(ApplicantKind.NaturalPerson, new DateOnly(2020, 3, 2), new DateOnly(2020, 4, 1), ReplyOutcome.OtherCorrectionOverdue);
        var table = Section3Builder.Build([request], 2020);
        Assert.Equal(1, table[RequestRow.Other, ApplicantColumn.NaturalPerson]);
        Assert.False(table.Has(RequestRow.OtherCorrectionOverdue));
    }

    /// <summary>A request received 2019–2026 whose random steps the engine accepted, evaluated at the horizon.</summary>
    private static CaseFacts RandomCase(Random random, DateOnly horizon)
    {
        var kind = (ApplicantKind)random.Next(6);
        var day = new DateOnly(2019, 6, 1).AddDays(random.Next(0, 2700));
        if (day > horizon)
        {
            day = horizon;
        }

        IReadOnlyList<RequestEvent> events = [new Received(day, (ReceiptChannel)random.Next(5))];
        for (var i = 0; i < 6 && day < horizon; i++)
        {
            day = day.AddDays(random.Next(0, 25));
            if (day > horizon)
            {
                break;
            }

            RequestEvent next = random.Next(9) switch
            {
                0 => new CorrectionRequested(day, new WorkingDays(random.Next(1, 15))),
                1 => new CorrectionReceived(day),
                2 => new ThirdPartyConsultationStarted(day),
                3 => new ThirdPartyConsultationEnded(day),
                4 => new Extended(day, new WorkingDays(random.Next(1, 21)), "负责人"),
                5 => new FeeNoticeSent(day),
                6 => new FeePaid(day),
                _ => new Replied(day, ReplyOutcomes.All[random.Next(ReplyOutcomes.All.Count)]),
            };
            events = DeadlineEngine.Apply(Calendar, events, next).Events;
        }

        var status = DeadlineEngine.Evaluate(Calendar, events, horizon);
        return new CaseFacts(kind, status.ReceivedOn, status.ClosedOn, status.Outcome);
    }
}
