using System.IO.Compression;
using System.Text;
using System.Xml;
using Gongkai.Reports.Reading;

namespace Gongkai.Reports.Formats.Docx;

/// <summary>
/// Reads a Word document (.docx) into a <see cref="SourceDocument"/>: body paragraphs, and each
/// table row as a row of cells, in document order. A horizontally merged cell (gridSpan) is one
/// cell; a vertically merged continuation cell is an empty string, as Word's own text export has
/// them. Text boxes, drawings, deleted text and field codes are left out.
/// </summary>
/// <remarks>
/// The main part is streamed with an <see cref="XmlReader"/> straight off the zip entry rather
/// than loaded into the Open XML SDK's DOM: a report is read in well under a millisecond, and a
/// hostile file cannot make it allocate more than the limits below.
/// </remarks>
public static class DocxSource
{
    /// <summary>Sum of the entries' declared uncompressed sizes above which a file is refused.</summary>
    public const long MaxUncompressedBytes = 200L * 1024 * 1024;

    /// <summary>The most bytes the main document part may actually inflate to.</summary>
    public const long MaxDocumentXmlBytes = 100L * 1024 * 1024;

    /// <summary>A real .docx has a few dozen parts; a zip with thousands is not a report.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>Deflate gets Word's XML to about 1:10, long runs of repeated markup to 1:100; beyond 1:200 is a bomb.</summary>
    private const long MaxCompressionRatio = 200;

    /// <summary>Below this an entry's ratio does not matter: it cannot hurt.</summary>
    private const long RatioCheckFloor = 10L * 1024 * 1024;

    /// <summary>Tables inside tables deeper than this are not a form but an attack on the stack.</summary>
    private const int MaxTableNesting = 16;

    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string StrictWordNs = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string DefaultMainPart = "word/document.xml";

