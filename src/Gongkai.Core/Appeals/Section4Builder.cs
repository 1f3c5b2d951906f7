using Gongkai.Reports.Model;

namespace Gongkai.Core.Appeals;

/// <summary>What section 四 needs to know of one case.</summary>
/// <param name="Kind">The row.</param>
/// <param name="FiledOn">The date the body accepted the case.</param>
/// <param name="DecidedOn">The date of the (first) decision; null while undecided.</param>
/// <param name="Result">The column of the decision; null while undecided.</param>
/// <param name="CoDefendantOnly">The agency is sued only as the 复议机关: the case counts for the reviewed agency.</param>
public readonly record struct AppealFacts(AppealKind Kind, DateOnly FiledOn, DateOnly? DecidedOn, AppealResult? Result, bool CoDefendantOnly = false);

/// <summary>
/// Counts the register into section 四 (docs/annual-report.md, "Counting section 四"). In a year, a case
/// filed on or before 31 December and not decided before 1 January counts once: under its result
/// when decided in the year, else as 尚未审结. So last year's 尚未审结 cases come back this year, under
/// their result or as 尚未审结 again, and this year's 总计 is at least last year's 尚未审结. A lawsuit in
/// which the agency is only the co-defendant 复议机关 counts for the agency whose decision was
/// reviewed. An appeal (二审) does not move the count: the case counts under its first decision.
/// </summary>
public static class Section4Builder
{
    /// <summary>The fifteen cells of <paramref name="year"/>, every one filled (0 where no case), 总计 the row sum.</summary>
    public static ReviewAndLitigation Build(IEnumerable<AppealFacts> cases, int year)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var counts = new int[3, 4];
        foreach (var c in cases)
        {
            if (c.CoDefendantOnly || c.FiledOn > last || c.DecidedOn < first)
            {
                continue;
            }

            int column = c.DecidedOn <= last && c.Result is { } result ? (int)result : 3;
            counts[(int)c.Kind, column]++;
        }

        return new ReviewAndLitigation(Row(counts, 0), Row(counts, 1), Row(counts, 2));
    }

    /// <summary>The section 四 group of a kind.</summary>
    public static AppealGroup Group(AppealKind kind) => kind switch
    {
        AppealKind.AdministrativeReview => AppealGroup.Review,
        AppealKind.LawsuitDirect => AppealGroup.LawsuitDirect,
        _ => AppealGroup.LawsuitAfterReview,
    };

    private static AppealCounts Row(int[,] counts, int kind) =>
        new(counts[kind, 0], counts[kind, 1], counts[kind, 2], counts[kind, 3], counts[kind, 0] + counts[kind, 1] + counts[kind, 2] + counts[kind, 3]);
}
