using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Gongkai.Reports.Formats.Xlsx;
using Gongkai.Reports.Model;
using Gongkai.Reports.Rules;

namespace Gongkai.Reports.Tests.Formats.Xlsx;

public class XlsxWriterTests
{
    private static byte[] Workbook(AnnualReport report, IReadOnlyList<Finding>? findings = null)
    {
        using var stream = new MemoryStream();
        XlsxWriter.Write(report, findings ?? AnnualReports.Check(report), stream);
        return stream.ToArray();
    }

    /// <summary>The cells of one sheet by reference ("J4").</summary>
    private static Dictionary<string, Cell> Cells(byte[] workbook, string sheetName)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var wb = doc.WorkbookPart!;
        var sheet = wb.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)wb.GetPartById(sheet.Id!);
        return part.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c => (Cell)c.CloneNode(true));
    }

    private static List<string> SheetNames(byte[] workbook)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        return [.. doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
    }

    private static string Text(Cell c) => c.InlineString?.InnerText ?? "";

    private static decimal? Value(Cell c) =>
        c.CellValue is null ? null : decimal.Parse(c.CellValue.Text, CultureInfo.InvariantCulture);

    public static TheoryData<string> AllReports()
    {
        var data = new TheoryData<string>();
        foreach (var f in SampleReports.SeedFiles) data.Add("seed:" + Path.GetFileName(f));
        foreach (var name in SampleReports.Synthetic.Keys) data.Add(name);
        return data;
    }

    private static AnnualReport Report(string name) =>
        name.StartsWith("seed:", StringComparison.Ordinal) ? SampleReports.Seed(name[5..]) : SampleReports.Synthetic[name]();

    [Theory]
    [MemberData(nameof(AllReports))]
    public void Every_workbook_passes_the_open_xml_validator(string name)
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Workbook(Report(name))), false);
        var errors = new OpenXmlValidator().Validate(doc).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void There_is_one_sheet_per_table_and_one_for_findings()
    {
        Assert.Equal(["报告", "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项",
            "申请情况", "复议诉讼", "发现的问题"], SheetNames(Workbook(SampleReports.V2019())));
        Assert.DoesNotContain("第二十条第（九）项", SheetNames(Workbook(SampleReports.V2021())));
    }

    [Fact]
    public void The_total_column_is_a_row_sum_formula_stored_with_its_value()
    {
        var report = SampleReports.V2021();
        var cells = Cells(Workbook(report), XlsxWriter.RequestsSheet);
        Assert.Equal("一、本年新收政府信息公开申请数量", Text(cells["A4"]));
        Assert.Equal("SUM(D4:I4)", cells["J4"].CellFormula!.Text);
        Assert.Equal(report.Requests[RequestRow.New, ApplicantColumn.Total], (int)Value(cells["J4"])!);
        for (int r = 4; cells.ContainsKey($"J{r}"); r++)
        {
            decimal sum = "DEFGHI".Sum(c => cells.TryGetValue($"{c}{r}", out var cell) ? Value(cell) ?? 0 : 0);
            Assert.NotNull(cells[$"J{r}"].CellFormula);
            Assert.Equal(sum, Value(cells[$"J{r}"]));
        }
    }

    [Fact]
    public void The_handled_row_sums_the_outcome_rows_of_each_column()
    {
        var report = SampleReports.V2021();
        var cells = Cells(Workbook(report), XlsxWriter.RequestsSheet);
        // Rows 4-5 are New and CarriedOver, 6-26 the 21 outcome rows, 27 （七）总计.
        Assert.Equal("（七）总计", Text(cells["B27"]));
        Assert.Equal("SUM(D6:D26)", cells["D27"].CellFormula!.Text);
        Assert.Equal(report.Requests.OutcomeSum(ApplicantColumn.NaturalPerson), (int)Value(cells["D27"])!);
        Assert.Equal("SUM(J6:J26)", cells["J27"].CellFormula!.Text);
        Assert.Equal(report.Requests.OutcomeSum(ApplicantColumn.Total), (int)Value(cells["J27"])!);
    }

    [Fact]
    public void A_total_the_report_printed_differently_shows_the_sum_and_is_marked()
    {
        var report = SampleReports.V2021();
        var requests = SampleReports.Requests(ReportFormat.V2021);
        int printed = requests[RequestRow.New, ApplicantColumn.Total]!.Value + 1;
        requests[RequestRow.New, ApplicantColumn.Total] = printed;
        var cells = Cells(Workbook(report with { Requests = requests }), XlsxWriter.RequestsSheet);
        Assert.Equal(printed - 1, (int)Value(cells["J4"])!);
        Assert.NotEqual(cells["J5"].StyleIndex!.Value, cells["J4"].StyleIndex!.Value);
    }

    [Fact]
    public void Header_cells_are_merged_like_the_form()
    {
        using var doc = SpreadsheetDocument.Open(new MemoryStream(Workbook(SampleReports.V2021())), false);
        var wb = doc.WorkbookPart!;
        var sheet = wb.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == XlsxWriter.RequestsSheet);
        var merges = ((WorksheetPart)wb.GetPartById(sheet.Id!)).Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value).ToList();
        Assert.Contains("A1:C3", merges);      // the 勾稽关系 note
        Assert.Contains("E2:I2", merges);      // 法人或其他组织
        Assert.Contains("A6:A27", merges);     // 三、本年度办理结果 over 22 rows
        Assert.Contains("B8:B15", merges);     // （三）不予公开 over 8 rows
    }

    [Fact]
    public void Blank_cells_stay_empty_and_zero_cells_hold_zero()
    {
        var cells = Cells(Workbook(SampleReports.Synthetic["blanks"]()), XlsxWriter.ReviewAndLitigationSheet);
        Assert.Null(cells["A4"].CellValue);                  // review Upheld blank
        Assert.Equal(0m, Value(cells["B4"]));                // review Corrected 0
        Assert.Null(cells["F4"].CellValue);                  // lawsuitDirect all blank…
        Assert.Null(cells["J4"].CellFormula);                // …so its total is no formula either
        Assert.Equal("SUM(A4:D4)", cells["E4"].CellFormula!.Text);
        Assert.Equal(0m, Value(cells["E4"]));
    }

    [Fact]
    public void Amounts_are_numbers_with_a_number_format()
    {
        var bytes = Workbook(SampleReports.V2021());
        var fee = Cells(bytes, "第二十条第（八）项")["B3"];
        Assert.Equal(28068.751m, Value(fee));
        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var format = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)fee.StyleIndex!.Value);
        Assert.Equal(164u, format.NumberFormatId!.Value);
    }

    [Fact]
    public void A_decrease_is_a_negative_number()
    {
        var cells = Cells(Workbook(SampleReports.V2019()), "第二十条第（五）项");
        Assert.Equal("其他对外管理服务事项", Text(cells["A4"]));
        Assert.Equal(-16m, Value(cells["C4"]));
    }

    [Fact]
    public void Findings_are_listed_with_rule_level_place_numbers_and_message()
    {
        var report = SampleReports.Synthetic["blanks"]();
        var findings = AnnualReports.Check(report);
        var cells = Cells(Workbook(report, findings), XlsxWriter.FindingsSheet);
        Assert.Equal("说明", Text(cells["F1"]));
        for (int i = 0; i < findings.Count; i++)
        {
            Assert.Equal(findings[i].Rule, Text(cells[$"A{i + 2}"]));
            Assert.Equal(findings[i].Message, Text(cells[$"F{i + 2}"]));
            Assert.Equal(findings[i].Expected, Value(cells[$"D{i + 2}"]));
        }
    }

    [Fact]
    public async Task LibreOffice_opens_the_workbook_and_shows_every_sheet_with_its_totals()
    {
        var report = SampleReports.V2019();
        string dir = Directory.CreateTempSubdirectory("gongkai-xlsx-").FullName;
        try
        {
            string xlsx = Path.Combine(dir, "report.xlsx");
            File.WriteAllBytes(xlsx, Workbook(report));
            // CSV export of every sheet (token 12 = -1), UTF-8 (token 3 = 76): proves the file was read, not just opened.
            var start = new ProcessStartInfo("soffice")
            {
                ArgumentList =
                {
                    $"-env:UserInstallation=file://{dir}/profile", "--headless", "--norestore",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, xlsx,
                },
                RedirectStandardOutput = true, RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
            Assert.DoesNotContain("Error", await stderr);
            Assert.Contains("临川县人民政府", File.ReadAllText(Path.Combine(dir, "report-报告.csv")));
            var handled = File.ReadAllLines(Path.Combine(dir, "report-申请情况.csv")).Single(l => l.Contains("（七）总计"));
            var expected = ApplicantColumns.All.Select(c => report.Requests[RequestRow.Handled, c]!.Value.ToString(CultureInfo.InvariantCulture));
            Assert.EndsWith(string.Join(",", expected), handled);
        }
        finally { Directory.Delete(dir, true); }
    }
}
