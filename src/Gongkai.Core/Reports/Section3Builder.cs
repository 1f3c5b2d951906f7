using Gongkai.Core.Requests;
using Gongkai.Reports.Model;

namespace Gongkai.Core.Reports;

/// <summary>What section 三 needs to know of one request.</summary>
/// <param name="Kind">The applicant's column.</param>
/// <param name="ReceivedOn">The date of receipt.</param>
/// <param name="ClosedOn">The date of the reply, or of the lapse that ended the request; null while open.</param>
/// <param name="Outcome">The reply outcome; null while open.</param>
public readonly record struct CaseFacts(ApplicantKind Kind, DateOnly ReceivedOn, DateOnly? ClosedOn, ReplyOutcome? Outcome);

/// <summary>
/// Counts cases into section 三 of an agency's annual report so that every consistency rule holds by
/// construction. A case counts in the year when received on or before 31 December and not closed
/// before 1 January: as New (received in the year) or CarriedOver (received before); then either in
/// its outcome row and Handled (closed in the year) or in CarriedForward (open at the end of the
/// year). So New + CarriedOver = Handled + CarriedForward in every column, Handled is the sum of the
/// outcome rows, Total the sum of the six columns, and this year's CarriedOver is last year's
/// CarriedForward.
/// </summary>
public static class Section3Builder
{
    /// <summary>The request table of <paramref name="year"/>, in the layout of that year (V2019 before 2021: one （六）其他处理 row).</summary>
    public static RequestTable Build(IEnumerable<CaseFacts> cases, int year)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var format = ReportFormats.ForYear(year);
        var table = new RequestTable();
        foreach (var row in RequestRows.For(format))
        {
            table.SetRow(row, new int?[ApplicantColumns.Count].Select(_ => (int?)0).ToArray());
        }

        foreach (var c in cases)
        {
            if (c.ReceivedOn > last || c.ClosedOn < first)
            {
                continue;
            }

            var column = Column(c.Kind);
            Add(table, c.ReceivedOn >= first ? RequestRow.New : RequestRow.CarriedOver, column);
            if (c.ClosedOn <= last && c.Outcome is { } outcome)
            {
                Add(table, Row(outcome, format), column);
                Add(table, RequestRow.Handled, column);
            }
            else
            {
                Add(table, RequestRow.CarriedForward, column);
            }
        }

        return table;
    }

    /// <summary>An annual report holding only section 三, for the report engine's writers and checker.</summary>
    public static AnnualReport Report(string agency, int year, RequestTable table)
    {
        var format = ReportFormats.ForYear(year);
        return new AnnualReport
        {
            Agency = agency,
            Year = year,
            Format = format,
            RequestsLayout = format,
            Requests = table,
            Sections = [new ReportSection(SectionNumber.三, ReportSection.StandardHeading(SectionNumber.三), [])],
        };
    }

    /// <summary>The section 三 row of an outcome; in V2019 the three （六）其他处理 outcomes share one row.</summary>
    public static RequestRow Row(ReplyOutcome outcome, ReportFormat format)
    {
        if (!RequestRows.TryParseKey(outcome.Key(), out var row))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "No section 三 row for this outcome.");
        }

        return format == ReportFormat.V2019 && row is RequestRow.OtherCorrectionOverdue or RequestRow.OtherFeeUnpaid or RequestRow.OtherOther
            ? RequestRow.Other
            : row;
    }

    /// <summary>The applicant column of an applicant kind.</summary>
    public static ApplicantColumn Column(ApplicantKind kind) => kind switch
    {
        ApplicantKind.NaturalPerson => ApplicantColumn.NaturalPerson,
        ApplicantKind.CommercialEnterprise => ApplicantColumn.CommercialEnterprise,
        ApplicantKind.ResearchInstitution => ApplicantColumn.ResearchInstitution,
        ApplicantKind.PublicInterestOrganization => ApplicantColumn.PublicInterestOrganization,
        ApplicantKind.LegalServiceOrganization => ApplicantColumn.LegalServiceOrganization,
        ApplicantKind.OtherOrganization => ApplicantColumn.OtherOrganization,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "未知的申请人类型"),
    };

    private static void Add(RequestTable table, RequestRow row, ApplicantColumn column)
    {
        table[row, column] = (table[row, column] ?? 0) + 1;
        table[row, ApplicantColumn.Total] = (table[row, ApplicantColumn.Total] ?? 0) + 1;
    }
}
