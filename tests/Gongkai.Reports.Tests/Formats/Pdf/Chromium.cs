using System.Diagnostics;
using System.Text;

namespace Gongkai.Reports.Tests.Formats.Pdf;

/// <summary>Prints an HTML page to PDF with headless Chromium, as agencies' own PDFs are often made.</summary>
internal static class Chromium
{
    public const string Executable = "/usr/bin/chromium";

    public static Task<byte[]> PrintAsync(string html) => PrintAsync(new UTF8Encoding(false).GetBytes(html));

    /// <summary>Prints a page given as the bytes of its file, in whatever encoding its meta tag names.</summary>
    public static async Task<byte[]> PrintAsync(byte[] page)
    {
        string dir = Directory.CreateTempSubdirectory("gongkai-pdf-").FullName;
        try
        {
            string file = Path.Combine(dir, "report.html"), pdf = Path.Combine(dir, "report.pdf");
            await File.WriteAllBytesAsync(file, page);
            var start = new ProcessStartInfo(Executable)
            {
                ArgumentList =
                {
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", $"--user-data-dir={dir}/profile", "--no-pdf-header-footer",
                    $"--print-to-pdf={pdf}", new Uri(file).AbsoluteUri,
                },
                RedirectStandardOutput = true, RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            await process.WaitForExitAsync(timeout.Token);
            await output;
            if (!File.Exists(pdf)) throw new InvalidOperationException($"Chromium wrote no PDF (exit {process.ExitCode}): {(await output)[1]}");
            return await File.ReadAllBytesAsync(pdf);
        }
        finally { Directory.Delete(dir, true); }
    }
}
