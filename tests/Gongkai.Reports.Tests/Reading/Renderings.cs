using System.Text;
using Gongkai.Reports.Reading;

namespace Gongkai.Reports.Tests.Reading;

/// <summary>
/// A document's blocks written out in the shapes real reports arrive in, for the format matrix
/// and the conformance fixtures: text with tab-separated rows, page text that lost its line
/// breaks, text laid out with spaces (as pdftotext -layout), and Markdown as OCR tools write it.
/// </summary>
internal static class Renderings
{
    /// <summary>Paragraphs one per line, table rows with tab-separated cells.</summary>
    public static string Text(SourceDocument doc)
    {
        var sb = new StringBuilder();
        foreach (var block in doc.Blocks)
            sb.Append(block is SourceRow r ? string.Join('\t', r.Cells) : ((SourceParagraph)block).Text).Append('\n');
        return sb.ToString();
    }

    /// <summary>
    /// Text copied from a web page: the title on its own line, then every run of prose — headings
    /// included — joined without line breaks ("一、总体情况2021年，我厅…"); table rows stay rows.
    /// Short lines that are not sentences (table captions, header words) keep their own line.
    /// </summary>
    public static string Flattened(SourceDocument doc)
    {
        var sb = new StringBuilder();
        var run = new StringBuilder();
        void Flush() { if (run.Length > 0) { sb.Append(run).Append('\n'); run.Clear(); } }
        bool inTitle = true;
        foreach (var block in doc.Blocks)
        {
            if (block is SourceRow r) { inTitle = false; Flush(); sb.Append(string.Join('\t', r.Cells)).Append('\n'); continue; }
            string text = ((SourceParagraph)block).Text.Trim();
            if (text.Length == 0) continue;
            if (inTitle)
            {
                sb.Append(text);
                if (text.Contains("报告", StringComparison.Ordinal)) { sb.Append('\n'); inTitle = false; }
                continue;
            }
            bool prose = SectionHeadings.NumberOf(text) is not null || text.Length > 30 || "。；：！？".Contains(text[^1]);
            if (prose) run.Append(text);
            else { Flush(); sb.Append(text).Append('\n'); }
        }
        Flush();
        return sb.ToString();
    }

    /// <summary>
    /// Markdown as OCR tools write it: "# " title in bold, "## " section headings, pipe tables with a
    /// separator row under each table's first row, long labels broken with "&lt;br&gt;".
    /// </summary>
    public static string Markdown(SourceDocument doc)
    {
        var sb = new StringBuilder();
        bool inTitle = true, inTable = false;
        var title = new StringBuilder();
        foreach (var block in doc.Blocks)
        {
            if (block is SourceRow r)
            {
                if (inTitle && title.Length > 0) { sb.Append("# **").Append(title).Append("**\n\n"); }
                inTitle = false;
                sb.Append("| ").Append(string.Join(" | ", r.Cells.Select(Cell))).Append(" |\n");
                if (!inTable) sb.Append('|').Append(string.Concat(Enumerable.Repeat("---|", r.Cells.Count))).Append('\n');
                inTable = true;
                continue;
            }
            if (inTable) sb.Append('\n');
            inTable = false;
            string text = ((SourceParagraph)block).Text.Trim();
            if (text.Length == 0) continue;
            if (inTitle)
            {
                title.Append(text);
                if (text.Contains("报告", StringComparison.Ordinal)) { sb.Append("# **").Append(title).Append("**\n\n"); inTitle = false; }
                continue;
            }
            if (SectionHeadings.NumberOf(text) is not null) sb.Append("## ").Append(text).Append("\n\n");
            else if (text.StartsWith('（') && text.Length < 30) sb.Append("**").Append(text).Append("**\n\n");
            else sb.Append(text.Replace("|", "\\|", StringComparison.Ordinal)).Append("\n\n");
        }
        return sb.ToString();

        static string Cell(string c)
        {
            c = c.Replace("|", "\\|", StringComparison.Ordinal);
            // OCR keeps a label's line break inside the cell.
            return c.Length > 10 && !c.Any(char.IsAsciiDigit) ? c[..(c.Length / 2)] + "<br>" + c[(c.Length / 2)..] : c;
        }
    }

    /// <summary>
    /// Text laid out with spaces, as pdftotext -layout prints a PDF: each table's columns padded to
    /// their widest cell, blank cells only a gap, labels longer than 12 characters wrapped onto the next line.
    /// </summary>
    public static string Layout(SourceDocument doc)
    {
        var sb = new StringBuilder();
        var blocks = doc.Blocks;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is SourceParagraph p) { sb.Append(p.Text).Append('\n'); continue; }
            int j = i;
            while (j < blocks.Count && blocks[j] is SourceRow) j++;
            var rows = blocks.Skip(i).Take(j - i).Cast<SourceRow>().ToList();
            int columns = rows.Max(r => r.Cells.Count);
            var widths = new int[columns];
            foreach (var r in rows)
                for (int k = 0; k < r.Cells.Count; k++) widths[k] = Math.Max(widths[k], Width(Head(r.Cells[k])));
            foreach (var r in rows)
            {
                var line = new StringBuilder();
                var rest = new StringBuilder();
                for (int k = 0; k < columns; k++)
                {
                    string cell = k < r.Cells.Count ? r.Cells[k] : "";
                    string head = Head(cell);
                    line.Append(head).Append(' ', widths[k] - Width(head) + 3);
                    string tail = cell[head.Length..];
                    int start = widths.Take(k).Sum() + 3 * k;
                    if (tail.Length > 0) rest.Append(' ', Math.Max(1, start - Width(rest.ToString()))).Append(tail);
                }
                sb.Append(line.ToString().TrimEnd()).Append('\n');
                if (rest.Length > 0) sb.Append(rest.ToString().TrimEnd()).Append('\n');
            }
            i = j - 1;
        }
        return sb.ToString();

        static string Head(string cell) => cell.Length > 12 && !cell.Any(char.IsAsciiDigit) ? cell[..12] : cell;
    }

    private static int Width(string s) => s.Sum(c => c >= '\u2E80' ? 2 : 1);
}
