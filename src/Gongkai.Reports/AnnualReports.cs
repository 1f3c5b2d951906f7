using Gongkai.Reports.Formats.Docx;
using Gongkai.Reports.Formats.Html;
using Gongkai.Reports.Formats.Json;
using Gongkai.Reports.Formats.Markdown;
using Gongkai.Reports.Formats.Pdf;
using Gongkai.Reports.Formats.Text;
using Gongkai.Reports.Model;
using Gongkai.Reports.Reading;
using Gongkai.Reports.Rules;

namespace Gongkai.Reports;

/// <summary>The kinds of document a report arrives in.</summary>
public enum DocumentKind { Text, Html, Docx, Pdf, Json, Markdown }

/// <summary>
/// The report engine's front door: read a report from any supported document, check it, and
/// write it out. Bad documents come back as a <see cref="ReadResult"/> with a Chinese message,
/// never as an exception.
/// </summary>
public static class AnnualReports
{
    /// <summary>The largest file accepted: a real report is a few hundred kilobytes, a scanned one a few megabytes.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>Reads a report from a file on disk (the first, if a JSON file holds several).</summary>
    public static ReadResult Read(string path)
    {
        var one = Read(path, out byte[]? bytes);
        return bytes is null ? one : Read(bytes, Path.GetFileName(path));
    }

