namespace Gongkai.Reports.Model;

/// <summary>Section 四: administrative review and litigation about disclosure decisions.</summary>
public sealed record ReviewAndLitigation(AppealCounts Review, AppealCounts LawsuitDirect, AppealCounts LawsuitAfterReview)
{
    public static readonly ReviewAndLitigation Blank = new(AppealCounts.Blank, AppealCounts.Blank, AppealCounts.Blank);

    public IEnumerable<(AppealGroup Group, AppealCounts Counts)> Groups =>
        [(AppealGroup.Review, Review), (AppealGroup.LawsuitDirect, LawsuitDirect), (AppealGroup.LawsuitAfterReview, LawsuitAfterReview)];
}

public enum AppealGroup { Review, LawsuitDirect, LawsuitAfterReview }

/// <summary>结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计; null where blank.</summary>
public sealed record AppealCounts(int? Upheld, int? Corrected, int? OtherResult, int? Pending, int? Total)
{
    public static readonly AppealCounts Blank = new(null, null, null, null, null);

    public bool HasBlank => Upheld is null || Corrected is null || OtherResult is null || Pending is null || Total is null;

    public int?[] Cells => [Upheld, Corrected, OtherResult, Pending, Total];

    public static AppealCounts FromCells(IReadOnlyList<int?> c) => new(c[0], c[1], c[2], c[3], c[4]);

    public static readonly string[] ChineseLabels = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
    public static readonly string[] Keys = ["Upheld", "Corrected", "OtherResult", "Pending", "Total"];
}

public static class AppealGroups
{
    /// <summary>The JSON key: review, lawsuitDirect, lawsuitAfterReview.</summary>
    public static string Key(this AppealGroup group) => group switch
    {
        AppealGroup.Review => "review",
        AppealGroup.LawsuitDirect => "lawsuitDirect",
        _ => "lawsuitAfterReview",
    };

    public static string ChineseLabel(this AppealGroup group) => group switch
    {
        AppealGroup.Review => "行政复议",
        AppealGroup.LawsuitDirect => "行政诉讼（未经复议直接起诉）",
        _ => "行政诉讼（复议后起诉）",
    };
}
