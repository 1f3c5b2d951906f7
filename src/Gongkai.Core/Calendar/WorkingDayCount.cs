namespace Gongkai.Core.Calendar;

/// <summary>
/// A number of working days (工作日), as the 条例 counts its periods. May be negative where it measures
/// how far a date lies past a deadline.
/// </summary>
/// <param name="Count">The number of working days.</param>
public readonly record struct WorkingDayCount(int Count) : IComparable<WorkingDayCount>
{
    /// <summary>No working days.</summary>
    public static WorkingDayCount Zero => default;

    /// <summary>Adds two counts.</summary>
    public static WorkingDayCount operator +(WorkingDayCount left, WorkingDayCount right) => new(left.Count + right.Count);

    /// <summary>Subtracts one count from another.</summary>
    public static WorkingDayCount operator -(WorkingDayCount left, WorkingDayCount right) => new(left.Count - right.Count);

    /// <summary>Compares two counts.</summary>
    public static bool operator <(WorkingDayCount left, WorkingDayCount right) => left.Count < right.Count;

    /// <summary>Compares two counts.</summary>
    public static bool operator >(WorkingDayCount left, WorkingDayCount right) => left.Count > right.Count;

    /// <summary>Compares two counts.</summary>
    public static bool operator <=(WorkingDayCount left, WorkingDayCount right) => left.Count <= right.Count;

    /// <summary>Compares two counts.</summary>
    public static bool operator >=(WorkingDayCount left, WorkingDayCount right) => left.Count >= right.Count;

    /// <inheritdoc />
    public int CompareTo(WorkingDayCount other) => Count.CompareTo(other.Count);

    /// <summary>The count in Chinese, e.g. "20个工作日".</summary>
    public override string ToString() => $"{Count}个工作日";
}
