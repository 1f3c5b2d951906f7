namespace Gongkai.Reports.Model;

/// <summary>
/// A 政府信息公开工作年度报告: who reports on which year, its tables (sections 二, 三, 四) and its
/// prose (sections 一, 五, 六). Cells keep blank (null) distinct from 0.
/// </summary>
public sealed record AnnualReport
{
    /// <summary>The layout most of the document's tables use.</summary>
    public ReportFormat Format { get; init; } = ReportFormat.V2021;
    public string? Agency { get; init; }
    /// <summary>The year reported on, not the year of publication.</summary>
    public int? Year { get; init; }
    /// <summary>The date of the closing 落款, else a printed 发布日期; null when the document has none.</summary>
    public DateOnly? PublishedOn { get; init; }
    public ActiveDisclosure Active { get; init; } = new();
    public RequestTable Requests { get; init; } = new();
    /// <summary>Section 四; null when the document has no such table.</summary>
    public ReviewAndLitigation? ReviewAndLitigation { get; init; }
    /// <summary>The layout of section 三 as the document has it; null when it cannot be told.</summary>
    public ReportFormat? RequestsLayout { get; init; }
    /// <summary>Paragraphs between the title and section 一 (the report's basis, its contents).</summary>
    public IReadOnlyList<string> Preface { get; init; } = [];
    /// <summary>The six sections, with the prose the document has under each heading.</summary>
    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    /// <summary>
    /// Cells the reader saw but could not read or place, as canonical JSON paths
    /// ("requests.rows.New[0]", "active.licensing.decisions", "sections.五"). They are null in the
    /// tables but are not blanks: no rule is judged on them. Not part of equality.
    /// </summary>
    public IReadOnlySet<string> UnreadCells { get; init; } = new HashSet<string>();

    public bool HasSection(SectionNumber number) => Sections.Any(s => s.Number == number);

    public ReportSection? Section(SectionNumber number) => Sections.FirstOrDefault(s => s.Number == number);

    public bool Equals(AnnualReport? other) =>
        other is not null && Format == other.Format && Agency == other.Agency && Year == other.Year
        && PublishedOn == other.PublishedOn && Active == other.Active && Requests.Equals(other.Requests)
        && ReviewAndLitigation == other.ReviewAndLitigation && RequestsLayout == other.RequestsLayout
        && Preface.SequenceEqual(other.Preface) && Sections.SequenceEqual(other.Sections);

    public override int GetHashCode() => HashCode.Combine(Format, Agency, Year, PublishedOn, Requests);
}

/// <summary>The six sections of every report, in order.</summary>
public enum SectionNumber { 一 = 1, 二, 三, 四, 五, 六 }

/// <summary>A section heading and its prose paragraphs (tables are in the report's typed fields).</summary>
public sealed record ReportSection(SectionNumber Number, string Heading, IReadOnlyList<string> Paragraphs)
{
    public bool Equals(ReportSection? other) =>
        other is not null && Number == other.Number && Heading == other.Heading && Paragraphs.SequenceEqual(other.Paragraphs);

    public override int GetHashCode() => HashCode.Combine(Number, Heading);

    /// <summary>The heading as the form words it.</summary>
    public static string StandardHeading(SectionNumber number) => number switch
    {
        SectionNumber.一 => "一、总体情况",
        SectionNumber.二 => "二、主动公开政府信息情况",
        SectionNumber.三 => "三、收到和处理政府信息公开申请情况",
        SectionNumber.四 => "四、政府信息公开行政复议、行政诉讼情况",
        SectionNumber.五 => "五、存在的主要问题及改进情况",
        _ => "六、其他需要报告的事项",
    };
}
