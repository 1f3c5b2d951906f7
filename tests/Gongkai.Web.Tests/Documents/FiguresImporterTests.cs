using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Core.Catalog;
using Gongkai.Web.Documents;

namespace Gongkai.Web.Tests.Documents;

public sealed class FiguresImporterTests
{
    private const string Header = "事项,处理决定数量,收费金额（万元）\n";

    private static FiguresImport Csv(string text, Encoding? encoding = null, bool bom = false)
    {
        var bytes = (encoding ?? new UTF8Encoding(false)).GetBytes(text);
        if (bom)
        {
            bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        }

        return FiguresImporter.Read(new MemoryStream(bytes), "figures.csv", 1, 2025);
    }

    [Fact]
    public void A_count_that_is_not_an_integer_is_reported_with_its_row_and_column()
    {
        var result = Csv(Header + "行政许可,12,\n行政处罚,三,\n");
        Assert.Null(result.Figures);
        Assert.Equal("第3行：“处理决定数量”不是整数", Assert.Single(result.Errors));
    }

    [Fact]
    public void A_negative_count_is_reported()
    {
        Assert.Equal("第2行：“处理决定数量”不能为负数", Assert.Single(Csv(Header + "行政强制,-4,\n").Errors));
    }

    [Fact]
    public void An_unknown_item_is_reported_with_the_accepted_names()
    {
        Assert.Contains("第2行：“事项”应为行政许可、行政处罚", Assert.Single(Csv(Header + "行政检查,4,\n").Errors));
    }

    [Fact]
    public void A_missing_column_is_reported_on_the_first_row()
    {
        Assert.Equal("第1行：缺少“收费金额（万元）”列。", Assert.Single(Csv("事项,处理决定数量\n行政许可,3\n").Errors));
    }

    [Fact]
    public void Rows_of_the_same_item_add_up()
    {
        Assert.Equal(7, Csv(Header + "行政许可,3,\n行政许可,4,\n").Figures!.Licensing);
    }

    [Fact]
    public void Quoted_cells_may_hold_commas_and_quotes()
    {
        var rows = FiguresImporter.CsvRows("a,\"b,\"\"c\"\"\",d\r\ne");
        Assert.Equal(["b,\"c\"", "e"], [rows[0][1], rows[1][0]]);
    }

    [Fact]
    public void A_byte_order_mark_is_ignored()
    {
        Assert.Equal(5, Csv(Header + "行政处罚,5,\n", bom: true).Figures!.Penalty);
    }

    [Fact]
    public void A_gbk_file_is_read()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var figures = Csv(Header + "行政事业性收费,,12.5\n", Encoding.GetEncoding("GBK")).Figures!;
        Assert.Equal(12.5m, figures.FeesTenThousandYuan);
    }

    [Fact]
    public void An_xlsx_sheet_is_read()
    {
        var result = FiguresImporter.Read(Xlsx(["事项", "处理决定数量", "收费金额（万元）"], ["行政许可", "9", ""]), "figures.xlsx", 1, 2025);
        Assert.Equal(9, result.Figures!.Licensing);
    }

    [Fact]
    public void A_file_that_is_not_xlsx_is_refused_in_chinese()
    {
        var result = FiguresImporter.Read(new MemoryStream("not a zip"u8.ToArray()), "figures.xlsx", 1, 2025);
        Assert.Equal("文件不是有效的XLSX表格。", Assert.Single(result.Errors));
    }

    [Fact]
    public void Another_file_type_is_refused()
    {
        Assert.Equal("只能导入CSV或XLSX文件。", Assert.Single(FiguresImporter.Read(new MemoryStream(), "a.pdf", 1, 2025).Errors));
    }

    private static MemoryStream Xlsx(params string[][] rows)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    row.Append(new Cell
                    {
                        CellReference = $"{(char)('A' + c)}{r + 1}",
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(rows[r][c])),
                    });
                }

                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Sheet1" }));
        }

        stream.Position = 0;
        return stream;
    }
}
