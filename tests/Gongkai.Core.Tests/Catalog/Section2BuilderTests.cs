using Gongkai.Core.Catalog;
using Gongkai.Reports.Model;

namespace Gongkai.Core.Tests.Catalog;

public sealed class Section2BuilderTests
{
    private static CatalogFacts Normative(string written, ValidityState validity = ValidityState.InForce, string? ended = null, bool issued = true, string? effective = null) =>
        new(Genre.NormativeDocument, DateOnly.Parse(written, System.Globalization.CultureInfo.InvariantCulture), null, validity,
            effective is null ? null : DateOnly.Parse(effective, System.Globalization.CultureInfo.InvariantCulture),
            ended is null ? null : DateOnly.Parse(ended, System.Globalization.CultureInfo.InvariantCulture), issued);

    private static DocumentCounts Counts(params CatalogFacts[] items) => Section2Builder.Build(2025, items, null).NormativeDocuments!;

    [Fact]
    public void Issued_counts_the_documents_written_in_the_year()
    {
        Assert.Equal(2, Counts(Normative("2025-01-05"), Normative("2025-12-31"), Normative("2024-12-31")).Issued);
    }

    [Fact]
    public void Repealed_counts_the_documents_repealed_in_the_year()
    {
        Assert.Equal(1, Counts(Normative("2020-01-05", ValidityState.Repealed, "2025-06-01"), Normative("2020-01-05", ValidityState.Repealed, "2024-06-01")).Repealed);
    }

    [Fact]
    public void In_force_counts_the_documents_in_force_on_31_December()
    {
        var counts = Counts(
            Normative("2019-01-01"),
            Normative("2019-01-01", ValidityState.Repealed, "2025-06-01"),
            Normative("2019-01-01", ValidityState.Repealed, "2026-01-15"),
            Normative("2025-12-20", effective: "2026-02-01"),
            Normative("2026-01-03"));
        Assert.Equal(2, counts.InForce);
    }

    [Fact]
    public void Drafts_are_not_counted()
    {
        Assert.Equal(0, Counts(Normative("2025-03-01", issued: false)).Issued);
    }

    [Fact]
    public void Regulations_are_counted_apart_from_normative_documents()
    {
        var report = Section2Builder.Build(2025, [Normative("2025-03-01"), Normative("2025-03-01") with { Genre = Genre.Regulation }], null);
        Assert.Equal((1, 1), (report.Regulations!.Issued, report.NormativeDocuments!.Issued));
    }

    [Fact]
    public void Entered_figures_fill_decisions_and_fees()
    {
        var report = Section2Builder.Build(2025, [], new DecisionFigures { Licensing = 12, Penalty = 3, Coercion = 1, FeesTenThousandYuan = 4.5m });
        Assert.Equal((12, 3, 1, 4.5m), (report.Licensing!.Decisions, report.Penalty!.Decisions, report.Coercion!.Decisions, report.Fees!.AmountTenThousandYuan));
    }

    [Fact]
    public void A_2020_report_uses_the_2019_columns()
    {
        var counts = Section2Builder.Build(2020, [Normative("2020-03-01") with { PublishedOn = new DateOnly(2020, 3, 10) }], null).NormativeDocuments!;
        Assert.Equal((ReportFormat.V2019, 1, 1, (int?)null), (counts.Layout, counts.Made, counts.Published, counts.Issued));
    }
}
