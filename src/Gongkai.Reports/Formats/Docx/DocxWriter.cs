using Gongkai.Reports.Model;

namespace Gongkai.Reports.Formats.Docx;

/// <summary>Writes a report as a Word document laid out like the official form.</summary>
public static class DocxWriter
{
    public static void Write(AnnualReport report, Stream output) => throw new NotSupportedException("DOCX writing is being built.");
}
