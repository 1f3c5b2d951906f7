namespace Gongkai.Web.Attachments;

/// <summary>
/// Checks applicants' attachments: at most <see cref="MaxFiles"/> files of <see cref="MaxBytes"/>
/// each, and only PDF, JPEG, PNG and DOCX whose first bytes match their extension.
/// </summary>
public static class Uploads
{
    public const int MaxFiles = 5;
    public const long MaxBytes = 10 * 1024 * 1024;

    private static readonly Dictionary<string, (string ContentType, byte[] Magic)> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", "%PDF-"u8.ToArray()),
        [".jpg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".jpeg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".png"] = ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [0x50, 0x4B, 0x03, 0x04]),
    };

    /// <summary>A checked attachment, ready to store under a generated name.</summary>
    public sealed record Checked(string FileName, string ContentType, byte[] Content);

    /// <summary>Reads and checks the files; returns the error in Chinese for the first bad one.</summary>
    public static async Task<(IReadOnlyList<Checked> Files, string? Error)> CheckAsync(IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count > MaxFiles)
        {
            return ([], $"附件最多{MaxFiles}个。");
        }

        var result = new List<Checked>();
        foreach (var file in files)
        {
            if (file.Length == 0)
            {
                continue;
            }

            if (file.Length > MaxBytes)
            {
                return ([], $"附件“{Path.GetFileName(file.FileName)}”超过10MB。");
            }

            var extension = Path.GetExtension(file.FileName);
            if (!Allowed.TryGetValue(extension, out var kind))
            {
                return ([], $"附件“{Path.GetFileName(file.FileName)}”的类型不允许，只接受PDF、JPG、PNG、DOCX文件。");
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            var content = buffer.ToArray();
            if (!content.AsSpan().StartsWith(kind.Magic))
            {
                return ([], $"附件“{Path.GetFileName(file.FileName)}”的内容与扩展名不符。");
            }

            // Stored with a generated name, never the applicant's path.
            result.Add(new Checked($"附件{result.Count + 1}{extension.ToLowerInvariant()}", kind.ContentType, content));
        }

        return (result, null);
    }
}
