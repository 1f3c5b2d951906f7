namespace Gongkai.Core.Calendar;

/// <summary>
/// A number of working days (工作日), as the 条例 counts its periods. May be negative where it measures
/// how far a date lies past a deadline.
/// </summary>
/// <param name="Count">The number of working days.</param>
public readonly record struct WorkingDays(int Count) : IComparable<WorkingDays>
{
    /// <summary>No working days.</summary>
    public static WorkingDays Zero => default;

    /// <summary>Adds two counts.</summary>
    public static WorkingDays operator +(WorkingDays left, WorkingDays right) => new(left.Count + right.Count);

    /// <summary>Subtracts one count from another.</summary>
    public static WorkingDays operator -(WorkingDays left, WorkingDays right) => new(left.Count - right.Count);

    /// <summary>Compares two counts.</summary>
    public static bool operator <(WorkingDays left, WorkingDays right) => left.Count < right.Count;

    /// <summary>Compares two counts.</summary>
    public static bool operator >(WorkingDays left, WorkingDays right) => left.Count > right.Count;

    /// <summary>Compares two counts.</summary>
    public static bool operator <=(WorkingDays left, WorkingDays right) => left.Count <= right.Count;

    /// <summary>Compares two counts.</summary>
    public static bool operator >=(WorkingDays left, WorkingDays right) => left.Count >= right.Count;

    /// <inheritdoc />
    public int CompareTo(WorkingDays other) => Count.CompareTo(other.Count);

    /// <summary>The count in Chinese, e.g. "20个工作日".</summary>
    public override string ToString() => $"{Count}个工作日";
}
