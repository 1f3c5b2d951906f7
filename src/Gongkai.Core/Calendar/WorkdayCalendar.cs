using System.Globalization;
using System.Text.Json;

namespace Gongkai.Core.Calendar;

/// <summary>
/// The Chinese working-day calendar: Monday to Friday are working days and weekends are not, except
/// where the State Council's yearly notice makes a weekday a public holiday (休) or a weekend day a
/// make-up working day (调休上班日, 班). Immutable; adding a year gives a new calendar.
/// </summary>
/// <remarks>
/// A year with no schedule is estimated: weekends plus the statutory holidays of
/// 《全国年节及纪念日放假办法》 (<see cref="StatutoryHolidays"/>), and every count that crossed such a year
/// says so (<see cref="CalendarDate.Estimated"/>). All questions are answered by a few array lookups: the
/// calendar keeps, for each day of <see cref="FirstYear"/>–<see cref="LastYear"/>, how many working days
/// precede it, and for each working day its position.
/// </remarks>
public sealed class WorkdayCalendar
{
    /// <summary>The first year the calendar can count in.</summary>
    public const int FirstYear = 2000;

    /// <summary>The last year the calendar can count in.</summary>
    public const int LastYear = 2099;

    private const string ResourceName = "Gongkai.Core.Calendar.cn-workday-calendar.json";
    private static readonly DateOnly RangeStart = new(FirstYear, 1, 1);
    private static readonly DateOnly RangeEnd = new(LastYear, 12, 31);
    private static readonly int RangeStartDayNumber = RangeStart.DayNumber;
    private static readonly Lazy<WorkdayCalendar> DefaultCalendar = new(LoadDefault);
    private static readonly Lazy<DateOnly[][]> EstimatedHolidays = new(() =>
        Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(y => StatutoryHolidays.Weekdays(y).ToArray()).ToArray());

    private readonly SortedDictionary<int, YearSchedule> _years;
    private readonly DayKind[] _kinds;
    // _ordinals[i]: working days from RangeStart up to and including day i.
    private readonly int[] _ordinals;
    // _workingDayIndex[k]: day index of the k-th working day (k from 1).
    private readonly int[] _workingDayIndex;
    private readonly bool[] _scheduled;

    private WorkdayCalendar(SortedDictionary<int, YearSchedule> years)
    {
        _years = years;
        int length = RangeEnd.DayNumber - RangeStartDayNumber + 1;
        _kinds = new DayKind[length];
        _ordinals = new int[length];
        _scheduled = new bool[LastYear - FirstYear + 1];
        foreach (var year in years.Keys)
        {
            _scheduled[year - FirstYear] = true;
        }

        var workingDays = new List<int>(length) { -1 };
        for (int i = 0; i < length; i++)
        {
            _kinds[i] = YearSchedule.IsWeekend(RangeStart.AddDays(i)) ? DayKind.Weekend : DayKind.WorkingDay;
        }
        for (int year = FirstYear; year <= LastYear; year++)
        {
            if (!_scheduled[year - FirstYear])
            {
                foreach (var day in EstimatedHolidays.Value[year - FirstYear])
                {
                    _kinds[Index(day)] = DayKind.PublicHoliday;
                }
            }
        }
        foreach (var schedule in years.Values)
        {
            // A stray date of another year (which Validate reports) must not change that year.
            foreach (var day in schedule.Holidays.Where(d => d.Year == schedule.Year))
            {
                _kinds[Index(day)] = DayKind.PublicHoliday;
            }
            foreach (var day in schedule.Workdays.Where(d => d.Year == schedule.Year))
            {
                _kinds[Index(day)] = DayKind.MakeUpWorkday;
            }
        }
        int ordinal = 0;
        for (int i = 0; i < length; i++)
        {
            if (_kinds[i] is DayKind.WorkingDay or DayKind.MakeUpWorkday)
            {
                ordinal++;
                workingDays.Add(i);
            }
            _ordinals[i] = ordinal;
        }
        _workingDayIndex = workingDays.ToArray();
    }

    /// <summary>
    /// The official schedule shipped with Gongkai (the State Council's notices for 2019–2026). Later years
    /// are added with <see cref="WithYear"/> or <see cref="Merge"/>.
    /// </summary>
    public static WorkdayCalendar Default => DefaultCalendar.Value;

    /// <summary>A calendar with no schedule at all: every year estimated (weekends and statutory holidays).</summary>
    public static WorkdayCalendar Unscheduled { get; } = new(new SortedDictionary<int, YearSchedule>());

