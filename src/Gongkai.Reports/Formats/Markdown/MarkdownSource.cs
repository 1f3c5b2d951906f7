using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Reports.Formats.Html;
using Gongkai.Reports.Reading;

namespace Gongkai.Reports.Formats.Markdown;

/// <summary>
/// Reads Markdown as OCR tools write it from a scanned report: "#" headings, pipe tables with a
/// "|---|" separator row, "&lt;br&gt;" inside cells, bold and italic markers, and HTML tables
/// left as HTML. Markup is removed from every paragraph and cell, so the title (and the agency
/// read from it) is plain text.
/// </summary>
public static partial class MarkdownSource
{
    /// <summary>Markdown by its content: a "# " heading or a pipe table's separator row among the first lines.</summary>
    public static bool Looks(string text)
    {
        int seen = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty) continue;
            if (++seen > 400) break;
            if (AtxHeading().IsMatch(line)) return true;
            if (SeparatorRow().IsMatch(line)) return true;
        }
        return false;
    }

    public static SourceResult Parse(string text)
    {
        var blocks = new List<SourceBlock>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNo = i + 1;
            string line = lines[i].Trim();
            if (line.Length == 0 || HorizontalRule().IsMatch(line)) continue;
            if (line.StartsWith("<table", StringComparison.OrdinalIgnoreCase))
            {
                // An HTML table inside Markdown (MinerU and similar tools write tables so).
                var html = new StringBuilder();
                int j = i;
                for (; j < lines.Length; j++)
                {
                    html.Append(lines[j]).Append('\n');
                    if (lines[j].Contains("</table>", StringComparison.OrdinalIgnoreCase)) break;
                }
                var table = HtmlSource.Parse(html.ToString());
                if (table.Document is { } doc)
                    foreach (var b in doc.Blocks)
                        blocks.Add(b is SourceRow r ? new SourceRow(r.Cells, lineNo) : new SourceParagraph(((SourceParagraph)b).Text, lineNo));
                i = j;
                continue;
            }
            if (line.StartsWith('|') || line.Count(c => c == '|') >= 2 && !line.Contains("](", StringComparison.Ordinal))
            {
                if (SeparatorRow().IsMatch(line)) continue;
                blocks.Add(new SourceRow([.. Cells(line).Select(Inline)], lineNo));
                continue;
            }
            var heading = AtxHeading().Match(line);
            if (heading.Success) line = heading.Groups["text"].Value.TrimEnd('#', ' ');
            else
            {
                while (line.StartsWith('>')) line = line[1..].TrimStart();
                var bullet = Bullet().Match(line);
                if (bullet.Success) line = line[bullet.Length..];
            }
            string paragraph = Inline(line);
            if (paragraph.Length > 0) blocks.Add(new SourceParagraph(paragraph, lineNo));
        }
        return new SourceDocument(blocks);
    }

    /// <summary>The cells of a pipe-table row; "\|" is a pipe inside a cell.</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        int start = line.StartsWith('|') ? 1 : 0;
        for (int k = start; k < line.Length; k++)
        {
            char c = line[k];
            if (c == '\\' && k + 1 < line.Length && line[k + 1] == '|') { cell.Append('|'); k++; continue; }
            if (c == '|') { cells.Add(cell.ToString()); cell.Clear(); continue; }
            cell.Append(c);
        }
        if (cell.ToString().Trim().Length > 0) cells.Add(cell.ToString());
        return cells;
    }

    /// <summary>Plain text of a line or cell: no emphasis, links, images, tags or entities; "&lt;br&gt;" joins a label broken over lines.</summary>
    private static string Inline(string text)
    {
        string s = LineBreak().Replace(text, "");
        s = Image().Replace(s, "");
        s = Link().Replace(s, "${text}");
        s = Tag().Replace(s, "");
        s = Emphasis().Replace(s, "${text}");
        s = s.Replace("`", "", StringComparison.Ordinal);
        s = Escape().Replace(s, "${c}");
        return WebUtility.HtmlDecode(s).Trim();
    }

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.*)$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")]
    private static partial Regex SeparatorRow();

    [GeneratedRegex(@"^(\*\s*\*\s*\*[\s*]*|-\s*-\s*-[\s-]*|_\s*_\s*_[\s_]*)$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"^[-*+]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(\*\*|__|\*|~~)(?<text>.+?)\1")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\\(?<c>[\\`*_{}\[\]()#+\-.!|])")]
    private static partial Regex Escape();
}
