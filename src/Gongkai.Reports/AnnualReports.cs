using Gongkai.Reports.Formats.Docx;
using Gongkai.Reports.Formats.Html;
using Gongkai.Reports.Formats.Json;
using Gongkai.Reports.Formats.Pdf;
using Gongkai.Reports.Formats.Text;
using Gongkai.Reports.Model;
using Gongkai.Reports.Reading;
using Gongkai.Reports.Rules;

namespace Gongkai.Reports;

/// <summary>The kinds of document a report arrives in.</summary>
public enum DocumentKind { Text, Html, Docx, Pdf, Json }

/// <summary>
/// The report engine's front door: read a report from any supported document, check it, and
/// write it out. Bad documents come back as a <see cref="ReadResult"/> with a Chinese message,
/// never as an exception.
/// </summary>
public static class AnnualReports
{
    /// <summary>The largest file accepted: a real report is a few hundred kilobytes, a scanned one a few megabytes.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>Reads a report from a file on disk.</summary>
    public static ReadResult Read(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return ReadResult.Fail("not-found", $"找不到文件：{path}", $"File not found: {path}");
            if (info.Length == 0) return ReadResult.Fail("empty", "文件是空的", "The file is empty.");
            if (info.Length > MaxFileBytes) return TooLarge(info.Length);
            return Read(File.ReadAllBytes(path), info.Name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Fail("io", $"无法读取文件：{e.Message}", $"Cannot read {path}: {e.Message}");
        }
    }

    private static ReadResult TooLarge(long length) =>
        ReadResult.Fail("too-large", $"文件过大（{length / 1024 / 1024} MB）；年度报告文件不应超过 {MaxFileBytes / 1024 / 1024} MB",
            $"File of {length} bytes exceeds the {MaxFileBytes}-byte limit.");

    /// <summary>Reads a report from the bytes of a document; the name's extension is a hint, the content decides.</summary>
    public static ReadResult Read(byte[] bytes, string fileName)
    {
        if (bytes.Length == 0) return ReadResult.Fail("empty", "文件是空的", "The file is empty.");
        if (bytes.Length > MaxFileBytes) return TooLarge(bytes.Length);
        var kind = Detect(bytes, fileName);
        return kind switch
        {
            DocumentKind.Docx => FromSource(DocxSource.Read(bytes)),
            DocumentKind.Pdf => FromSource(PdfSource.Read(bytes)),
            _ => ReadText(bytes, kind),
        };
    }

    private static ReadResult ReadText(byte[] bytes, DocumentKind kind)
    {
        if (!TextSource.TryDecode(bytes, out string text))
            return ReadResult.Fail("not-text", "文件不是文本，也不是 Word、PDF 或网页文件；无法识别其内容或编码",
                "Content is neither a known document format nor decodable text.");
        return kind switch
        {
            DocumentKind.Json => ReportJson.Read(text),
            DocumentKind.Html => FromSource(HtmlSource.Parse(text)),
            _ => FromSource(TextSource.Parse(text)),
        };
    }

    private static ReadResult FromSource(SourceResult source) =>
        source.Document is { } doc ? SourceLines.Attach(FormReader.Read(doc), doc) : new ReadResult { Error = source.Error };

    /// <summary>Tells the document kind from its first bytes, falling back on the extension.</summary>
    public static DocumentKind Detect(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.StartsWith("PK\x03\x04"u8) || bytes.StartsWith("PK\x05\x06"u8)) return DocumentKind.Docx;   // a zip; 05 06: an empty one
        // An OLE compound file: a password-protected .docx or a legacy .doc; the DOCX reader says which.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return DocumentKind.Docx;
        if (bytes.StartsWith("%PDF"u8)) return DocumentKind.Pdf;
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        head = head.TrimStart(" \t\r\n"u8);
        if (head.StartsWith("{"u8) || head.StartsWith("["u8)) return DocumentKind.Json;
        if (head.StartsWith("<"u8)) return DocumentKind.Html;
        return Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".html" or ".htm" => DocumentKind.Html,
            ".json" => DocumentKind.Json,
            _ => DocumentKind.Text,
        };
    }

    /// <summary>Runs every consistency rule; with last year's report the cross-year rules too.</summary>
    public static IReadOnlyList<Finding> Check(AnnualReport report, AnnualReport? previous = null) => ReportChecker.Check(report, previous);
}

/// <summary>A reader's output: the document's blocks, or why it could not be read.</summary>
public sealed record SourceResult(SourceDocument? Document, ReadError? Error)
{
    public static implicit operator SourceResult(SourceDocument document) => new(document, null);

    public static SourceResult Fail(string code, string message, string logMessage) => new(null, new ReadError(code, message, logMessage));
}
