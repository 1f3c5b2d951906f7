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

    /// <summary>Each table of sections 二 and 三 whose layout can be told, named by its JSON keys.</summary>
    public static IEnumerable<(string Name, ReportFormat Layout)> TableLayouts(this AnnualReport report)
    {
        var a = report.Active;
        var item1 = a.Regulations?.Layout ?? a.NormativeDocuments?.Layout;
        if (item1 is ReportFormat l1) yield return (Keys(("regulations", a.Regulations), ("normativeDocuments", a.NormativeDocuments)), l1);
        var item5 = a.OtherServices is not null ? ReportFormat.V2019 : a.Licensing?.Layout;
        if (item5 is ReportFormat l5) yield return (Keys(("licensing", a.Licensing), ("otherServices", a.OtherServices)), l5);
        var item6 = a.Penalty?.Layout ?? a.Coercion?.Layout;
        if (item6 is ReportFormat l6) yield return (Keys(("penalty", a.Penalty), ("coercion", a.Coercion)), l6);
        if (a.Fees is not null) yield return ("fees", a.Fees.Layout);
        if (a.Procurement is not null) yield return ("procurement", ReportFormat.V2019);
        if (report.RequestsLayout is ReportFormat lr) yield return ("requests", lr);
    }

    private static string Keys(params (string Key, object? Value)[] rows) =>
        string.Join(",", rows.Where(r => r.Value is not null).Select(r => r.Key));
}
