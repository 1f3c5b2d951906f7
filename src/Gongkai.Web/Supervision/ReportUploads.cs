using System.IO.Compression;
using System.Text;

namespace Gongkai.Web.Supervision;

/// <summary>
/// Unpacks a supervising office's upload: many report files, or zip archives of them, within
/// limits on count, size and decompressed size. A limit breached refuses the whole upload with a
/// Chinese message; a file of another type is left out with a message.
/// </summary>
public static class ReportUploads
{
    public const int MaxFiles = 200;
    public const long MaxFileBytes = 20L * 1024 * 1024;
    /// <summary>The request as a whole (the form's files together).</summary>
    public const long MaxRequestBytes = 100L * 1024 * 1024;
    /// <summary>Everything the archives of one upload unpack to.</summary>
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;

    private static readonly string[] ReportExtensions = [".txt", ".html", ".htm", ".docx", ".pdf", ".json", ".md"];

    public sealed record UploadedFile(string Name, byte[] Content);

    public sealed record Unpacked(IReadOnlyList<UploadedFile> Files, IReadOnlyList<string> Skipped, string? Refusal);

    static ReportUploads() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static async Task<Unpacked> UnpackAsync(IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var result = new List<UploadedFile>();
        var skipped = new List<string>();
        long unpacked = 0;
        if (files.Sum(f => f.Length) > MaxRequestBytes)
        {
            return Refuse($"一次上传的文件合计不能超过{MaxRequestBytes / 1024 / 1024}MB。");
        }

        foreach (var file in files)
        {
            var name = Path.GetFileName(file.FileName);
            if (file.Length == 0)
            {
                skipped.Add($"“{name}”是空文件，已跳过。");
                continue;
            }

            if (file.Length > MaxFileBytes)
            {
                return Refuse($"文件“{name}”超过{MaxFileBytes / 1024 / 1024}MB。");
            }

            var extension = Path.GetExtension(name).ToLowerInvariant();
            if (extension == ".zip")
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken);
                buffer.Position = 0;
                var refusal = Unzip(name, buffer, result, skipped, ref unpacked);
                if (refusal is not null)
                {
                    return Refuse(refusal);
                }
            }
            else if (ReportExtensions.Contains(extension))
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken);
                result.Add(new UploadedFile(name, buffer.ToArray()));
            }
            else
            {
                skipped.Add($"“{name}”不是年度报告文件（只接受 txt、html、docx、pdf、json、md 或 zip），已跳过。");
            }

            if (result.Count > MaxFiles)
            {
                return Refuse($"一次最多上传{MaxFiles}份报告（压缩包内的文件也计算在内）。");
            }
        }

        return new Unpacked(result, skipped, null);

        Unpacked Refuse(string message) => new([], [], message);
    }

    private static string? Unzip(string zipName, Stream zip, List<UploadedFile> into, List<string> skipped, ref long unpacked)
    {
        ZipArchive archive;
        try
        {
            // Archives made on Chinese Windows name their entries in GBK without the UTF-8 flag.
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: Encoding.GetEncoding("GB18030"));
        }
        catch (InvalidDataException)
        {
            return $"压缩包“{zipName}”已损坏或不是 zip 文件。";
        }

        using (archive)
        {
            foreach (var entry in archive.Entries)
            {
                var name = Path.GetFileName(entry.FullName.Replace('\\', '/'));
                if (name.Length == 0 || name.StartsWith('.') || entry.FullName.StartsWith("__MACOSX", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!ReportExtensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
                {
                    skipped.Add($"压缩包“{zipName}”中的“{name}”不是年度报告文件，已跳过。");
                    continue;
                }

                if (into.Count >= MaxFiles)
                {
                    return $"一次最多上传{MaxFiles}份报告（压缩包内的文件也计算在内）。";
                }

                // The sizes an archive declares can lie: read at most one byte past each limit.
                var limit = Math.Min(MaxFileBytes, MaxUnpackedBytes - unpacked);
                byte[] content;
                try
                {
                    using var stream = entry.Open();
                    using var buffer = new MemoryStream();
                    var chunk = new byte[81920];
                    int read;
                    while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
                    {
                        buffer.Write(chunk, 0, read);
                        if (buffer.Length > limit)
                        {
                            return buffer.Length > MaxFileBytes
                                ? $"压缩包“{zipName}”中的“{name}”解压后超过{MaxFileBytes / 1024 / 1024}MB。"
                                : $"压缩包解压后合计超过{MaxUnpackedBytes / 1024 / 1024}MB。";
                        }
                    }

                    content = buffer.ToArray();
                }
                catch (InvalidDataException)
                {
                    return $"压缩包“{zipName}”中的“{name}”已损坏，无法解压。";
                }

                unpacked += content.Length;
                into.Add(new UploadedFile(name, content));
            }
        }

        return null;
    }
}
