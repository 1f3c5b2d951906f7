using Gongkai.Reports.Model;

namespace Gongkai.Reports.Reading;

/// <summary>
/// The six section headings, found by their number and a tolerant match on their words
/// (<see cref="Labels.SectionWordings"/>), and the prose under each.
/// </summary>
internal static class SectionHeadings
{
    public readonly record struct Heading(SectionNumber Number, int Index);

    public static List<Heading> FindHeadings(List<Line> lines)
    {
        var found = new List<Heading>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].Block is not SourceParagraph p) continue;
            if (NumberOf(p.Text) is SectionNumber n && !found.Any(h => h.Number == n))
                found.Add(new Heading(n, i));
        }
        return found;
    }

    /// <summary>A top-level heading: "一、总体情况", "5、 存在的主要问题及改进情况", "六、其他需说明事项".</summary>
    public static SectionNumber? NumberOf(string text)
    {
        if (text.Length > 96) return null;
        string norm = Labels.Normalize(text);
        if (norm.Length == 0 || norm.Length > 32) return null;
        int i = 0;
        while (i < norm.Length && ("一二三四五六".Contains(norm[i]) || char.IsAsciiDigit(norm[i]))) i++;
        bool numbered = i is 1 && i < norm.Length && norm[i] is '、' or '.' or ',' or ':' or '．';
        string rest = numbered ? norm[(i + 1)..] : norm;
        // "第一部分 总体情况" and "第一章" number sections too.
        if (!numbered && norm.Length > 4 && norm[0] == '第' && "一二三四五六".Contains(norm[1]) && (norm[2..].StartsWith("部分") || norm[2] == '章'))
        {
            numbered = true;
            i = 0;
            rest = norm[(norm[2] == '章' ? 3 : 4)..].TrimStart(':', '、', '.');
        }
        if (!numbered && (norm.StartsWith('(') || i > 0)) return null;
        SectionNumber? n =
            rest.Contains("总体情况") || rest == "概述" ? SectionNumber.一
            : rest.Contains("主动公开") ? SectionNumber.二
            : rest.Contains("收到和处理") || rest.Contains("依申请公开") || rest.Contains("公开申请情况") ? SectionNumber.三
            : rest.Contains("行政复议") || rest.Contains("行政诉讼") ? SectionNumber.四
            : rest.Contains("问题") && (rest.Contains("改进") || rest.Contains("措施") || rest.Contains("整改") || rest.Contains("不足")) ? SectionNumber.五
            : rest.Contains("其他需要报告") || rest.Contains("其他需说明") || rest.Contains("其他需要说明") || rest.Contains("其他事项") || rest.Contains("需要报告的事项") ? SectionNumber.六
            : null;
        if (n is null) return null;
        // Without a number, only the form's own wording counts as a heading.
        if (!numbered && rest != ReportSection.StandardHeading(n.Value)[2..]) return null;
        return n;
    }

    public static List<ReportSection> ReadSections(List<Line> lines, List<Heading> headings)
    {
        var ordered = headings.OrderBy(h => h.Index).ToList();
        var sections = new List<ReportSection>();
        for (int k = 0; k < ordered.Count; k++)
        {
            int from = ordered[k].Index + 1, to = k + 1 < ordered.Count ? ordered[k + 1].Index : lines.Count;
            var paragraphs = new List<string>();
            for (int i = from; i < to; i++)
                if (lines[i].Block is SourceParagraph p && !lines[i].Consumed && p.Text.Trim().Length > 0)
                    paragraphs.Add(p.Text.Trim());
            sections.Add(new ReportSection(ordered[k].Number, ((SourceParagraph)lines[ordered[k].Index].Block).Text.Trim(), paragraphs));
        }
        return [.. sections.OrderBy(s => s.Number)];
    }
}
