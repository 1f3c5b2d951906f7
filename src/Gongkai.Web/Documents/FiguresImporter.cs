using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

using Gongkai.Core.Catalog;

namespace Gongkai.Web.Documents;

/// <summary>The figures read from an upload, or the rows that could not be read.</summary>
/// <param name="Figures">The figures when there was no error.</param>
/// <param name="Errors">Chinese messages naming the row, e.g. 第3行：“处理决定数量”不是整数.</param>
public sealed record FiguresImport(DecisionFigures? Figures, IReadOnlyList<string> Errors);

/// <summary>
/// Reads section 二 figures from CSV (UTF-8 with or without BOM, or GBK/GB18030) or XLSX. The first
/// row names the columns 事项, 处理决定数量, 收费金额（万元）; each further row is one 事项
/// (行政许可, 行政处罚, 行政强制, 行政事业性收费). Rows of the same 事项 add up, so a list per
/// department can be uploaded as it is.
/// </summary>
public static class FiguresImporter
{
    /// <summary>The column naming the kind of decision.</summary>
    public const string ItemColumn = "事项";

    /// <summary>The column of decision counts.</summary>
    public const string DecisionsColumn = "处理决定数量";

    /// <summary>The column of fee amounts.</summary>
    public const string AmountColumn = "收费金额（万元）";

    private static readonly string[] Items = ["行政许可", "行政处罚", "行政强制", "行政事业性收费"];

    /// <summary>Reads an upload; the file name's extension chooses CSV or XLSX.</summary>
    public static FiguresImport Read(Stream content, string fileName, int agencyId, int year)
    {
        ArgumentNullException.ThrowIfNull(content);
        IReadOnlyList<string[]> rows;
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                rows = XlsxRows(content);
            }
            catch (Exception e) when (e is InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.IO.FileFormatException or InvalidOperationException)
            {
                return new FiguresImport(null, ["文件不是有效的XLSX表格。"]);
            }
        }
        else if (fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            using var buffer = new MemoryStream();
            content.CopyTo(buffer);
            rows = CsvRows(Decode(buffer.ToArray()));
        }
        else
        {
            return new FiguresImport(null, ["只能导入CSV或XLSX文件。"]);
        }

        return FromRows(rows, agencyId, year);
    }

    /// <summary>Reads rows already split into cells; the first row is the header.</summary>
    public static FiguresImport FromRows(IReadOnlyList<string[]> rows, int agencyId, int year)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var errors = new List<string>();
        if (rows.Count == 0)
        {
            return new FiguresImport(null, ["文件是空的。"]);
        }

        var header = rows[0].Select(h => h.Trim()).ToList();
        int Column(string name)
        {
            var at = header.IndexOf(name);
            if (at < 0)
            {
                errors.Add($"第1行：缺少“{name}”列。");
            }

            return at;
        }

        var item = Column(ItemColumn);
        var decisions = Column(DecisionsColumn);
        var amount = Column(AmountColumn);
        if (errors.Count > 0)
        {
            return new FiguresImport(null, errors);
        }

        var figures = new DecisionFigures { AgencyId = agencyId, Year = year };
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            string Cell(int c) => c < row.Length ? row[c].Trim() : "";
            var line = r + 1;
            if (row.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var name = Cell(item);
            if (!Items.Contains(name))
            {
                errors.Add($"第{line}行：“{ItemColumn}”应为{string.Join("、", Items)}之一，而不是“{name}”。");
                continue;
            }

            if (name == "行政事业性收费")
            {
                if (!decimal.TryParse(Cell(amount), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value < 0)
                {
                    errors.Add($"第{line}行：“{AmountColumn}”不是非负的数字。");
                    continue;
                }

                figures.FeesTenThousandYuan = (figures.FeesTenThousandYuan ?? 0) + value;
                continue;
            }

            if (!int.TryParse(Cell(decisions), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                errors.Add(Cell(decisions).StartsWith('-') ? $"第{line}行：“{DecisionsColumn}”不能为负数" : $"第{line}行：“{DecisionsColumn}”不是整数");
                continue;
            }

            switch (name)
            {
                case "行政许可": figures.Licensing = (figures.Licensing ?? 0) + count; break;
                case "行政处罚": figures.Penalty = (figures.Penalty ?? 0) + count; break;
                default: figures.Coercion = (figures.Coercion ?? 0) + count; break;
            }
        }

        return errors.Count > 0 ? new FiguresImport(null, errors) : new FiguresImport(figures, []);
    }

    /// <summary>UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, otherwise GB18030 (a superset of GBK).</summary>
    public static string Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var span = bytes.AsSpan();
        if (span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            span = span[3..];
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(span);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(span);
        }
    }

    /// <summary>Splits CSV text (RFC 4180: quoted cells may hold commas, doubled quotes and line breaks).</summary>
    public static IReadOnlyList<string[]> CsvRows(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add([.. row]);
        }

        return rows;
    }

    private static List<string[]> XlsxRows(Stream content)
    {
        using var document = SpreadsheetDocument.Open(content, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("no sheet");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var rows = new List<string[]>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var index = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
            while (rows.Count < index - 1)
            {
                rows.Add([]);
            }

            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                while (cells.Count < column)
                {
                    cells.Add("");
                }

                var raw = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
                cells.Add(cell.DataType?.Value == CellValues.SharedString && int.TryParse(raw, out var s) && s < shared.Count ? shared[s] : raw);
            }

            rows.Add([.. cells]);
        }

        return rows;
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return column - 1;
    }
}
