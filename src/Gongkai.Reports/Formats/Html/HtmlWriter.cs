using System.Net;
using System.Text;
using Gongkai.Reports.Model;
using Gongkai.Reports.Rules;
using static Gongkai.Reports.Formats.FormLayout;

namespace Gongkai.Reports.Formats.Html;

/// <summary>
/// Writes a report as one self-contained, printable, accessible HTML page laid out like the
/// official form: title, preface, the six sections with their prose, the tables of sections
/// 二/三/四 with the form's labels and merged header cells, and the 落款. Findings go in an
/// <c>&lt;aside data-gongkai="findings"&gt;</c> that <see cref="HtmlSource"/> skips, so the
/// page reads back as the same report. Printed (or saved as PDF) the page is the report alone:
/// the findings and the table captions, which repeat the headings, are not printed, so that the
/// PDF reads back as the same report too.
/// </summary>
public static class HtmlWriter
{
    /// <summary>The marker of elements that are not part of the report (findings, screen-reader hints).</summary>
    internal const string MarkerAttribute = "data-gongkai";

    /// <summary>Writes the page as UTF-8 (without BOM) to <paramref name="output"/>, which is left open.</summary>
    public static void Write(AnnualReport report, IReadOnlyList<Finding> findings, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 65536, leaveOpen: true);
        writer.Write(ToHtml(report, findings));
    }

    /// <summary>The page as a string.</summary>
    public static string ToHtml(AnnualReport report, IReadOnlyList<Finding> findings)
    {
        var h = new StringBuilder(32768);
        string title = Title(report);
        h.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
         .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
         .Append("<meta name=\"generator\" content=\"Gongkai\">\n")
         .Append("<title>").Append(E(title)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n<article>\n");
        h.Append("<h1>").Append(E(title)).Append("</h1>\n");
        foreach (var p in report.Preface) Paragraph(h, p);
        foreach (var number in Enum.GetValues<SectionNumber>())
        {
            var section = report.Section(number);
            h.Append("<section>\n");
            if (section is not null)
            {
                h.Append("<h2>").Append(E(section.Heading)).Append("</h2>\n");
                foreach (var p in section.Paragraphs) Paragraph(h, p);
            }
            switch (number)
            {
                case SectionNumber.二: ActiveTables(h, report.Active); break;
                case SectionNumber.三 when !report.Requests.IsEmpty: RequestsTable(h, report.Requests); break;
                case SectionNumber.四 when report.ReviewAndLitigation is { } remedies: ReviewAndLitigationTable(h, remedies); break;
            }
            h.Append("</section>\n");
        }
        if (report.PublishedOn is DateOnly date)
        {
            h.Append("<div class=\"signature\">\n");
            if (report.Agency is { Length: > 0 } agency) h.Append("<p>").Append(E(agency)).Append("</p>\n");
            h.Append("<p>").Append(ChineseDate(date)).Append("</p>\n</div>\n");
        }
        h.Append("</article>\n");
        Findings(h, findings);
        h.Append("</main>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static void Paragraph(StringBuilder h, string text) => h.Append("<p>").Append(E(text)).Append("</p>\n");

    private static void ValueCell(StringBuilder h, decimal? value, int colspan = 1)
    {
        h.Append("<td class=\"n\"").Append(Span("colspan", colspan)).Append('>');
        if (value is decimal v) h.Append(Number(v));
        // Blank is a fact of its own (not 0): say so to screen readers; the reader skips the marker.
        else h.Append("<span class=\"sr-only\" ").Append(MarkerAttribute).Append("=\"blank\">空白</span>");
        h.Append("</td>");
    }

    private static void ActiveTables(StringBuilder h, ActiveDisclosure active)
    {
        foreach (var table in FormLayout.ActiveTables(active))
        {
            int width = table.Width;
            // The form prints the item as the table's first row; the caption names the table for screen readers.
            h.Append("<table class=\"active\">\n<caption class=\"sr-only\">").Append(E(table.Item)).Append("</caption>\n")
             .Append("<thead><tr><th colspan=\"").Append(width + 1).Append("\" scope=\"colgroup\">").Append(E(table.Item)).Append("</th></tr></thead>\n");
            foreach (var run in table.Runs())
            {
                var columns = run[0].Columns;
                h.Append("<tbody>\n<tr><th scope=\"col\">").Append(FormLayout.InformationContent).Append("</th>");
                for (int c = 0; c < columns.Count; c++)
                    h.Append("<th scope=\"col\"").Append(Span("colspan", c == columns.Count - 1 ? width - c : 1)).Append('>')
                     .Append(E(columns[c].Header)).Append("</th>");
                h.Append("</tr>\n");
                foreach (var row in run)
                {
                    h.Append("<tr><th scope=\"row\">").Append(E(row.Label)).Append("</th>");
                    for (int c = 0; c < row.Cells.Count; c++)
                        ValueCell(h, row.Cells[c], c == row.Cells.Count - 1 ? width - c : 1);
                    h.Append("</tr>\n");
                }
                h.Append("</tbody>\n");
            }
            h.Append("</table>\n");
        }
    }

    private static string Span(string name, int n) => n > 1 ? $" {name}=\"{n}\"" : "";

    private static void RequestsTable(StringBuilder h, RequestTable table)
    {
        h.Append("<table class=\"requests\">\n<caption>收到和处理政府信息公开申请情况</caption>\n<thead>\n")
         .Append("<tr><td colspan=\"3\" rowspan=\"3\" class=\"note\">").Append(FormLayout.BalanceNote).Append("</td>")
         .Append("<th colspan=\"7\" scope=\"colgroup\">").Append(FormLayout.Applicants).Append("</th></tr>\n")
         .Append("<tr><th rowspan=\"2\" scope=\"col\">").Append(ApplicantColumn.NaturalPerson.ChineseLabel()).Append("</th>")
         .Append("<th colspan=\"5\" scope=\"colgroup\">").Append(FormLayout.Organizations).Append("</th>")
         .Append("<th rowspan=\"2\" scope=\"col\">").Append(ApplicantColumn.Total.ChineseLabel()).Append("</th></tr>\n<tr>");
        foreach (var column in ApplicantColumns.Applicants.Skip(1)) h.Append("<th scope=\"col\">").Append(column.ChineseLabel()).Append("</th>");
        h.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var line in RequestLines(table))
        {
            h.Append("<tr>");
            if (line.IsTopLevel)
                h.Append("<th colspan=\"3\" scope=\"row\">").Append(line.Row.ChineseLabel()).Append("</th>");
            else
            {
                if (line.OutcomeSpan > 0)
                    h.Append("<th").Append(Span("rowspan", line.OutcomeSpan)).Append(" scope=\"rowgroup\">").Append(FormLayout.Outcomes).Append("</th>");
                if (line.GroupSpan > 0)
                    h.Append("<th").Append(Span("rowspan", line.GroupSpan)).Append(" scope=\"rowgroup\">").Append(line.Row.Group().ChineseLabel()).Append("</th>");
                h.Append("<th").Append(line.IsSubRow ? "" : " colspan=\"2\"").Append(" scope=\"row\">").Append(line.Row.ChineseLabel()).Append("</th>");
            }
            foreach (var column in ApplicantColumns.All) ValueCell(h, table[line.Row, column]);
            h.Append("</tr>\n");
        }
        h.Append("</tbody>\n</table>\n");
    }

    private static void ReviewAndLitigationTable(StringBuilder h, ReviewAndLitigation remedies)
    {
        h.Append("<table class=\"appeals\">\n<caption>政府信息公开行政复议、行政诉讼情况</caption>\n<thead>\n")
         .Append("<tr><th colspan=\"5\" scope=\"colgroup\">").Append(RemedyGroup.AdministrativeReview.ChineseLabel()).Append("</th>")
         .Append("<th colspan=\"10\" scope=\"colgroup\">").Append(FormLayout.Lawsuit).Append("</th></tr>\n<tr>");
        foreach (var label in RemedyCounts.ChineseLabels) h.Append("<th rowspan=\"2\" scope=\"col\">").Append(label).Append("</th>");
        h.Append("<th colspan=\"5\" scope=\"colgroup\">").Append(FormLayout.LawsuitDirect).Append("</th>")
         .Append("<th colspan=\"5\" scope=\"colgroup\">").Append(FormLayout.LawsuitAfterReview).Append("</th></tr>\n<tr>");
        for (int g = 0; g < 2; g++)
            foreach (var label in RemedyCounts.ChineseLabels) h.Append("<th scope=\"col\">").Append(label).Append("</th>");
        h.Append("</tr>\n</thead>\n<tbody>\n<tr>");
        foreach (var (_, counts) in remedies.Groups)
            foreach (var cell in counts.Cells) ValueCell(h, cell);
        h.Append("</tr>\n</tbody>\n</table>\n");
    }

    private static void Findings(StringBuilder h, IReadOnlyList<Finding> findings)
    {
        h.Append("<aside ").Append(MarkerAttribute).Append("=\"findings\" aria-labelledby=\"findings-title\">\n")
         .Append("<h2 id=\"findings-title\">发现的问题</h2>\n");
        if (findings.Count == 0) { h.Append("<p>未发现勾稽关系问题。</p>\n</aside>\n"); return; }
        h.Append("<ul>\n");
        foreach (var f in findings)
        {
            h.Append("<li class=\"").Append(f.SeverityName).Append("\"><strong>")
             .Append(f.Severity == Severity.Error ? "错误" : "提示").Append("</strong> ")
             .Append(E(f.Message)).Append(" <code>").Append(E(f.Rule));
            if (f.Where is { Length: > 0 } where) h.Append(" · ").Append(E(where));
            h.Append("</code></li>\n");
        }
        h.Append("</ul>\n</aside>\n");
    }

    private const string Css = """

body{margin:0;background:#f4f4f4;color:#111;font-family:"FangSong","STFangsong","Noto Serif CJK SC","Source Han Serif SC",serif;line-height:1.8}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
article{background:#fff;padding:2rem 2.5rem;box-shadow:0 0 .3rem #ccc}
h1{font-family:"SimHei","Noto Sans CJK SC",sans-serif;text-align:center;font-size:1.6rem;line-height:1.5}
h2{font-family:"SimHei","Noto Sans CJK SC",sans-serif;font-size:1.2rem;margin:1.5rem 0 .5rem}
p{text-indent:2em;margin:.3rem 0}
table{border-collapse:collapse;width:100%;margin:.8rem 0;font-size:.9rem;line-height:1.4;page-break-inside:auto}
caption{font-weight:bold;padding:.3rem}
th,td{border:1px solid #333;padding:.25rem .4rem;vertical-align:middle}
th{font-weight:normal;background:#f7f7f7;text-align:center}
th[scope=row]{text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.note{font-size:.8rem;text-align:center}
tr{page-break-inside:avoid}
.signature{text-align:right;margin-top:2rem}
.signature p{text-indent:0}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
aside{margin-top:1.5rem;padding:1rem 1.5rem;border-left:.3rem solid #b00;background:#fff8f0}
aside li.error strong{color:#b00}
aside li.warning strong{color:#a60}
@media print{body{background:#fff}main{max-width:none;padding:0}article{box-shadow:none;padding:0}aside,caption{display:none}@page{size:A4;margin:2cm 1.8cm}}

""";
}
