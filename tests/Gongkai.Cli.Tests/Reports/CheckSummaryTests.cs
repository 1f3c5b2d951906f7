using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Gongkai.Cli.Reports;

namespace Gongkai.Cli.Tests.Reports;

/// <summary>`gongkai report check DIR --summary out.xlsx`.</summary>
public class CheckSummaryTests
{
    private static List<List<string>> Rows(string xlsx, string sheetName)
    {
        using var doc = SpreadsheetDocument.Open(xlsx, false);
        var part = doc.WorkbookPart!;
        var sheet = part.Workbook.Descendants<Sheet>().Single(s => s.Name == sheetName);
        var ws = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet;
        return [.. ws.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList())];
    }

    private static string Summarize(SubordinateReports dir, out int exit)
    {
        string xlsx = Path.Combine(dir.Folder, "..", $"summary-{Guid.NewGuid():N}.xlsx");
        exit = ReportCommand.Check([dir.Folder], false, null, new StringWriter(), new StringWriter(), xlsx);
        return xlsx;
    }

    [Fact]
    public void Summary_has_one_row_per_file_with_agency_year_counts_and_findings()
    {
        using var dir = new SubordinateReports();
        dir.AddSeed("000");
        dir.AddSeed("003");
        string xlsx = Summarize(dir, out _);
        var rows = Rows(xlsx, "报告");
        Assert.Equal(["文件", "机关", "年度", "能否读取", "错误", "警告", "发现的问题"], rows[0]);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["山西省自然资源厅", "2021", "能", "2", "0"], rows[1][1..6]);
        Assert.Contains("[requests.balance]", rows[1][6]);
        Assert.Equal("泽州县自然资源局", rows[2][1]);
    }

    [Fact]
    public void An_unreadable_file_has_a_row_saying_why()
    {
        using var dir = new SubordinateReports();
        dir.Add("scan.pdf", "%PDF-1.4 broken");
        string xlsx = Summarize(dir, out int exit);
        var row = Rows(xlsx, "报告")[1];
        Assert.StartsWith("不能：", row[3]);
        Assert.Equal(ReportCommand.Unreadable, exit);
    }

    [Fact]
    public void The_findings_sheet_has_one_row_per_finding_with_its_cells()
    {
        using var dir = new SubordinateReports();
        dir.AddSeed("000");
        var rows = Rows(Summarize(dir, out _), "发现的问题");
        Assert.Equal(3, rows.Count);   // header and the two requests.balance findings of seed 000
        Assert.Equal("requests.balance", rows[1][3]);
        Assert.Contains("requests.rows.New[0]", rows[1][6]);
    }

    [Fact]
    public void The_summary_workbook_is_valid_spreadsheetml()
    {
        using var dir = new SubordinateReports();
        dir.AddSeed("000");
        dir.AddSeed("002");
        using var doc = SpreadsheetDocument.Open(Summarize(dir, out _), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
    }
}
