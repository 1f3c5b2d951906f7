using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Reports.Reading;

namespace Gongkai.Reports.Formats.Text;

/// <summary>
/// Reads text extracted from Word or PDF into a <see cref="SourceDocument"/>. Two table styles
/// occur: a row per line with tab-separated cells, and a cell per line (each starting with a tab,
/// a label's continuation lines without one) with rows separated by blank lines.
/// </summary>
public static partial class TextSource
{
    static TextSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes UTF-8 (with or without BOM), UTF-16 or UTF-32 with BOM, or GBK/GB18030.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text)
    {
        text = "";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { text = Encoding.UTF8.GetString(bytes[3..]); return true; }
        // UTF-32 first: its little-endian BOM begins with UTF-16's.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) { text = Encoding.UTF32.GetString(bytes[4..]); return true; }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])) { text = Utf32BigEndian.GetString(bytes[4..]); return true; }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { text = Encoding.Unicode.GetString(bytes[2..]); return true; }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { text = Encoding.BigEndianUnicode.GetString(bytes[2..]); return true; }
        if (LooksBinary(bytes)) return false;
        if (System.Text.Unicode.Utf8.IsValid(bytes)) { text = Encoding.UTF8.GetString(bytes); return true; }
        try { text = StrictGb18030.Value.GetString(bytes); return true; }
        catch (DecoderFallbackException) { return false; }
    }

    private static readonly Encoding Utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: false);

    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
        Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback));

    /// <summary>NUL bytes or many control characters: not a text file.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 65536)];
        if (head.IndexOfAnyInRange((byte)0x00, (byte)0x08) < 0 && head.IndexOfAnyInRange((byte)0x0E, (byte)0x1F) < 0) return false;
        int control = 0;
        foreach (byte b in head)
        {
            if (b == 0) return true;
            if (b < 0x09 || b is > 0x0D and < 0x20) control++;
        }
        return control > head.Length / 100;
    }

    /// <summary>Splits decoded text into blocks; a text past <see cref="SourceLimits"/> comes back as an error.</summary>
    public static SourceResult Parse(string text)
    {
        var blocks = new List<SourceBlock>();
        var limits = new SourceLimits();
        List<string>? cellRow = null;   // the open row of the cell-per-line style
        int cellRowLine = 0;
        bool lastWasCell = false;
        int lineNo = 0;
        var layout = new LayoutColumns();

        void CloseRow()
        {
            if (cellRow is not null && limits.Take(cellRow.Count)) blocks.Add(new SourceRow(cellRow, cellRowLine));
            cellRow = null; lastWasCell = false;
        }

        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            if (limits.Exceeded is { } exceeded) return exceeded;
            lineNo++;
            string line = rawLine.Contains('[') ? Bookmark().Replace(rawLine.ToString(), "") : rawLine.ToString();
            // A lone tab is an empty cell of the cell-per-line style; only a truly empty line ends a row.
            if (line.Trim().Length == 0 && !(line.StartsWith('\t') && line.IndexOf('\t', 1) < 0)) { CloseRow(); continue; }
            if (line[0] == '\t' && line.IndexOf('\t', 1) < 0)
            {
                cellRow ??= [];
                if (cellRow.Count == 0) cellRowLine = lineNo;
                if (cellRow.Count >= SourceLimits.MaxRowCells) return limits.RowTooWide(cellRowLine);
                cellRow.Add(line[1..].Trim());
                lastWasCell = true;
                continue;
            }
            if (line.Contains('\t'))
            {
                CloseRow();
                // Counted before splitting: a row of millions of cells is refused, not allocated.
                int cells = line.AsSpan().Count('\t') + 1;
                if (cells > SourceLimits.MaxRowCells) return limits.RowTooWide(lineNo);
                if (limits.Take(cells)) blocks.Add(new SourceRow([.. line.Split('\t').Select(c => c.Trim())], lineNo));
                continue;
            }
            // A label wraps over a few lines; appending thousands would be quadratic, and no label is that long.
            if (lastWasCell && cellRow is not null && cellRow[^1].Length < MaxLabelLength)
            {
                cellRow[^1] += line.Trim();   // a label continued on the next line ("商业\n企业")
                continue;
            }
            CloseRow();
            string trimmed = line.Trim();
            if (layout.Row(line) is { } laid)
            {
                if (laid.Count > SourceLimits.MaxRowCells) return limits.RowTooWide(lineNo);
                if (limits.Take(laid.Count)) blocks.Add(new SourceRow(laid, lineNo));
                continue;
            }
            if (trimmed.Length > 20) layout.Forget();
            var numbers = SplitNumberRow(trimmed);
            if (limits.Take(numbers?.Count ?? 0))
                blocks.Add(numbers is { } cellsOfLine ? new SourceRow(cellsOfLine, lineNo) : new SourceParagraph(trimmed, lineNo));
        }
        CloseRow();
        return limits.Exceeded ?? new SourceDocument(blocks);
    }

    private const int MaxLabelLength = 1_000;

    /// <summary>
    /// A line from a PDF's text often has a table row with spaces for cell borders: "规章 0 0 5".
    /// Two or more numbers after the label make it a row.
    /// </summary>
    private static List<string>? SplitNumberRow(string line)
    {
        if (line.Length > 400 || !char.IsAsciiDigit(line[^1]) && line[^1] is not (>= '０' and <= '９') and not '元' and not '件') return null;
        var tokens = line.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2) return null;
        int firstValue = tokens.Length;
        while (firstValue > 0 && Labels.TryParseValue(tokens[firstValue - 1], out var v) && !v.IsBlank) firstValue--;
        int values = tokens.Length - firstValue;
        if (values < 2) return null;
        var cells = new List<string>();
        if (firstValue > 0) cells.Add(string.Join(" ", tokens[..firstValue]));
        cells.AddRange(tokens[firstValue..]);
        return cells;
    }

    /// <summary>
    /// Text laid out with spaces (pdftotext -layout): cells are separated by runs of two or more
    /// spaces, a row may hold a single number ("行政许可      12345"), and a blank cell is only a
    /// wider gap. Blanks are put back where the row's numbers fall short of the columns of the
    /// header above or of the last full row, by each number's position on the line.
    /// </summary>
    private sealed class LayoutColumns
    {
        private double[] _anchors = [];

        public void Forget() => _anchors = [];

        public List<string>? Row(string line)
        {
            if (line.Length > 400 || !line.Contains("  ", StringComparison.Ordinal)) return null;
            var chunks = Chunks(line);
            if (chunks.Count < 2) return null;
            foreach (var (text, _, _) in chunks)
                if (text.Length > 16 && (text.Contains('。') || text.Contains('，') || text.Contains('；'))) return null;
            // Split each chunk into its label part and its numbers ("（三）不 4.保护第三方合法权益 1 0 0").
            var cells = new List<(string Text, double Center, bool Value)>();
            foreach (var (text, start, _) in chunks)
            {
                var tokens = Tokens(text, start);
                int firstValue = tokens.Count;
                while (firstValue > 0 && Labels.TryParseValue(tokens[firstValue - 1].Text, out var v) && !v.IsBlank) firstValue--;
                if (firstValue > 0)
                    cells.Add((string.Join(" ", tokens[..firstValue].Select(x => x.Text)), (tokens[0].Start + tokens[firstValue - 1].End) / 2.0, false));
                foreach (var tk in tokens[firstValue..]) cells.Add((tk.Text, (tk.Start + tk.End) / 2.0, true));
            }
            int values = cells.Count(c => c.Value);
            int labels = cells.Count - values;
            if (values == 0)
            {
                // A header: its column titles after the first ("信息内容") are the columns.
                if (labels >= 2 && !cells[0].Text.Contains("第二十条", StringComparison.Ordinal)) _anchors = [.. cells.Skip(1).Select(c => c.Center)];
                return labels >= 2 ? [.. cells.Select(c => c.Text)] : null;
            }
            if (labels > 1 || cells.FindIndex(c => c.Value) < labels) return null;
            var valueCells = cells.Where(c => c.Value).ToList();
            if (valueCells.Count >= _anchors.Length) _anchors = [.. valueCells.Select(c => c.Center)];
            else if (Place(valueCells.Select(c => c.Center).ToArray()) is { } slots)
            {
                var row = new List<string>(labels == 1 ? [cells[0].Text] : []);
                var filled = new string[_anchors.Length];
                Array.Fill(filled, "");
                for (int k = 0; k < slots.Length; k++) filled[slots[k]] = valueCells[k].Text;
                row.AddRange(filled);
                return row;
            }
            return [.. cells.Select(c => c.Text)];
        }

        /// <summary>Each number to its nearest column, in order and one to a column; null when that is not possible.</summary>
        private int[]? Place(double[] centers)
        {
            var slots = new int[centers.Length];
            int next = 0;
            for (int k = 0; k < centers.Length; k++)
            {
                int best = -1; double bestDistance = double.MaxValue, second = double.MaxValue;
                for (int a = 0; a < _anchors.Length; a++)
                {
                    double d = Math.Abs(_anchors[a] - centers[k]);
                    if (d < bestDistance) { second = bestDistance; bestDistance = d; best = a; }
                    else if (d < second) second = d;
                }
                // Text laid out by pdftotext drifts: a number about as near to two columns is not placed.
                if (best < next || best > _anchors.Length - (centers.Length - k) || bestDistance > 0.6 * second) return null;
                slots[k] = best; next = best + 1;
            }
            return slots;
        }

        private static List<(string Text, int Start, int End)> Chunks(string line)
        {
            var chunks = new List<(string, int, int)>();
            int col = 0, start = -1, startCol = 0, spaces = 0, lastEnd = 0;
            var sb = new StringBuilder();
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                int w = Width(c);
                if (c is ' ' or '\u3000')
                {
                    spaces += w;
                    if (spaces >= 2 && start >= 0) { chunks.Add((sb.ToString().TrimEnd(), startCol, lastEnd)); sb.Clear(); start = -1; }
                    else if (start >= 0) sb.Append(' ');
                }
                else
                {
                    if (start < 0) { start = i; startCol = col; }
                    spaces = 0;
                    sb.Append(c);
                    lastEnd = col + w;
                }
                col += w;
            }
            if (start >= 0) chunks.Add((sb.ToString().TrimEnd(), startCol, lastEnd));
            return chunks;
        }

        private static List<(string Text, int Start, int End)> Tokens(string chunk, int start)
        {
            var tokens = new List<(string, int, int)>();
            int col = start, tokenStart = -1;
            var sb = new StringBuilder();
            foreach (char c in chunk)
            {
                if (c == ' ') { if (tokenStart >= 0) { tokens.Add((sb.ToString(), tokenStart, col)); sb.Clear(); tokenStart = -1; } col++; continue; }
                if (tokenStart < 0) tokenStart = col;
                sb.Append(c);
                col += Width(c);
            }
            if (tokenStart >= 0) tokens.Add((sb.ToString(), tokenStart, col));
            return tokens;
        }

        /// <summary>Columns a character takes in monospaced layout text: two for CJK and full-width forms.</summary>
        private static int Width(char c) => c >= '\u1100' && (c <= '\u115F' || c is >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6') ? 2 : 1;
    }

    [GeneratedRegex(@"\[bookmark:[^\]]*\]")]
    private static partial Regex Bookmark();
}
