using Gongkai.Reports.Model;

namespace Gongkai.Reports.Tests;

/// <summary>Builds consistent reports for tests, to be broken one cell at a time.</summary>
internal static class ReportBuilder
{
    /// <summary>A V2021 report for 2023 whose every rule holds: 10 new, 2 carried over, 9 handled, 3 carried forward.</summary>
    public static AnnualReport Consistent(ReportFormat format = ReportFormat.V2021, int year = 2023)
    {
        var t = new RequestTable();
        foreach (var row in RequestRows.For(format)) t.SetRow(row, [0, 0, 0, 0, 0, 0, 0]);
        void Set(RequestRow row, int natural, int commercial)
        {
            t[row, ApplicantColumn.NaturalPerson] = natural;
            t[row, ApplicantColumn.CommercialEnterprise] = commercial;
            t[row, ApplicantColumn.Total] = natural + commercial;
        }
        Set(RequestRow.New, 8, 2);
        Set(RequestRow.CarriedOver, 2, 0);
        Set(RequestRow.Disclosed, 4, 1);
        Set(RequestRow.PartiallyDisclosed, 2, 0);
        Set(RequestRow.UnavailableNotHeld, 2, 0);
        Set(RequestRow.Handled, 8, 1);
        Set(RequestRow.CarriedForward, 2, 1);
        var counts = new RemedyCounts(1, 0, 1, 0, 2);
        var zero = new RemedyCounts(0, 0, 0, 0, 0);
        return new AnnualReport
        {
            Format = format,
            Agency = "某某县自然资源局",
            Year = year,
            PublishedOn = new DateOnly(year + 1, 1, 20),
            Requests = t,
            RequestsLayout = format,
            ReviewAndLitigation = new ReviewAndLitigation(counts, zero, zero),
            Active = format == ReportFormat.V2021
                ? new ActiveDisclosure
                {
                    Regulations = new DocumentCounts(format) { Issued = 0, Repealed = 0, InForce = 3 },
                    NormativeDocuments = new DocumentCounts(format) { Issued = 2, Repealed = 1, InForce = 12 },
                    Licensing = new DecisionCounts(format) { Decisions = 120 },
                    Penalty = new DecisionCounts(format) { Decisions = 4 },
                    Coercion = new DecisionCounts(format) { Decisions = 0 },
                    Fees = new FeeFigures(format) { AmountTenThousandYuan = 0 },
                }
                : new ActiveDisclosure
                {
                    Regulations = new DocumentCounts(format) { Made = 0, Published = 0, TotalPublished = 3 },
                    NormativeDocuments = new DocumentCounts(format) { Made = 2, Published = 2, TotalPublished = 12 },
                    Licensing = new DecisionCounts(format) { PreviousItems = 40, Change = -2, Decisions = 120 },
                    OtherServices = new DecisionCounts(format) { PreviousItems = 5, Change = 0, Decisions = 9 },
                    Penalty = new DecisionCounts(format) { PreviousItems = 3, Change = 1, Decisions = 4 },
                    Coercion = new DecisionCounts(format) { PreviousItems = 0, Change = 0, Decisions = 0 },
                    Fees = new FeeFigures(format) { PreviousItems = 2, Change = 0 },
                    Procurement = new ProcurementFigures { Projects = 6, AmountTenThousandYuan = 123.45m },
                },
            Sections = [.. Enum.GetValues<SectionNumber>().Select(n => new ReportSection(n, ReportSection.StandardHeading(n),
                n is SectionNumber.一 or SectionNumber.五 or SectionNumber.六 ? ["本机关依法做好政府信息公开工作。"] : []))],
        };
    }
}
