using Gongkai.Reports.Model;

namespace Gongkai.Reports.Reading;

/// <summary>
/// The six section headings, found by their number and a tolerant match on their words
/// (<see cref="SectionWordings"/>), and the prose under each.
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

    /// <summary>
    /// A top-level heading on a line of its own: "一、总体情况", "5、 存在的主要问题及改进情况",
    /// "六、其他需说明事项", "第一部分 总体情况". Numbered, its words need only match tolerantly
    /// (<see cref="SectionWordings.RequiredWords"/>); unnumbered, only the form's own wording counts.
    /// </summary>
    public static SectionNumber? NumberOf(string text)
    {
        if (text.Length > 96) return null;
        string norm = Labels.Normalize(text);
        if (norm.Length == 0 || norm.Length > 32) return null;
        int numberLength = NumberPrefix(norm, out int number);
        if (numberLength == 0)
        {
            if (norm.StartsWith('(') || "一二三四五六123456".Contains(norm[0]) && norm.Length > 1 && !char.IsLetter(norm[1])) return null;
            foreach (var standard in Enum.GetValues<SectionNumber>())
                if (norm == ReportSection.StandardHeading(standard)[2..]) return standard;
            return null;
        }
        var byWords = ByWords(norm[numberLength..]);
        // "2、依申请公开情况" inside section 一 is a sub-heading; a digit counts only where it agrees ("5、存在的主要问题…").
        if (byWords is SectionNumber n && char.IsAsciiDigit(norm[0]) && (int)n != number) return null;
        return byWords;
    }

    /// <summary>The length of a section number ("五、", "5.", "第五部分", "第五章"), and the number it gives; 0 when none.</summary>
    private static int NumberPrefix(string norm, out int number)
    {
        number = 0;
        if (norm.Length >= 3 && norm[0] == '第' && "一二三四五六".Contains(norm[1]) && (norm[2] == '章' || norm[2..].StartsWith("部分", StringComparison.Ordinal)))
        {
            number = "一二三四五六".IndexOf(norm[1]) + 1;
            int length = norm[2] == '章' ? 3 : 4;
            while (length < norm.Length && norm[length] is ':' or '、' or '.') length++;
            return length;
        }
        if (norm.Length >= 2 && ("一二三四五六".Contains(norm[0]) || norm[0] is >= '1' and <= '6') && norm[1] is '、' or '.' or ',' or ':' or '．')
        {
            number = char.IsAsciiDigit(norm[0]) ? norm[0] - '0' : "一二三四五六".IndexOf(norm[0]) + 1;
            return 2;
        }
        return 0;
    }

    /// <summary>The section a heading's words (after its number) name, by the table of wordings and then by the required words.</summary>
    private static SectionNumber? ByWords(string rest)
    {
        foreach (var w in SectionWordings.All)
            if (rest == w.Text) return w.Number;
        foreach (var number in Enum.GetValues<SectionNumber>())
            if (HasRequiredWords(rest, number)) return number;
        return null;
    }

    private static bool HasRequiredWords(string text, SectionNumber number) =>
        SectionWordings.RequiredWords(number).All(any => any.Any(w => text.Contains(w, StringComparison.Ordinal)));

    private static readonly string[] HeadingEndings = ["情况", "事项", "措施", "计划", "打算", "方向", "安排", "概述", "问题"];

    /// <summary>
    /// Where a numbered heading runs into its paragraph ("一、总体情况2019年，在…"): the length, in
    /// <paramref name="text"/>, of the heading at <paramref name="at"/>, and its section; 0 when there is none.
    /// The heading's number must agree with its words, and a phrase followed by "、" or "，" is a list in
    /// prose ("一、总体情况、主动公开…"), not a heading.
    /// </summary>
    private static int RunInHeading(string text, int at, out SectionNumber section)
    {
        section = default;
        string head = Labels.Normalize(text.Length - at > 80 ? text.Substring(at, 80) : text[at..]);
        int numberLength = NumberPrefix(head, out int number);
        if (numberLength == 0) return 0;
        string rest = head[numberLength..];
        int words = 0;
        foreach (var w in SectionWordings.All)
            if ((int)w.Number == number && rest.StartsWith(w.Text, StringComparison.Ordinal) && w.Text.Length > words) words = w.Text.Length;
        if (words == 0)
            for (int end = 2; end <= Math.Min(rest.Length, 30) && words == 0; end++)
                if (HeadingEndings.Any(e => rest.AsSpan(0, end).EndsWith(e, StringComparison.Ordinal)) && HasRequiredWords(rest[..end], (SectionNumber)number))
                    words = end;
        if (words == 0) return 0;
        int stop = numberLength + words;
        if (stop < head.Length && head[stop] is '、' or ',' or '，' or ';' or '；' or '和' or '及' or '与') return 0;
        section = (SectionNumber)number;
        // Back from normalized to original characters: normalizing only drops white space and keeps one character for one.
        int consumed = 0, i = at;
        for (; i < text.Length && consumed < stop; i++)
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('\u3000' or '\u00A0' or '\u200B' or '\uFEFF')) consumed++;
        return i - at;
    }

    private static readonly string SentenceEnds = "。；;！!？?：:”\"）)";

    /// <summary>
    /// Splits a paragraph at every section heading that runs into text: at its start, or after the
    /// end of a sentence ("…不断提升。二、主动公开政府信息情况…", text copied from a page without its line breaks).
    /// </summary>
    public static List<string>? SplitRunIn(string text)
    {
        if (text.Length < 4 || NumberOf(text) is not null) return null;
        var cuts = new List<(int At, int Length)>();
        for (int i = 0; i < text.Length - 2; i++)
        {
            char c = text[i];
            if (!("一二三四五六".Contains(c) || i == 0 && c is >= '1' and <= '6' || c == '第')) continue;
            if (i > 0)
            {
                int p = i - 1;
                while (p >= 0 && char.IsWhiteSpace(text[p])) p--;
                if (p >= 0 && !SentenceEnds.Contains(text[p])) continue;
            }
            int length = RunInHeading(text, i, out _);
            if (length > 0) { cuts.Add((i, length)); i += length - 1; }
        }
        if (cuts.Count == 0 || cuts is [{ At: 0, Length: var whole }] && whole >= text.TrimEnd().Length) return null;
        var parts = new List<string>();
        int from = 0;
        foreach (var (at, length) in cuts)
        {
            if (at > from && text[from..at].Trim().Length > 0) parts.Add(text[from..at].Trim());
            parts.Add(text.Substring(at, length).Trim());
            from = at + length;
        }
        if (from < text.Length && text[from..].Trim().Length > 0) parts.Add(text[from..].Trim());
        return parts;
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
