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

    [GeneratedRegex(@"\[bookmark:[^\]]*\]")]
    private static partial Regex Bookmark();
}
