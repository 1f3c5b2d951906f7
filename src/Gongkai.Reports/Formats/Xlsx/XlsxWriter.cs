using Gongkai.Reports.Model;
using Gongkai.Reports.Rules;

namespace Gongkai.Reports.Formats.Xlsx;

/// <summary>Writes a report as a workbook, one sheet per table, totals as formulas.</summary>
public static class XlsxWriter
{
    public static void Write(AnnualReport report, IReadOnlyList<Finding> findings, Stream output) => throw new NotSupportedException("XLSX writing is being built.");
}