    /// <summary>The years that have a State Council schedule, in order.</summary>
    public IReadOnlyCollection<int> ScheduledYears => _years.Keys;

    /// <summary>
    /// Whether <paramref name="year"/> has a State Council schedule; otherwise it is estimated from weekends
    /// and the statutory holidays (<see cref="StatutoryHolidays"/>), without the make-up working days.
    /// </summary>
    public bool HasSchedule(int year) => _years.ContainsKey(year);

    /// <summary>The schedule of <paramref name="year"/>, or null when the year has none.</summary>
    public YearSchedule? Schedule(int year) => _years.GetValueOrDefault(year);

    /// <summary>
    /// Reads schedules in the shape of <c>cn-workday-calendar.json</c>:
    /// <c>{"years": {"2027": {"holidays": ["2027-01-01", …], "workdays": ["2027-02-06", …]}}}</c>.
    /// A file that cannot be read gives no calendar and the problems, in Chinese; a readable one gives a
    /// calendar holding only its years, to be checked with <see cref="Validate"/> and added with <see cref="Merge"/>.
    /// </summary>
    public static CalendarReadResult FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new List<CalendarProblem>();
        var years = new SortedDictionary<int, YearSchedule>();
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("years", out var yearsElement)
                || yearsElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new CalendarProblem(null, "文件缺少 \"years\" 对象（格式同 cn-workday-calendar.json）"));
                return new CalendarReadResult(null, problems);
            }
            foreach (var property in yearsElement.EnumerateObject())
            {
                if (!int.TryParse(property.Name, NumberStyles.None, CultureInfo.InvariantCulture, out int year)
                    || year is < FirstYear or > LastYear)
                {
                    problems.Add(new CalendarProblem(null, $"\"{property.Name}\" 不是{FirstYear}至{LastYear}之间的年份"));
                    continue;
                }
                var holidays = ReadDates(property.Value, "holidays", year, problems);
                var workdays = ReadDates(property.Value, "workdays", year, problems);
                if (holidays is not null && workdays is not null)
                {
                    years[year] = new YearSchedule(year, holidays, workdays);
                }
            }
        }
        catch (JsonException e)
        {
            problems.Add(new CalendarProblem(null, $"不是有效的 JSON：{e.Message}"));
        }
        if (problems.Count == 0 && years.Count == 0)
        {
            problems.Add(new CalendarProblem(null, "文件中没有任何年份的安排"));
        }
        return problems.Count == 0 ? new CalendarReadResult(new WorkdayCalendar(years), problems) : new CalendarReadResult(null, problems);
    }

    /// <summary>Writes the calendar's schedules in the shape <see cref="FromJson"/> reads.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("years");
            foreach (var schedule in _years.Values)
            {
                writer.WriteStartObject(schedule.Year.ToString(CultureInfo.InvariantCulture));
                WriteDates(writer, "holidays", schedule.Holidays);
                WriteDates(writer, "workdays", schedule.Workdays);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A calendar with <paramref name="schedule"/> added, replacing any schedule of the same year.</summary>
    public WorkdayCalendar WithYear(YearSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentOutOfRangeException.ThrowIfLessThan(schedule.Year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(schedule.Year, LastYear);
        var years = new SortedDictionary<int, YearSchedule>(_years) { [schedule.Year] = schedule };
        return new WorkdayCalendar(years);
    }

    /// <summary>
    /// A calendar with every year of <paramref name="other"/> added; where both have a year, the one in
    /// <paramref name="other"/> wins (a corrected notice replaces the old one).
    /// </summary>
    public WorkdayCalendar Merge(WorkdayCalendar other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var years = new SortedDictionary<int, YearSchedule>(_years);
        foreach (var (year, schedule) in other._years)
        {
            years[year] = schedule;
        }
        return new WorkdayCalendar(years);
    }

    /// <summary>The problems of every year's schedule (see <see cref="YearSchedule.Validate"/>); empty when sound.</summary>
    public IReadOnlyList<CalendarProblem> Validate() => _years.Values.SelectMany(s => s.Validate()).ToArray();

    /// <summary>What kind of day <paramref name="date"/> is.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="FirstYear"/>–<see cref="LastYear"/>.</exception>
    public DayKind Kind(DateOnly date) => _kinds[CheckedIndex(date)];

    /// <summary>Whether <paramref name="date"/> is a working day (a weekday that is not a holiday, or a make-up workday).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside <see cref="FirstYear"/>–<see cref="LastYear"/>.</exception>
    public bool IsWorkingDay(DateOnly date) => _kinds[CheckedIndex(date)] is DayKind.WorkingDay or DayKind.MakeUpWorkday;

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="start"/>, the start itself not
    /// counted (a period "自…之日起N个工作日" ends there). Zero days gives <paramref name="start"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative days, or a date outside the calendar's years.</exception>
    public CalendarDate AddWorkingDays(DateOnly start, WorkingDays days) => AddWorkingDays(start, days.Count);

    /// <inheritdoc cref="AddWorkingDays(DateOnly, WorkingDays)"/>
    public CalendarDate AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days == 0)
        {
            return new CalendarDate(start, false);
        }
        int target = _ordinals[CheckedIndex(start)] + days;
        if (target >= _workingDayIndex.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, $"日期超出日历范围（{FirstYear}–{LastYear}年）");
        }
        var end = RangeStart.AddDays(_workingDayIndex[target]);
        return new CalendarDate(end, CountsInUnscheduledYear(start, end));
    }

    /// <summary>
    /// The working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative
    /// when <paramref name="to"/> is earlier. So <c>WorkingDaysBetween(d, AddWorkingDays(d, n).Date)</c> is n.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A date outside the calendar's years.</exception>
    public CalendarCount WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        int count = _ordinals[CheckedIndex(to)] - _ordinals[CheckedIndex(from)];
        bool estimated = from <= to ? CountsInUnscheduledYear(from, to) : CountsInUnscheduledYear(to, from);
        return new CalendarCount(new WorkingDays(count), estimated);
    }

    /// <summary>
    /// Whether a date counted from <paramref name="from"/> to <paramref name="to"/> rests on an estimated
    /// year (one of the days after <paramref name="from"/> up to <paramref name="to"/> lies in a year with
    /// no schedule). A case's due date is estimated when this holds from its receipt to its due date.
    /// </summary>
    public bool RestsOnEstimate(DateOnly from, DateOnly to) => from <= to ? CountsInUnscheduledYear(from, to) : CountsInUnscheduledYear(to, from);

    // The days counted are those after `after` up to and including `last`; `after` itself is not looked at.
    private bool CountsInUnscheduledYear(DateOnly after, DateOnly last)
    {
        if (after == last)
        {
            return false;
        }
        for (int year = after.AddDays(1).Year; year <= last.Year; year++)
        {
            if (!_scheduled[year - FirstYear])
            {
                return true;
            }
        }
        return false;
    }

    private static bool InRange(DateOnly date) => date >= RangeStart && date <= RangeEnd;

    private static int Index(DateOnly date) => date.DayNumber - RangeStartDayNumber;

    private static int CheckedIndex(DateOnly date)
    {
        if (!InRange(date))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"日期超出日历范围（{FirstYear}–{LastYear}年）");
        }
        return Index(date);
    }

    private static List<DateOnly>? ReadDates(JsonElement year, string name, int yearNumber, List<CalendarProblem> problems)
    {
        if (year.ValueKind != JsonValueKind.Object || !year.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new CalendarProblem(null, $"{yearNumber}年缺少 \"{name}\" 日期列表"));
            return null;
        }
        var dates = new List<DateOnly>();
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(item.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates.Add(date);
            }
            else
            {
                problems.Add(new CalendarProblem(null, $"{yearNumber}年 \"{name}\" 中的 {item.GetRawText()} 不是 yyyy-MM-dd 格式的日期"));
            }
        }
        return dates;
    }

    private static void WriteDates(Utf8JsonWriter writer, string name, IReadOnlyList<DateOnly> dates)
    {
        writer.WriteStartArray(name);
        foreach (var date in dates)
        {
            writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        writer.WriteEndArray();
    }

    private static WorkdayCalendar LoadDefault()
    {
        using var stream = typeof(WorkdayCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded calendar {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        var result = FromJson(reader.ReadToEnd());
        return result.Calendar ?? throw new InvalidOperationException(
            "The embedded calendar cannot be read: " + string.Join("; ", result.Problems));
    }
}

/// <summary>The result of reading a schedule file: a calendar, or the problems that kept it from being read.</summary>
/// <param name="Calendar">The calendar holding the file's years; null when the file could not be read.</param>
/// <param name="Problems">What was wrong, in Chinese; empty when the file was read.</param>
public sealed record CalendarReadResult(WorkdayCalendar? Calendar, IReadOnlyList<CalendarProblem> Problems)
{
    /// <summary>Whether the file was read.</summary>
    public bool Succeeded => Calendar is not null;
}
