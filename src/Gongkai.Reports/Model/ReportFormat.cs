namespace Gongkai.Reports.Model;

/// <summary>The national layout a report (or one of its tables) uses.</summary>
public enum ReportFormat
{
    /// <summary>国办公开办函〔2019〕60号: reports on 2019 and 2020.</summary>
    V2019,
    /// <summary>国办公开办函〔2021〕30号: reports on 2021 and later.</summary>
    V2021,
}

public static class ReportFormats
{
    /// <summary>The layout the notices prescribe for a reported year.</summary>
    public static ReportFormat ForYear(int year) => year >= 2021 ? ReportFormat.V2021 : ReportFormat.V2019;

    public static string ChineseName(this ReportFormat format) => format switch
    {
        ReportFormat.V2019 => "国办公开办函〔2019〕60号格式",
        _ => "国办公开办函〔2021〕30号格式",
    };
}