    /// <summary>The file's bytes, or (with null bytes) why they cannot be had.</summary>
    private static ReadResult Read(string path, out byte[]? bytes)
    {
        bytes = null;
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path)) return ReadResult.Fail("io", $"这是文件夹，不是文件：{path}", $"{path} is a directory.");
            if (!info.Exists) return ReadResult.Fail("not-found", $"找不到文件：{path}", $"File not found: {path}");
            if (info.Length == 0) return ReadResult.Fail("empty", "文件是空的", "The file is empty.");
            if (info.Length > MaxFileBytes) return TooLarge(info.Length);
            bytes = File.ReadAllBytes(path);
            return new ReadResult();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ReadResult.Fail("io", $"无法读取文件：{path}（{ChineseReason(e)}）", $"Cannot read {path}: {e.Message}");
        }
    }

    private static string ChineseReason(Exception e) => e switch
    {
        UnauthorizedAccessException => "没有读取权限",
        PathTooLongException => "路径过长",
        ArgumentException or NotSupportedException => "文件名无效",
        _ => "输入输出错误",
    };

    private static ReadResult TooLarge(long length) =>
        ReadResult.Fail("too-large", $"文件过大（{length / 1024 / 1024} MB）；年度报告文件不应超过 {MaxFileBytes / 1024 / 1024} MB",
            $"File of {length} bytes exceeds the {MaxFileBytes}-byte limit.");

    /// <summary>Reads a report from the bytes of a document; the name's extension is a hint, the content decides.</summary>
    public static ReadResult Read(byte[] bytes, string fileName) => ReadAll(bytes, fileName)[0];

    /// <summary>
    /// Reads every report a file holds: one, except a JSON array of reports (what
    /// <c>gongkai report check --json</c> prints), which gives one result per element.
    /// </summary>
    public static IReadOnlyList<ReadResult> ReadAll(string path)
    {
        var one = Read(path, out byte[]? bytes);
        return bytes is null ? [one] : ReadAll(bytes, Path.GetFileName(path));
    }

    /// <inheritdoc cref="ReadAll(string)"/>
    public static IReadOnlyList<ReadResult> ReadAll(byte[] bytes, string fileName)
    {
        if (bytes.Length == 0) return [ReadResult.Fail("empty", "文件是空的", "The file is empty.")];
        if (bytes.Length > MaxFileBytes) return [TooLarge(bytes.Length)];
        try
        {
            var kind = Detect(bytes, fileName);
            return kind switch
            {
                DocumentKind.Docx => [FromSource(DocxSource.Read(bytes))],
                DocumentKind.Pdf => [FromSource(PdfSource.Read(bytes))],
                _ => ReadText(bytes, kind),
            };
        }
        // Readers turn every bad document they know of into a ReadResult. An exception here is a
        // defect in Gongkai: that file is reported unreadable (and the others in a folder still checked).
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [Defect(e)];
        }
    }

    /// <summary>The result for a file whose reading or checking hit a defect in Gongkai.</summary>
    public static ReadResult Defect(Exception e) =>
        ReadResult.Fail("internal", $"读取时程序出错（{e.GetType().Name}），这是 Gongkai 的缺陷，请把文件提交给维护者",
            $"Defect while reading: {e}");

    private static IReadOnlyList<ReadResult> ReadText(byte[] bytes, DocumentKind kind)
    {
        if (!TextSource.TryDecode(bytes, out string text))
            return [ReadResult.Fail("not-text", "文件不是文本，也不是 Word、PDF 或网页文件；无法识别其内容或编码",
                "Content is neither a known document format nor decodable text.")];
        return kind switch
        {
            DocumentKind.Json => ReportJson.ReadAll(text),
            DocumentKind.Html => [FromSource(HtmlSource.Parse(text))],
            // Markdown by name, or plain text that is Markdown by its content (OCR output saved as .txt).
            DocumentKind.Markdown => [FromSource(MarkdownSource.Parse(text))],
            _ when MarkdownSource.Looks(text) => [FromSource(MarkdownSource.Parse(text))],
            _ => [FromSource(TextSource.Parse(text))],
        };
    }

    private static ReadResult FromSource(SourceResult source) =>
        source.Document is { } doc ? FormReader.Read(doc) : new ReadResult { Error = source.Error };

    /// <summary>Tells the document kind from its first bytes, falling back on the extension.</summary>
    public static DocumentKind Detect(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.StartsWith("PK\x03\x04"u8) || bytes.StartsWith("PK\x05\x06"u8)) return DocumentKind.Docx;   // a zip; 05 06: an empty one
        // An OLE compound file: a password-protected .docx or a legacy .doc; the DOCX reader says which.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return DocumentKind.Docx;
        if (bytes.StartsWith("%PDF"u8)) return DocumentKind.Pdf;
        switch (Path.GetExtension(fileName).ToLowerInvariant())
        {
            case ".html" or ".htm": return DocumentKind.Html;
            case ".json": return DocumentKind.Json;
            case ".md" or ".markdown": return DocumentKind.Markdown;
        }
        // Any other name: JSON or HTML only when the text opens as they do. A plain-text report may
        // start with "[" (a bookmark) or "<" (《…》 typed as <…>); those are text.
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        head = head.TrimStart(" \t\r\n"u8);
        if (OpensJson(head)) return DocumentKind.Json;
        if (OpensHtml(head)) return DocumentKind.Html;
        return DocumentKind.Text;
    }

    /// <summary>{ followed by a key or }, or [ followed by an object or ].</summary>
    private static bool OpensJson(ReadOnlySpan<byte> head)
    {
        if (head.Length < 2 || head[0] is not ((byte)'{' or (byte)'[')) return false;
        var rest = head[1..].TrimStart(" \t\r\n"u8);
        return rest.Length > 0 && (head[0] == '{' ? rest[0] is (byte)'"' or (byte)'}' : rest[0] is (byte)'{' or (byte)']');
    }

    private static readonly string[] HtmlOpenings = ["<!doctype html", "<html", "<head", "<body", "<meta", "<!--", "<div", "<p>", "<p ", "<table", "<title", "<h1", "<article"];

    private static bool OpensHtml(ReadOnlySpan<byte> head)
    {
        if (head.Length < 2 || head[0] != '<') return false;
        Span<char> start = stackalloc char[Math.Min(head.Length, 16)];
        for (int i = 0; i < start.Length; i++) start[i] = char.ToLowerInvariant((char)head[i]);
        foreach (var opening in HtmlOpenings)
            if (((ReadOnlySpan<char>)start).StartsWith(opening, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Runs every consistency rule; with last year's report the cross-year rules too.</summary>
    public static IReadOnlyList<Finding> Check(AnnualReport report, AnnualReport? previous = null) => ReportChecker.Check(report, previous);
}