    /// <summary>Old binary Word (.doc) and password-protected .docx are OLE compound files.</summary>
    private static ReadOnlySpan<byte> CompoundFileMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Reads the bytes of a .docx; a bad or hostile file comes back as an error with a Chinese message.</summary>
    public static SourceResult Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.AsSpan().StartsWith(CompoundFileMagic))
            return SourceResult.Fail("encrypted", "文件是加密的 Word 文档或旧版 .doc 格式，请解除密码保护并另存为 .docx 后再上传",
                "OLE compound file: an encrypted .docx or a legacy .doc.");
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (Inspect(zip) is { } refused) return refused;
            var entry = zip.GetEntry(DefaultMainPart) ?? zip.GetEntry(MainPartName(zip));
            if (entry is null)
                return SourceResult.Fail("not-docx", "不是 Word 文档：压缩包中没有 word/document.xml",
                    "The zip has no main document part (word/document.xml).");
            using var stream = new BoundedStream(entry.Open(), MaxDocumentXmlBytes);
            return new BodyReader(stream).Read();
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or NotSupportedException
            or ArgumentException or DecoderFallbackException or OverflowException)
        {
            return e is BoundedStream.LimitExceededException
                ? Bomb($"word/document.xml inflates beyond {MaxDocumentXmlBytes} bytes.")
                : SourceResult.Fail("corrupt", "Word 文档已损坏或不完整，无法读取；请在 Word 中打开并重新保存后再试",
                    $"Unreadable .docx: {e.GetType().Name}: {e.Message}");
        }
    }

    private static SourceResult Bomb(string log) =>
        SourceResult.Fail("zip-bomb", "文件解压后体积异常（疑似压缩炸弹），拒绝读取", log);

    /// <summary>Refuses a zip by its central directory before anything is inflated.</summary>
    private static SourceResult? Inspect(ZipArchive zip)
    {
        if (zip.Entries.Count > MaxEntries) return Bomb($"{zip.Entries.Count} entries.");
        long total = 0;
        foreach (var e in zip.Entries)
        {
            // Compared before adding: a ZIP64 size near 2^63 would overflow the sum.
            if (e.Length > MaxUncompressedBytes - total) return Bomb($"Declared uncompressed size exceeds {MaxUncompressedBytes} bytes.");
            total += e.Length;
            if (e.Length > RatioCheckFloor && e.Length / Math.Max(e.CompressedLength, 1) > MaxCompressionRatio)
                return Bomb($"Entry {e.FullName}: {e.Length} bytes from {e.CompressedLength}.");
        }
        return null;
    }

    /// <summary>The main part as _rels/.rels names it, for the few generators that do not use word/document.xml.</summary>
    private static string MainPartName(ZipArchive zip)
    {
        var rels = zip.GetEntry("_rels/.rels");
        if (rels is null || rels.Length > 1024 * 1024) return DefaultMainPart;
        using var reader = XmlReader.Create(new BoundedStream(rels.Open(), 1024 * 1024), Settings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
            string? type = reader.GetAttribute("Type");
            string? target = reader.GetAttribute("Target");
            if (type is not null && target is not null && type.EndsWith("/officeDocument", StringComparison.Ordinal))
                return target.TrimStart('/');
        }
        return DefaultMainPart;
    }

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>
    /// Walks w:body once as a flat stream of nodes (no recursion, so no depth of nesting can overflow
    /// the stack), keeping a stack of the tables it is inside.
    /// </summary>
    private sealed class BodyReader(Stream stream)
    {
        private sealed class Table
        {
            public List<string>? Row;
            public StringBuilder Cell = new();
            public bool Continuation;
            /// <summary>A legacy w:hMerge continuation: part of the cell to its left, as a gridSpan would be.</summary>
            public bool Absorbed;
            public bool HasNested;
            /// <summary>Rows of tables nested in the current row, emitted after it.</summary>
            public readonly List<List<string>> Nested = [];
        }

        private readonly XmlReader _xml = XmlReader.Create(stream, Settings);
        // Namespaces come atomized from the reader's name table: compare references, not 60 characters.
        private string? _wordNs, _strictWordNs;
        private readonly List<SourceBlock> _blocks = [];
        private readonly SourceLimits _limits = new();
        private readonly List<Table> _tables = [];
        private readonly StringBuilder _text = new();
        private readonly List<string> _lines = [];
        private bool _inText;

        public SourceResult Read()
        {
            using (_xml)
            {
                while (_xml.Read())
                    if (_xml.NodeType == XmlNodeType.Element && IsWord() && _xml.LocalName == "body")
                    {
                        if (!_xml.IsEmptyElement) ReadBody(_xml.Depth);
                        return _limits.Exceeded ?? new SourceDocument(_blocks);
                    }
            }
            return SourceResult.Fail("not-docx", "不是 Word 文档：找不到文档正文", "The main part has no w:body.");
        }

        private bool IsWord()
        {
            _wordNs ??= _xml.NameTable.Add(WordNs);
            _strictWordNs ??= _xml.NameTable.Add(StrictWordNs);
            string ns = _xml.NamespaceURI;
            return ReferenceEquals(ns, _wordNs) || ReferenceEquals(ns, _strictWordNs);
        }

        private void ReadBody(int bodyDepth)
        {
            while (_limits.Exceeded is null && _xml.Read() && _xml.Depth > bodyDepth)
            {
                switch (_xml.NodeType)
                {
                    case XmlNodeType.Element: Start(); break;
                    case XmlNodeType.EndElement: if (IsWord()) End(); break;
                    case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA:
                        if (_inText) _text.Append(_xml.Value);
                        break;
                }
            }
        }

        private void Start()
        {
            // Drawings, text boxes (mc:AlternateContent, wps:txbx), math and extensions: not the report's text.
            if (!IsWord()) { Skip(); return; }
            bool empty = _xml.IsEmptyElement;
            switch (_xml.LocalName)
            {
                case "p": _text.Clear(); _lines.Clear(); if (empty) EndParagraph(); break;
                case "t": _inText = !empty; break;
                case "tab" or "ptab": _text.Append(' '); break;
                case "noBreakHyphen": _text.Append('-'); break;
                case "br" or "cr":
                    if (_tables.Count == 0) { _lines.Add(_text.ToString()); _text.Clear(); }
                    break;
                case "tbl":
                    if (_tables.Count >= MaxTableNesting) throw new InvalidDataException($"Tables nested deeper than {MaxTableNesting}.");
                    if (_tables.Count > 0) _tables[^1].HasNested = true;
                    _tables.Add(new Table());
                    if (empty) _tables.RemoveAt(_tables.Count - 1);
                    break;
                case "tr" when _tables.Count > 0:
                    _tables[^1].Row = [];
                    _tables[^1].HasNested = false;
                    if (empty) EndRow();
                    break;
                case "tc" when _tables.Count > 0:
                    _tables[^1].Cell.Clear();
                    _tables[^1].Continuation = false;
                    _tables[^1].Absorbed = false;
                    if (empty) EndCell();
                    break;
                case "vMerge" when _tables.Count > 0:
                    // w:vMerge without w:val, or val="continue", continues the cell above.
                    _tables[^1].Continuation = _xml.GetAttribute("val", _xml.NamespaceURI) is null or "continue";
                    if (!empty) Skip();
                    break;
                case "hMerge" when _tables.Count > 0:
                    _tables[^1].Absorbed = _xml.GetAttribute("val", _xml.NamespaceURI) is null or "continue";
                    if (!empty) Skip();
                    break;
                // Not visible text: properties, deleted and moved-away text, field codes, pictures, notes.
                case "rPr" or "pPr" or "tblPr" or "tblGrid" or "trPr" or "sectPr" or "del" or "moveFrom" or "delText"
                    or "instrText" or "delInstrText" or "txbxContent" or "pict" or "drawing" or "object"
                    or "footnoteReference" or "endnoteReference" or "sdtPr" or "sdtEndPr" or "rt" or "rubyPr":   // rt: the pinyin over ruby text
                    Skip();
                    break;
            }
        }

        private void End()
        {
            switch (_xml.LocalName)
            {
                case "t": _inText = false; break;
                case "p": EndParagraph(); break;
                case "tc" when _tables.Count > 0: EndCell(); break;
                case "tr" when _tables.Count > 0: EndRow(); break;
                case "tbl" when _tables.Count > 0: _tables.RemoveAt(_tables.Count - 1); break;
            }
        }

        /// <summary>Moves to the element's end tag, ignoring everything inside.</summary>
        private void Skip()
        {
            if (_xml.IsEmptyElement) return;
            int depth = _xml.Depth;
            while (_xml.Read() && _xml.Depth > depth) { }
        }

        private void EndParagraph()
        {
            if (_tables.Count > 0)
            {
                // A label split over paragraphs in a cell ("商业" / "企业") reads as one word.
                _tables[^1].Cell.Append(_text);
            }
            else
            {
                _lines.Add(_text.ToString());
                foreach (var line in _lines)
                    if (!string.IsNullOrWhiteSpace(line) && _limits.Take()) _blocks.Add(new SourceParagraph(line, _blocks.Count + 1));
                _lines.Clear();
            }
            _text.Clear();
        }

        private void EndCell()
        {
            var table = _tables[^1];
            table.Row ??= [];
            if (table.Row.Count >= SourceLimits.MaxRowCells) { _limits.RowTooWide(_blocks.Count + 1); return; }
            if (!table.Absorbed) table.Row.Add(table.Continuation ? "" : table.Cell.ToString().Trim());
            table.Cell.Clear();
            table.Continuation = false;
            table.Absorbed = false;
        }

        private void EndRow()
        {
            var table = _tables[^1];
            var row = table.Row ?? [];
            table.Row = null;
            // A row that only holds nested tables is layout, not data: its nested rows stand in for it.
            bool layoutOnly = table.HasNested && row.All(c => c.Length == 0);
            if (!layoutOnly && row.Count > 0 && _limits.Take(row.Count)) Emit(row);
            foreach (var nested in table.Nested) Emit(nested);   // counted when their own row ended
            table.Nested.Clear();
        }

        /// <summary>A nested table's rows wait for the row that holds them; the outermost table's rows are blocks.</summary>
        private void Emit(List<string> row)
        {
            if (_tables.Count > 1) _tables[^2].Nested.Add(row);
            else _blocks.Add(new SourceRow(row, _blocks.Count + 1));
        }
    }

    /// <summary>Fails reading once more than a set number of bytes came out of a zip entry, whatever its header declared.</summary>
    private sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        public sealed class LimitExceededException(string message) : IOException(message);

        private long _read;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = inner.Read(buffer);
            _read += n;
            if (_read > limit) throw new LimitExceededException($"More than {limit} bytes inflated.");
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
