using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Reports.Tests.Formats.Docx;

using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

/// <summary>Hand-made Word documents, built with the Open XML SDK the way Word itself structures them.</summary>
internal static class WordFixture
{
    public static byte[] Document(params OpenXmlElement[] blocks)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(blocks));
        }
        return stream.ToArray();
    }

    /// <summary>A minimal package around hand-written body XML, for markup the SDK's typed classes do not make easy.</summary>
    public static byte[] Raw(string bodyXml, string mainPart = "word/document.xml", string wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                $"<Override PartName=\"/{mainPart}\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Entry(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                $"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"{mainPart}\"/></Relationships>");
            Entry(zip, mainPart,
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{wordNamespace}\" " +
                "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:v=\"urn:schemas-microsoft-com:vml\" " +
                "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">" +
                $"<w:body>{bodyXml}</w:body></w:document>");
        }
        return stream.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(content);
    }

    /// <summary>A paragraph of one or more runs.</summary>
    public static Paragraph P(params string[] runs) => new([.. runs.Select(r => new Run(new Text(r) { Space = SpaceProcessingModeValues.Preserve }))]);

    public static Table Table(params TableRow[] rows) => new([new TableProperties(), new TableGrid(), .. rows]);

    public static TableRow Row(params TableCell[] cells) => new(cells);

    /// <summary>A cell holding one paragraph per text (a label Word wrapped by hand: "商业" / "企业").</summary>
    public static TableCell Cell(params string[] paragraphs) => new(paragraphs.Length == 0 ? [new Paragraph()] : [.. paragraphs.Select(t => P(t))]);

    public static TableCell Spanning(int span, string text) => new(new TableCellProperties(new GridSpan { Val = span }), P(text));

    public static TableCell MergeStart(string text) => new(new TableCellProperties(new VerticalMerge { Val = MergedCellValues.Restart }), P(text));

    /// <summary>Word writes a continuation as &lt;w:vMerge/&gt; without a value; it may keep stale text.</summary>
    public static TableCell MergeContinue(string staleText = "") => new(new TableCellProperties(new VerticalMerge()), P(staleText));
}
