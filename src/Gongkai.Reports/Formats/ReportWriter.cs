using Gongkai.Reports.Formats.Docx;
using Gongkai.Reports.Formats.Html;
using Gongkai.Reports.Formats.Json;
using Gongkai.Reports.Formats.Xlsx;
using Gongkai.Reports.Model;
using Gongkai.Reports.Rules;

namespace Gongkai.Reports.Formats;

/// <summary>The formats a report is written in.</summary>
public enum OutputFormat { Docx, Html, Xlsx, Json }

/// <summary>Writes a report in any output format.</summary>
public static class ReportWriter
{
    public static void Write(AnnualReport report, IReadOnlyList<Finding> findings, OutputFormat format, Stream output)
    {
        switch (format)
        {
            case OutputFormat.Json:
                using (var w = new System.Text.Json.Utf8JsonWriter(output, ReportJson.WriterOptions)) ReportJson.Write(w, report, findings);
                break;
            case OutputFormat.Docx: DocxWriter.Write(report, output); break;
            case OutputFormat.Html: HtmlWriter.Write(report, findings, output); break;
            case OutputFormat.Xlsx: XlsxWriter.Write(report, findings, output); break;
        }
    }

    public static string Extension(this OutputFormat format) => format.ToString().ToLowerInvariant();
}
