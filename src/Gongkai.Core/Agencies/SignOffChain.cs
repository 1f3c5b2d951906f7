namespace Gongkai.Core.Agencies;

/// <summary>
/// The levels a reply or notice passes after the clerk drafts it (经办人 → 审核人 → 负责人), each a
/// role that approves or returns the draft. At least one level; roles in rising order.
/// </summary>
public sealed class SignOffChain
{
    private SignOffChain(IReadOnlyList<StaffRole> levels) => Levels = levels;

    /// <summary>The approving roles in order.</summary>
    public IReadOnlyList<StaffRole> Levels { get; }

    /// <summary>The usual single level: the reviewer.</summary>
    public static SignOffChain Default { get; } = new([StaffRole.Reviewer]);

    /// <summary>Reads "Reviewer", "Head" or "Reviewer,Head"; null for anything else.</summary>
    public static SignOffChain? Parse(string? text)
    {
        var parts = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var levels = new List<StaffRole>();
        foreach (var part in parts)
        {
            if (!Enum.TryParse<StaffRole>(part, out var role) || role is not (StaffRole.Reviewer or StaffRole.Head)
                || (levels.Count > 0 && levels[^1] >= role))
            {
                return null;
            }

            levels.Add(role);
        }

        return levels.Count == 0 ? null : new SignOffChain(levels);
    }

    /// <summary>The role whose approval is due after <paramref name="approvals"/> approvals; null once all have approved.</summary>
    public StaffRole? Next(int approvals) => approvals < Levels.Count ? Levels[approvals] : null;

    /// <summary>
    /// Whether a staff member of <paramref name="role"/> may give the next approval: the level's role or a
    /// higher one (a Head may review), never the clerk who drafted it.
    /// </summary>
    public bool MayApprove(StaffRole role, int approvals, bool isDrafter) =>
        !isDrafter && Next(approvals) is { } next && role >= next && role != StaffRole.Administrator;

    /// <summary>The chain as stored.</summary>
    public override string ToString() => string.Join(",", Levels);

    /// <summary>In Chinese, e.g. 经办人 → 审核人 → 负责人.</summary>
    public string ChineseLabel() => string.Join(" → ", Levels.Select(r => r == StaffRole.Head ? "负责人" : "审核人").Prepend("经办人"));
}
