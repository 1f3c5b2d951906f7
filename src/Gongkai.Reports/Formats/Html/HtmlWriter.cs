using Gongkai.Reports.Model;
using Gongkai.Reports.Rules;

namespace Gongkai.Reports.Formats.Html;

/// <summary>Writes a report as one self-contained, accessible HTML page.</summary>
public static class HtmlWriter
{
    public static void Write(AnnualReport report, IReadOnlyList<Finding> findings, Stream output) => throw new NotSupportedException("HTML writing is being built.");
}
