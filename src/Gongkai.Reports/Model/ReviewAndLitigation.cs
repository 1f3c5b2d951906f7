namespace Gongkai.Reports.Model;

/// <summary>Section 四: administrative review and litigation about disclosure decisions.</summary>
public sealed record ReviewAndLitigation(RemedyCounts AdministrativeReview, RemedyCounts LawsuitDirect, RemedyCounts LawsuitAfterReview)
{
    public static readonly ReviewAndLitigation Blank = new(RemedyCounts.Blank, RemedyCounts.Blank, RemedyCounts.Blank);

    public IEnumerable<(RemedyGroup Group, RemedyCounts Counts)> Groups =>
        [(RemedyGroup.AdministrativeReview, AdministrativeReview), (RemedyGroup.LawsuitDirect, LawsuitDirect), (RemedyGroup.LawsuitAfterReview, LawsuitAfterReview)];
}

/// <summary>The three remedies (救济) of section 四: 行政复议, 行政诉讼 without review first, 行政诉讼 after review.</summary>
public enum RemedyGroup { AdministrativeReview, LawsuitDirect, LawsuitAfterReview }

/// <summary>The results of one remedy: 结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计; null where blank.</summary>
public sealed record RemedyCounts(int? Upheld, int? Corrected, int? OtherResult, int? Pending, int? Total)
{
    public static readonly RemedyCounts Blank = new(null, null, null, null, null);

    public bool HasBlank => Upheld is null || Corrected is null || OtherResult is null || Pending is null || Total is null;

    public int?[] Cells => [Upheld, Corrected, OtherResult, Pending, Total];

    public static RemedyCounts FromCells(IReadOnlyList<int?> c) => new(c[0], c[1], c[2], c[3], c[4]);

    public static readonly string[] ChineseLabels = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
    public static readonly string[] Keys = ["Upheld", "Corrected", "OtherResult", "Pending", "Total"];
}

public static class RemedyGroups
{
    /// <summary>The JSON key: review, lawsuitDirect, lawsuitAfterReview.</summary>
    public static string Key(this RemedyGroup group) => group switch
    {
        RemedyGroup.AdministrativeReview => "review",
        RemedyGroup.LawsuitDirect => "lawsuitDirect",
        _ => "lawsuitAfterReview",
    };

    public static string ChineseLabel(this RemedyGroup group) => group switch
    {
        RemedyGroup.AdministrativeReview => "行政复议",
        RemedyGroup.LawsuitDirect => "行政诉讼（未经复议直接起诉）",
        _ => "行政诉讼（复议后起诉）",
    };
}
