namespace Gongkai.Core.Calendar;

/// <summary>A date computed by counting working days.</summary>
/// <param name="Date">The date reached.</param>
/// <param name="Estimated">
/// True where the count crossed a year with no State Council schedule, so weekends and the statutory
/// holidays were used (shown to users as <see cref="EstimateNote"/>).
/// </param>
public readonly record struct CalendarDate(DateOnly Date, bool Estimated)
{
    /// <summary>What staff are told beside a date that rests on an estimated year (never printed on a letter).</summary>
    public const string EstimateNote = "按法定节假日推算，待国务院公布安排";
}

/// <summary>A number of working days counted between two dates.</summary>
/// <param name="Days">The working days counted.</param>
/// <param name="Estimated">True where a year in the range had no State Council schedule.</param>
public readonly record struct CalendarCount(WorkingDays Days, bool Estimated);

/// <summary>What kind of day a date is in the working-day calendar.</summary>
public enum DayKind
{
    /// <summary>An ordinary Monday to Friday.</summary>
    WorkingDay,

    /// <summary>An ordinary Saturday or Sunday.</summary>
    Weekend,

    /// <summary>A Monday to Friday that the State Council's notice makes a day off (法定节假日, 休).</summary>
    PublicHoliday,

    /// <summary>A Saturday or Sunday that the notice makes a working day (调休上班日, 班).</summary>
    MakeUpWorkday,
}
