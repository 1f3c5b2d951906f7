using Gongkai.Core.Requests;

namespace Gongkai.Core.Reports;

/// <summary>What section 三 needs to know of one request.</summary>
/// <param name="Kind">The applicant's column.</param>
/// <param name="ReceivedOn">The date of receipt.</param>
/// <param name="ClosedOn">The date of the reply or closing decision; null while open.</param>
/// <param name="Outcome">The reply outcome key; null while open.</param>
public readonly record struct CaseFacts(ApplicantKind Kind, DateOnly ReceivedOn, DateOnly? ClosedOn, string? Outcome);

/// <summary>
/// Section 三 of an agency's annual report, counted from cases: rows (New, CarriedOver, the 21
/// outcomes, Handled, CarriedForward) × 6 applicant columns plus Total.
/// </summary>
public sealed class Section3Counts
{
    public const string New = "New";
    public const string CarriedOver = "CarriedOver";
    public const string Handled = "Handled";
    public const string CarriedForward = "CarriedForward";

    /// <summary>The row keys, top to bottom.</summary>
    public static readonly IReadOnlyList<string> RowKeys =
        [New, CarriedOver, .. ReplyOutcomes.All.Select(o => o.Key), Handled, CarriedForward];

    private readonly Dictionary<string, int[]> rows = RowKeys.ToDictionary(k => k, _ => new int[ColumnCount], StringComparer.Ordinal);

    /// <summary>Six applicant columns and Total.</summary>
    public const int ColumnCount = 7;

    public int Year { get; init; }

    /// <summary>The count in a row for an applicant kind.</summary>
    public int this[string row, ApplicantKind kind] => rows[row][(int)kind];

    /// <summary>The Total column of a row.</summary>
    public int Total(string row) => rows[row][ColumnCount - 1];

    /// <summary>The seven cells of a row (six applicant columns, then Total).</summary>
    public IReadOnlyList<int> Row(string row) => rows[row];

    internal void Add(string row, ApplicantKind kind)
    {
        var cells = rows[row];
        cells[(int)kind]++;
        cells[ColumnCount - 1]++;
    }
}

/// <summary>
/// Counts cases into section 三 for one agency and year, so that every consistency rule holds by
/// construction: each case is New (received in the year) or CarriedOver (received before and not
/// closed before the year); each of those is either closed in the year — counted once, in its
/// outcome row, and so in Handled — or still open at the end of the year (CarriedForward).
/// Hence New + CarriedOver = Handled + CarriedForward in every column, and Total is the sum of the six.
/// </summary>
public static class Section3Builder
{
    public static Section3Counts Build(IEnumerable<CaseFacts> cases, int year)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var counts = new Section3Counts { Year = year };
        foreach (var c in cases)
        {
            if (c.ReceivedOn > last || c.ClosedOn < first)
            {
                continue;
            }

            counts.Add(c.ReceivedOn >= first ? Section3Counts.New : Section3Counts.CarriedOver, c.Kind);
            if (c.ClosedOn <= last && c.Outcome is { } outcome && ReplyOutcomes.IsKnown(outcome))
            {
                counts.Add(outcome, c.Kind);
                counts.Add(Section3Counts.Handled, c.Kind);
            }
            else
            {
                counts.Add(Section3Counts.CarriedForward, c.Kind);
            }
        }

        return counts;
    }
}
