using Gongkai.Core.Calendar;

namespace Gongkai.Cli.Calendar;

/// <summary>
/// The years an administrator loaded with <c>gongkai calendar load</c>, one <c>YEAR.json</c> each, in
/// <c>$GONGKAI_HOME/calendar</c> (else <c>$XDG_DATA_HOME/gongkai/calendar</c>, else
/// <c>~/.local/share/gongkai/calendar</c>). The CLI counts on the shipped calendar plus these years.
/// </summary>
internal sealed class CalendarStore(string directory)
{
    public string Directory { get; } = directory;

    public static CalendarStore FromEnvironment()
    {
        var home = Environment.GetEnvironmentVariable("GONGKAI_HOME");
        if (!string.IsNullOrEmpty(home))
        {
            return new CalendarStore(Path.Combine(home, "calendar"));
        }
        var data = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrEmpty(data))
        {
            data = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }
        return new CalendarStore(Path.Combine(data, "gongkai", "calendar"));
    }

    /// <summary>The shipped calendar with every stored year merged in.</summary>
    /// <exception cref="InputError">A stored file can no longer be read.</exception>
    public WorkdayCalendar Calendar()
    {
        var calendar = WorkdayCalendar.Default;
        if (!System.IO.Directory.Exists(Directory))
        {
            return calendar;
        }
        foreach (var file in System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal))
        {
            var read = WorkdayCalendar.FromJson(File.ReadAllText(file));
            if (read.Calendar is null)
            {
                throw new InputError($"已载入的日历文件 {file} 无法读取：{string.Join("；", read.Problems)}");
            }
            calendar = calendar.Merge(read.Calendar);
        }
        return calendar;
    }

    /// <summary>Stores each year of <paramref name="loaded"/> as its own file, replacing an earlier load of that year.</summary>
    public IReadOnlyList<string> Save(WorkdayCalendar loaded)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var written = new List<string>();
        foreach (var year in loaded.ScheduledYears)
        {
            var path = Path.Combine(Directory, $"{year}.json");
            File.WriteAllText(path, WorkdayCalendar.Unscheduled.WithYear(loaded.Schedule(year)!).ToJson());
            written.Add(path);
        }
        return written;
    }
}
