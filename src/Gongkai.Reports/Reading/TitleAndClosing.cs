using Gongkai.Reports.Model;

namespace Gongkai.Reports.Reading;

/// <summary>The title block (agency, year) and the closing 落款 (agency, date of publication).</summary>
internal static class TitleAndClosing
{
    public static (string? Agency, int? Year) ReadTitle(List<Line> lines, List<SectionHeadings.Heading> headings, out int titleEnd)
    {
        int limit = headings.Count > 0 ? headings.Min(h => h.Index) : lines.Count;
        var parts = new List<string>();
        titleEnd = 0;
        for (int i = 0; i < Math.Min(limit, lines.Count) && parts.Count < 4; i++)
        {
            if (lines[i].Block is not SourceParagraph p) break;
            string norm = Labels.Normalize(p.Text);
            if (norm.Length == 0) continue;
            if (norm.Length > 60) break;
            parts.Add(norm);
            lines[i].Consumed = true;
            titleEnd = i + 1;
            if (norm.Contains("报告")) break;
        }
        if (parts.Count == 0 || !parts[^1].Contains("报告"))
        {
            foreach (var l in lines.Take(titleEnd)) l.Consumed = false;
            titleEnd = 0;
            return (null, null);
        }
        string title = string.Concat(parts);
        var m = Dates.YearRegex().Match(title);
        if (!m.Success) return (AgencyFrom(title.Replace("政府信息公开工作年度报告", "").Replace("政府信息公开年度工作报告", "")), null);
        int year = Dates.ParseYear(m.Groups["y"].Value);
        string before = title[..m.Index];
        string after = title[(m.Index + m.Length)..];
        if (after.StartsWith('度')) after = after[1..];
        string? agency = AgencyFrom(before);
        if (agency is null)
        {
            int end = after.IndexOf("政府信息公开", StringComparison.Ordinal);
            agency = AgencyFrom(end > 0 ? after[..end] : null);
        }
        return (agency, year);
    }

    /// <summary>A title without a year: the first "YYYY年" of the opening paragraphs ("2021年，我局…").</summary>
    public static int? YearInPreface(List<Line> lines, int from)
    {
        int seen = 0;
        for (int i = from; i < lines.Count && seen < 3; i++)
        {
            if (lines[i].Block is not SourceParagraph p) continue;
            seen++;
            var m = Dates.YearRegex().Match(Labels.Normalize(p.Text));
            if (m.Success) return Dates.ParseYear(m.Groups["y"].Value);
        }
        return null;
    }

    private static string? AgencyFrom(string? text)
    {
        if (text is null) return null;
        string s = text.Trim();
        if (s.StartsWith("关于", StringComparison.Ordinal)) s = s[2..];
        if (s.EndsWith("关于", StringComparison.Ordinal)) s = s[..^2];   // "某某局关于2021年…的报告"
        s = s.TrimEnd('的', '_', '-', ':', '(', '《');
        return s.Length >= 2 ? s : null;
    }

    /// <summary>
    /// Where the 落款 starts in a last paragraph that ends with it after a sentence
    /// ("…事项。互助县自然资源局2022年1月6日"); null when the paragraph does not end so.
    /// </summary>
    public static int? ClosingRunIn(string text)
    {
        string trimmed = text.TrimEnd();
        int sentenceEnd = trimmed.LastIndexOfAny(['。', '；', '！']);
        if (sentenceEnd < 0 || sentenceEnd == trimmed.Length - 1) return null;
        string tail = trimmed[(sentenceEnd + 1)..];
        if (tail.Trim().Length > 40 || Dates.Find(tail, out int at, out int length) is null) return null;
        return at + length == Labels.Normalize(tail).Length ? sentenceEnd + 1 : null;
    }

    /// <summary>A date alone on a line between the title and section 一 ("2024年1月25日", "（2024年1月25日）"): the date of publication when the end has none.</summary>
    public static DateOnly? DateInTitleBlock(List<Line> lines, int titleEnd, List<SectionHeadings.Heading> headings)
    {
        int end = Math.Min(headings.Count > 0 ? headings.Min(h => h.Index) : lines.Count, titleEnd + 4);
        for (int i = titleEnd; i < end; i++)
        {
            if (lines[i].Block is not SourceParagraph p) continue;
            string s = Labels.Normalize(p.Text).Trim('(', ')');
            if (Dates.Whole(s) is DateOnly date) { lines[i].Consumed = true; return date; }
        }
        return null;
    }

    private static readonly string[] DisclosureMarkers = ["主动公开", "此件公开发布", "此件主动公开", "依申请公开", "公开方式", "此页无正文"];

    public static (DateOnly? Date, string? Agency) ReadClosing(List<Line> lines)
    {
        int seen = 0;
        for (int i = lines.Count - 1; i >= 0 && seen < 6; i--)
        {
            if (lines[i].Block is not SourceParagraph p) break;
            string norm = Labels.Normalize(p.Text);
            if (norm.Length == 0) continue;
            seen++;
            if (norm.Length <= 16 && DisclosureMarkers.Any(norm.Contains)) { lines[i].Consumed = true; continue; }
            if (Dates.Whole(p.Text) is DateOnly date)
            {
                lines[i].Consumed = true;
                string? agency = null;
                for (int j = i - 1; j >= 0 && j >= i - 2; j--)
                {
                    if (lines[j].Block is not SourceParagraph q) break;
                    string qn = Labels.Normalize(q.Text);
                    if (qn.Length == 0) continue;
                    if (qn.Length <= 30 && !qn.Contains('，') && !qn.Contains('。') && !qn.Contains(',') && SectionHeadings.NumberOf(q.Text) is null)
                    { lines[j].Consumed = true; agency = qn; }
                    break;
                }
                return (date, agency);
            }
            if (Dates.Find(p.Text, out int at, out int len) is DateOnly tail && at + len == norm.Length && at > 0 && at <= 30
                && !norm.Contains('，') && !norm.Contains('。'))
            {
                lines[i].Consumed = true;
                return (tail, norm[..at]);
            }
            break;
        }
        foreach (var line in lines)
        {
            if (line.Block is not SourceParagraph p || !p.Text.Contains('发')) continue;
            string norm = Labels.Normalize(p.Text);
            int k = norm.IndexOf("发布日期", StringComparison.Ordinal);
            if (k < 0) k = norm.IndexOf("发布时间", StringComparison.Ordinal);
            if (k >= 0 && Dates.Find(norm[k..], out int at, out _) is DateOnly d && at <= 6) return (d, null);
        }
        return (null, null);
    }
}
