namespace Gongkai.Reports.Model;

/// <summary>
/// How real reports word the six section headings, each with the document it came from, and the
/// words a heading must have to count as a section when its wording is not in the table. The
/// reader finds sections with it; the checker cites it when a section is missing. It is in the
/// model, not in the reader, because both use it.
/// </summary>
public static class SectionWordings
{
    /// <summary>A heading's wording after its number, and where it was seen.</summary>
    public sealed record Wording(SectionNumber Number, string Text, string Source);

    private const string Form2021 = "国办公开办函〔2021〕30号格式";
    private const string Issue11 = "县、市政府部门2019–2025年报告（issue 11）";

    public static readonly IReadOnlyList<Wording> All =
    [
        new(SectionNumber.一, "总体情况", Form2021),
        new(SectionNumber.一, "概述", Issue11),
        new(SectionNumber.一, "基本情况", Issue11),
        new(SectionNumber.二, "主动公开政府信息情况", Form2021),
        new(SectionNumber.二, "主动公开情况", Issue11),
        new(SectionNumber.三, "收到和处理政府信息公开申请情况", Form2021),
        new(SectionNumber.三, "依申请公开政府信息情况", Issue11),
        new(SectionNumber.三, "依申请公开情况", Issue11),
        new(SectionNumber.四, "政府信息公开行政复议、行政诉讼情况", Form2021),
        new(SectionNumber.四, "因政府信息公开申请行政复议、提起行政诉讼的情况", Issue11 + "，沿用2008年格式"),
        new(SectionNumber.四, "政府信息公开行政复议和行政诉讼情况", Issue11),
        new(SectionNumber.五, "存在的主要问题及改进情况", Form2021),
        new(SectionNumber.五, "存在的主要问题及明年工作计划", Issue11),
        new(SectionNumber.五, "存在问题及改进措施", Issue11),
        new(SectionNumber.五, "存在的主要问题和改进措施", Issue11),
        new(SectionNumber.六, "其他需要报告的事项", Form2021),
        new(SectionNumber.六, "其他需说明事项", "互助县自然资源局2021年报告（seed 002）"),
        new(SectionNumber.六, "其他需说明的事项", Issue11),
        new(SectionNumber.六, "其他需要说明的事项", Issue11),
    ];

    /// <summary>
    /// The words a numbered heading worded otherwise must have: each inner array is a set of
    /// alternatives of which one must occur.
    /// </summary>
    public static string[][] RequiredWords(SectionNumber number) => number switch
    {
        SectionNumber.一 => [["总体情况", "概述", "基本情况", "总体工作情况"]],
        SectionNumber.二 => [["主动公开"]],
        SectionNumber.三 => [["收到和处理", "依申请公开", "公开申请情况", "公开申请办理情况"]],
        SectionNumber.四 => [["行政复议", "行政诉讼"]],
        SectionNumber.五 => [["问题", "不足"], ["改进", "措施", "整改", "计划", "打算", "下一步", "方向", "安排", "举措"]],
        _ => [["其他"], ["事项", "需要报告", "需说明", "需要说明"]],
    };

    /// <summary>What the reader searched for, in words, for a section.missing finding.</summary>
    public static string SearchedFor(SectionNumber number) =>
        $"以“{number}、”（或“{(int)number}、”“第{number}部分”）开头、"
        + string.Join("并", RequiredWords(number).Select(any => any.Length == 1 ? $"含“{any[0]}”" : $"含“{string.Join("”“", any)}”之一"))
        + "的标题";
}
