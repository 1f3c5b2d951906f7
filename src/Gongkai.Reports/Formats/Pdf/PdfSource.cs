using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Reports.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Gongkai.Reports.Formats.Pdf;

/// <summary>
/// Reads the text layer of a PDF into a <see cref="SourceDocument"/>. Letters are grouped into
/// lines by baseline. Where a table's ruling lines cross a line, the rules split it into cells,
/// empty cells included, so blank cells survive; lines between the same two horizontal rules (a
/// wrapped label, numbers centred beside it) are one row. Elsewhere wide gaps split cells, and
/// blanks are recovered from the columns the numbers of neighbouring rows fall in. Prose lines
/// that run to the right margin are joined into paragraphs.
/// </summary>
public static partial class PdfSource
{
    /// <summary>Points from the top or bottom edge (0.42 in) where only a browser's print header and footer are.</summary>
    private const double MarginBand = 30;

    private const string NoTextMessage = "PDF 没有文本层（可能是扫描件），请先进行文字识别（OCR）后再检查";

    /// <summary>Reads the PDF; a scanned, encrypted or damaged file comes back as an error with a Chinese message.</summary>
    public static SourceResult Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        // PdfPig inflates whole streams into memory: a 1 MB file whose content stream inflates to
        // 1 GiB took 2.6 GB. The streams are measured first, without keeping what they inflate to.
        if (InflatedSize(bytes, MaxInflatedBytes) > MaxInflatedBytes)
            return SourceResult.Fail("zip-bomb", $"PDF 文件中的压缩内容解压后超过 {MaxInflatedBytes / 1024 / 1024} MB（疑似压缩炸弹），拒绝读取",
                $"PDF streams inflate beyond {MaxInflatedBytes} bytes.");
        var pages = new List<PageContent>();
        try
        {
            using var document = PdfDocument.Open(bytes);
            foreach (var page in document.GetPages()) pages.Add(new PageContent(Glyphs(page), Rules(page), page.Height));
        }
        catch (PdfDocumentEncryptedException e)
        {
            return SourceResult.Fail("encrypted", "PDF 文件已加密（设有打开密码或权限限制），无法读取其中的文字；请提供未加密的文件",
                $"Encrypted PDF: {e.Message}");
        }
        // PdfPig reports a damaged file with many exception types; every one means the same to the user.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return SourceResult.Fail("corrupt", "PDF 文件已损坏或不是有效的 PDF，无法读取；请重新导出或下载后再试",
                $"Unreadable PDF: {e.GetType().Name}: {e.Message}");
        }
        if (!pages.Any(p => p.Glyphs.Any(g => !g.IsSpace)))
            return SourceResult.Fail("no-text", NoTextMessage, "The PDF has no text layer (scanned image?).");
        var blocks = Blocks(pages.SelectMany(PageLines));
        var limits = new SourceLimits();
        foreach (var block in blocks)
            if (!limits.Take(block is SourceRow row ? row.Cells.Count : 0)) return limits.Exceeded!;
        return new SourceDocument(blocks);
    }

    /// <summary>
    /// The most all of a file's compressed streams may inflate to. A report's pages and its subset
    /// CJK fonts inflate to a few megabytes; a whole embedded CJK font to some twenty.
    /// </summary>
    public const long MaxInflatedBytes = 128L * 1024 * 1024;

    /// <summary>
    /// What the file's Flate streams inflate to together, counted up to just past <paramref name="limit"/>:
    /// every "stream" keyword followed by zlib data is inflated into a scratch buffer and discarded.
    /// </summary>
    internal static long InflatedSize(byte[] bytes, long limit)
    {
        long total = 0;
        var scratch = new byte[81920];
        int at = 0;
        var span = bytes.AsSpan();
        while (total <= limit)
        {
            int found = span[at..].IndexOf("stream"u8);
            if (found < 0) break;
            int keyword = at + found;
            at = keyword + 6;
            if (keyword > 0 && bytes[keyword - 1] == (byte)'d') continue;   // "endstream"
            int data = at;
            if (data < bytes.Length && bytes[data] == '\r') data++;
            if (data < bytes.Length && bytes[data] == '\n') data++;
            if (data == at || data + 2 > bytes.Length || bytes[data] != 0x78) continue;   // zlib data starts 0x78 at the usual window size
            try
            {
                using var inflater = new System.IO.Compression.ZLibStream(new MemoryStream(bytes, data, bytes.Length - data, writable: false),
                    System.IO.Compression.CompressionMode.Decompress);
                int n;
                while (total <= limit && (n = inflater.Read(scratch)) > 0) total += n;
            }
            catch (Exception e) when (e is InvalidDataException or IOException) { }   // damaged data: PdfPig will say so, or skip it
        }
        return total;
    }

    /// <summary>What a page holds for the reader, taken from PdfPig while the document is open.</summary>
    private sealed record PageContent(List<Glyph> Glyphs, (List<Rule> Vertical, List<Rule> Horizontal) Rules, double Height);

    // ---- letters and rules ---------------------------------------------------------------------

    /// <summary>A letter; a space is kept (as a marker between words) but never starts or ends a line or a cell.</summary>
    private sealed record Glyph(string Text, double Left, double Right, double Baseline, double Size)
    {
        public double Centre => (Left + Right) / 2;
        public bool IsSpace => Text == " ";
    }

    private readonly record struct Rule(double At, double From, double To);

    /// <summary>A line of text on a page, with the table slots (between vertical rules) it falls in, if any.</summary>
    private sealed class Line
    {
        public required List<Glyph> Letters;
        public double Baseline;
        public double Size;
        public double[] Boundaries = [];
        public double PageHeight;
        public bool IsMarginNote;
        /// <summary>The right edge of the page's prose: a line ending there continues on the next.</summary>
        public double ProseRight;
        /// <summary>The left edge of the page's prose: a continued line starts there, a new paragraph is indented.</summary>
        public double ProseLeft;
        public bool IsTable => Boundaries.Length >= 2;
        public double Left => Letters.First(g => !g.IsSpace).Left;
        public double Right => Letters.Last(g => !g.IsSpace).Right;
    }

    private static List<Glyph> Glyphs(Page page)
    {
        var glyphs = new List<Glyph>();
        foreach (var letter in page.Letters)
        {
            string text = CjkText.Fold(letter.Value);
            if (text.Length == 0) continue;
            if (string.IsNullOrWhiteSpace(text)) text = " ";
            double size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
            double right = Math.Max(letter.EndBaseLine.X, letter.StartBaseLine.X + letter.Width);
            glyphs.Add(new Glyph(text, letter.StartBaseLine.X, right, letter.StartBaseLine.Y, size));
        }
        return glyphs;
    }

    private static List<Line> PageLines(PageContent page)
    {
        var (vertical, horizontal) = page.Rules;
        var lines = GroupLines(page.Glyphs).Where(l => l.Letters.Any(g => !g.IsSpace)).ToList();
        foreach (var line in lines)
        {
            // The rules a line crosses are those whose extent covers the middle of its letters.
            double mid = line.Baseline + line.Size * 0.3;
            var crossing = vertical.Where(r => r.From <= mid && mid <= r.To).ToList();
            // Rules closer than a few points are one border drawn twice (cells with their own borders, cellspacing).
            line.Boundaries = Distinct(crossing.Select(r => r.At), Math.Max(1.5, line.Size * 0.4));
            // Two tall rules around a line are a frame around the page or a text box, not a table row.
            if (line.Boundaries.Length == 2 && crossing.All(r => r.To - r.From > 8 * line.Size)) line.Boundaries = [];
        }
        double proseRight = lines.Where(l => !l.IsTable).Select(l => l.Right).DefaultIfEmpty(0).Max();
        double proseLeft = lines.Where(l => !l.IsTable).Select(l => l.Left).DefaultIfEmpty(0).Min();
        foreach (var line in lines)
        {
            line.PageHeight = page.Height; line.ProseRight = proseRight; line.ProseLeft = proseLeft;
            // A browser's print header and footer (date, title, file name, "1/3") sit closer to the edge
            // than any page margin lets the text come.
            line.IsMarginNote = line.Baseline > page.Height - MarginBand || line.Baseline < MarginBand;
        }
        return MergeTableRows(lines, horizontal);
    }

    /// <summary>Table rules: thin filled rectangles (browsers draw borders so) or stroked segments (Word, LibreOffice).</summary>
    private static (List<Rule> Vertical, List<Rule> Horizontal) Rules(Page page)
    {
        var vertical = new List<Rule>();
        var horizontal = new List<Rule>();
        const double Thin = 2.5, Long = 3;
        void Segment(PdfPoint a, PdfPoint b)
        {
            double dx = Math.Abs(a.X - b.X), dy = Math.Abs(a.Y - b.Y);
            if (dx <= Thin && dy >= Long) vertical.Add(new Rule((a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
            else if (dy <= Thin && dx >= Long) horizontal.Add(new Rule((a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        }
        foreach (var path in page.Paths)
        {
            foreach (var sub in path)
            {
                if (path.IsFilled && sub.GetBoundingRectangle() is { } r)
                {
                    if (r.Width <= Thin && r.Height >= Long) vertical.Add(new Rule(r.Left + r.Width / 2, r.Bottom, r.Top));
                    else if (r.Height <= Thin && r.Width >= Long) horizontal.Add(new Rule(r.Bottom + r.Height / 2, r.Left, r.Right));
                }
                if (!path.IsStroked) continue;
                PdfPoint? start = null, current = null;
                foreach (var command in sub.Commands)
                {
                    switch (command)
                    {
                        case PdfSubpath.Move m: start = current = m.Location; break;
                        case PdfSubpath.Line l: Segment(l.From, l.To); current = l.To; break;
                        case PdfSubpath.Close when start is { } s0 && current is { } c0: Segment(c0, s0); current = start; break;
                    }
                }
            }
        }
        return (vertical, horizontal);
    }

    private static double[] Distinct(IEnumerable<double> xs, double tolerance)
    {
        var result = new List<double>();
        foreach (double x in xs.Order())
            if (result.Count == 0 || x - result[^1] > tolerance) result.Add(x);
        return [.. result];
    }

    /// <summary>Letters with nearly the same baseline (within a third of their size) form a line, read left to right.</summary>
    private static List<Line> GroupLines(List<Glyph> glyphs)
    {
        var lines = new List<Line>();
        foreach (var g in glyphs.OrderByDescending(g => g.Baseline).ThenBy(g => g.Left))
        {
            var line = lines.Count > 0 && Math.Abs(lines[^1].Baseline - g.Baseline) <= Math.Max(lines[^1].Size, g.Size) * 0.35 ? lines[^1] : null;
            if (line is null) { line = new Line { Letters = [], Baseline = g.Baseline, Size = g.Size }; lines.Add(line); }
            line.Letters.Add(g);
            line.Size = Math.Max(line.Size, g.Size);
        }
        foreach (var line in lines) line.Letters.Sort((a, b) => a.Left.CompareTo(b.Left));
        return lines;
    }

    // ---- table rows ------------------------------------------------------------------------------

    /// <summary>
    /// Lines of a table between the same two horizontal rules are one row: a label wrapped over
    /// two lines, or numbers centred beside it. The letters of such lines are pooled into the first.
    /// </summary>
    private static List<Line> MergeTableRows(List<Line> lines, List<Rule> horizontal)
    {
        var result = new List<Line>();
        foreach (var line in lines)
        {
            var previous = result.Count > 0 ? result[^1] : null;
            if (previous is not null && line.IsTable && previous.IsTable && previous.Boundaries.SequenceEqual(line.Boundaries)
                && !horizontal.Any(h => h.At < previous.Baseline && h.At > line.Baseline
                    && h.To > line.Boundaries[0] && h.From < line.Boundaries[^1]))
            {
                previous.Letters.AddRange(line.Letters);
                continue;
            }
            result.Add(line);
        }
        return result;
    }

    /// <summary>The text of the table slots (between consecutive boundaries); letters outside the rules become cells of their own.</summary>
    private static List<string> SlotCells(Line line)
    {
        var b = line.Boundaries;
        var slots = new List<Glyph>[b.Length - 1];
        for (int i = 0; i < slots.Length; i++) slots[i] = [];
        var before = new List<Glyph>();
        var after = new List<Glyph>();
        foreach (var g in line.Letters)
        {
            double c = g.Centre;
            if (c < b[0]) { before.Add(g); continue; }
            if (c > b[^1]) { after.Add(g); continue; }
            int k = 0;
            while (k < slots.Length - 1 && c > b[k + 1]) k++;
            slots[k].Add(g);
        }
        var cells = new List<string>();
        if (before.Count > 0) cells.Add(Text(before));
        cells.AddRange(slots.Select(Text));
        if (after.Count > 0) cells.Add(Text(after));
        return cells;
    }

    /// <summary>
    /// Letters to text, top line first: a space where a gap is wider than a fifth of the letter
    /// size ("2020 年"), none between the lines of a wrapped label.
    /// </summary>
    private static string Text(List<Glyph> glyphs)
    {
        if (glyphs.Count == 0) return "";
        var sb = new StringBuilder();
        var rows = GroupLines(glyphs);
        foreach (var row in rows)
        {
            Glyph? last = null;
            bool space = false;
            foreach (var g in row.Letters)
            {
                if (g.IsSpace) { space = last is not null; continue; }
                if (last is not null && (space || g.Left - last.Right > Math.Max(g.Size, last.Size) / 5)) sb.Append(' ');
                sb.Append(g.Text);
                last = g;
                space = false;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Splits a line without rules at gaps wider than one and a half letters. In a header row (no
    /// numbers) the words of a cell are cells too: column headings that fill their columns sit a
    /// word's gap apart ("本年新制作数量 本年新公开数量").
    /// </summary>
    private static List<(string Text, double Left, double Right)> GapCells(Line line)
    {
        var parts = new List<List<Glyph>>();
        var current = new List<Glyph>();
        double width = line.Letters.Where(g => !g.IsSpace).Average(g => Math.Max(g.Right - g.Left, g.Size * 0.5));
        void Close()
        {
            if (current.Any(g => !g.IsSpace)) parts.Add(current);
            current = [];
        }
        Glyph? previous = null;
        foreach (var g in line.Letters)
        {
            if (g.IsSpace) { current.Add(g); continue; }   // spaces make no gap: "规章   0   0" splits by position
            if (previous is not null && g.Left - previous.Right > 1.5 * width) Close();
            current.Add(g);
            previous = g;
        }
        Close();
        // Only a line that gaps already make a row is split further: a prose line may end in a number.
        if (parts.Count > 1) parts = [.. parts.SelectMany(SplitTrailingNumbers)];
        if (parts.Count > 1 && !parts.Any(IsNumber)) parts = [.. parts.SelectMany(Words)];
        return [.. parts.Select(p => (Text(p), p[0].Left, p[^1].Right))];
    }

    /// <summary>
    /// A cell's words (split at spaces or gaps of a fifth of a letter), with numbers at its end split
    /// off: in a table without rules a label and the number beside it ("其他对外管理服务事项 48"),
    /// or two narrow numbers ("0 6"), sit closer than any gap. Words with units stay whole ("增加 573 件").
    /// </summary>
    private static List<List<Glyph>> SplitTrailingNumbers(List<Glyph> glyphs)
    {
        var words = Words(glyphs);
        int firstNumber = words.Count;
        while (firstNumber > 0 && IsNumber(words[firstNumber - 1])) firstNumber--;
        if (firstNumber == words.Count) return words.Count == 0 ? [] : [[.. words.SelectMany(w => w)]];
        var parts = new List<List<Glyph>>();
        if (firstNumber > 0) parts.Add([.. words.Take(firstNumber).SelectMany(w => w)]);
        parts.AddRange(words.Skip(firstNumber));
        return parts;
    }

    /// <summary>Words: letters between spaces or gaps wider than a fifth of a letter.</summary>
    private static List<List<Glyph>> Words(List<Glyph> glyphs)
    {
        var words = new List<List<Glyph>>();
        Glyph? previous = null;
        bool space = false;
        foreach (var g in glyphs)
        {
            if (g.IsSpace) { space = true; continue; }
            if (words.Count == 0 || space || previous is not null && g.Left - previous.Right > g.Size / 5) words.Add([]);
            words[^1].Add(g);
            previous = g;
            space = false;
        }
        return words;
    }

    private static bool IsNumber(List<Glyph> word) =>
        Labels.TryParseValue(string.Concat(word.Select(g => g.Text)), out var v) && !v.IsBlank;

    // ---- blocks ----------------------------------------------------------------------------------

    private static List<SourceBlock> Blocks(IEnumerable<Line> lines)
    {
        var blocks = new List<SourceBlock>();
        var gapRun = new List<(Line Line, List<(string Text, double Left, double Right)> Cells)>();
        StringBuilder? paragraph = null;
        Line? last = null;

        void FlushParagraph()
        {
            if (paragraph is { Length: > 0 }) blocks.Add(new SourceParagraph(paragraph.ToString(), blocks.Count + 1));
            paragraph = null;
        }
        void FlushGapRun()
        {
            foreach (var row in ColumnAligned(gapRun)) blocks.Add(new SourceRow(row, blocks.Count + 1));
            gapRun.Clear();
        }

        foreach (var line in lines)
        {
            if (line.IsMarginNote || IsPageNumber(line)) continue;
            if (line.IsTable)
            {
                FlushParagraph(); FlushGapRun();
                blocks.Add(new SourceRow(SlotCells(line), blocks.Count + 1));
                last = null;
                continue;
            }
            var cells = GapCells(line);
            if (IsGapRow(cells))
            {
                FlushParagraph();
                gapRun.Add((line, cells));
                last = null;
                continue;
            }
            FlushGapRun();
            string text = Text(line.Letters);
            // A prose line that reached the right margin continues on the next (on the next page too), unless that one is indented.
            bool nextPage = last is not null && line.Baseline > last.Baseline;
            bool continues = paragraph is not null && last is not null && last.Right >= last.ProseRight - 3 * last.Size
                && line.Left <= line.ProseLeft + line.Size * 0.5 && Math.Abs(last.Size - line.Size) < 0.5
                && (nextPage || last.Baseline - line.Baseline <= 2.2 * line.Size) && !StartsAnew(line, text);
            if (continues) paragraph!.Append(text);
            else { FlushParagraph(); paragraph = new StringBuilder(text); }
            last = line;
        }
        FlushParagraph(); FlushGapRun();
        return blocks;
    }

    /// <summary>
    /// Cells split at gaps make a table row ("规章  0  0  5", "行政复议  行政诉讼"), except a name
    /// and a date, which is the 落款 ("机关名称　　2024年1月20日").
    /// </summary>
    private static bool IsGapRow(List<(string Text, double Left, double Right)> cells) =>
        cells.Count >= 2 && Dates.Whole(cells[^1].Text) is null;

    /// <summary>
    /// A section heading, a date, or a short numbered line ("（二）突出重点", "2. 依申请公开") starts a
    /// block of its own even at the left margin; a full line starting "一、" is more likely the
    /// middle of a sentence ("多审合 / 一、多证合一").
    /// </summary>
    private static bool StartsAnew(Line line, string text)
    {
        if (SectionHeadings.NumberOf(text) is not null || Dates.Whole(text) is not null) return true;
        Labels.Core(Labels.Normalize(text), out string enumerators);
        return enumerators.Length > 0 && line.Right < line.ProseRight - 3 * line.Size;
    }

    /// <summary>A page number alone on its line at the top or bottom of a page: "3", "- 3 -", "— 3 —", "第 3 页", "3/12".</summary>
    private static bool IsPageNumber(Line line)
    {
        if (line.Letters.Count > 12 || line.Baseline > line.PageHeight * 0.1 && line.Baseline < line.PageHeight * 0.9) return false;
        // Spaces count: a row of numbers far apart ("0 0 0") is not a page number.
        string t = Text(line.Letters).Replace('\u3000', ' ').Trim('-', '—', '－', ' ');
        return PageNumber().IsMatch(t);
    }

    [GeneratedRegex(@"^(第 ?)?[0-9０-９]{1,4}( ?/ ?[0-9０-９]{1,4})?( ?页)?$")]
    private static partial Regex PageNumber();

    /// <summary>
    /// Rows split at gaps (a table without rules): the numbers of the run fix the columns, and a
    /// row without a number in a column gets an empty cell there, so a blank keeps its place.
    /// </summary>
    private static IEnumerable<List<string>> ColumnAligned(List<(Line Line, List<(string Text, double Left, double Right)> Cells)> run)
    {
        var numeric = run.SelectMany(r => r.Cells.Where(c => Labels.TryParseValue(c.Text, out var v) && !v.IsBlank)).ToList();
        if (numeric.Count == 0) { foreach (var r in run) yield return [.. r.Cells.Select(c => c.Text)]; yield break; }
        double tolerance = run.Average(r => r.Line.Size);
        var columns = new List<(double Centre, int Count)>();
        foreach (double centre in numeric.Select(c => (c.Left + c.Right) / 2).Order())
        {
            if (columns.Count > 0 && centre - columns[^1].Centre / columns[^1].Count <= tolerance)
                columns[^1] = (columns[^1].Centre + centre, columns[^1].Count + 1);
            else columns.Add((centre, 1));
        }
        var centres = columns.Select(c => c.Centre / c.Count).ToArray();
        foreach (var (_, cells) in run)
        {
            var labels = new List<string>();
            var slots = new string[centres.Length];
            bool hasNumber = false;
            foreach (var cell in cells)
            {
                double centre = (cell.Left + cell.Right) / 2;
                int k = Array.FindIndex(centres, c => Math.Abs(c - centre) <= tolerance);
                bool value = Labels.TryParseValue(cell.Text, out _);
                if (k >= 0 && value && slots[k] is null) { slots[k] = cell.Text; hasNumber = true; }
                else labels.Add(cell.Text);
            }
            yield return hasNumber ? [.. labels, .. slots.Select(s => s ?? "")] : [.. cells.Select(c => c.Text)];
        }
    }
}
