using Gongkai.Reports.Model;

namespace Gongkai.Reports.Reading;

/// <summary>
/// Gives each prose paragraph of a report the line it came from, so that a finding about a
/// sentence (prose.*) can point into the document. Paragraphs are found in document order after
/// their section's heading, by their text.
/// </summary>
internal static class SourceLines
{
    public static ReadResult Attach(ReadResult result, SourceDocument document)
    {
        if (result.Report is not { } report || report.Sections.Count == 0) return result;
        var paragraphs = document.Blocks.OfType<SourceParagraph>().ToList();
        var sections = new List<ReportSection>(report.Sections.Count);
        foreach (var section in report.Sections)
        {
            int at = paragraphs.FindIndex(p => p.Text.Trim() == section.Heading);
            var lines = new List<int>(section.Paragraphs.Count);
            foreach (var text in section.Paragraphs)
            {
                int found = at < 0 ? -1 : paragraphs.FindIndex(at, p => p.Text.Trim() == text);
                if (found < 0) break;   // not found in order: leave the rest without lines rather than guess
                lines.Add(paragraphs[found].Line);
                at = found + 1;
            }
            sections.Add(lines.Count == section.Paragraphs.Count ? section with { Lines = lines } : section);
        }
        return result with { Report = report with { Sections = sections } };
    }
}
