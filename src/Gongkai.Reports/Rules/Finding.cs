namespace Gongkai.Reports.Rules;

public enum Severity { Error, Warning }

/// <summary>
/// A broken consistency rule (勾稽关系): the stable rule id, where it broke (a column, row, group,
/// section or table name), the numbers involved, and a message a clerk reads without the rulebook.
/// </summary>
public sealed record Finding(string Rule, Severity Severity, string? Where, string Message)
{
    public decimal? Expected { get; init; }
    public decimal? Actual { get; init; }
    /// <summary>The cells involved, as canonical JSON paths ("requests.rows.New[0]").</summary>
    public IReadOnlyList<string> Cells { get; init; } = [];

    public string SeverityName => Severity == Severity.Error ? "error" : "warning";
}

/// <summary>The stable rule ids of the report-json spec.</summary>
public static class RuleIds
{
    public const string RequestsBalance = "requests.balance";
    public const string RequestsHandledSum = "requests.handled-sum";
    public const string RequestsRowTotal = "requests.row-total";
    public const string CellBlank = "cell.blank";
    public const string FormatVersion = "format.version";
    public const string FormatMixed = "format.mixed";
    public const string SectionMissing = "section.missing";
    public const string ReportLate = "report.late";
    public const string ContinuityCarry = "continuity.carry";
    public const string ContinuityInForce = "continuity.in-force";

    /// <summary>review.total, lawsuitDirect.total, lawsuitAfterReview.total.</summary>
    public static string GroupTotal(Model.RemedyGroup group) => $"{Model.RemedyGroups.Key(group)}.total";
}
