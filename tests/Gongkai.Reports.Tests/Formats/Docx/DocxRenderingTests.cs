using System.Diagnostics;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Gongkai.Reports.Tests.Formats.Docx;

/// <summary>
/// Renders written reports with LibreOffice (as a reader's office suite would) and checks the PDF's
/// text; page images go to artifacts/docx/ for a person to look at. Skipped quietly where
/// LibreOffice is not installed.
/// </summary>
public partial class DocxRenderingTests
{
    private static readonly TimeSpan ConversionTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public void LibreOffice_renders_the_tables_with_labels_and_numbers_in_form_order()
    {
        string? pdf = Render(SampleReports.V2021(), "v2021");
        if (pdf is null) return;
        string text = PdfText(pdf);
        // Labels and numbers as a reader meets them, top to bottom, left to right.
        AssertInOrder(text,
            "第二十条第（一）项", "本年制发件数", "规章", "行政规范性文件", "12", "3", "118", "行政许可", "1344",
            "本年收费金额（单位：万元）", "28068.751",
            "申请人情况", "法人或其他组织", "自然人", "商业", "总计", "一、本年新收政府信息公开申请数量", "7", "14", "21",
            "1.属于国家秘密", "8.属于行政查询事项", "（七）总计", "四、结转下年度继续办理",
            "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "4", "2", "3", "0", "9",
            "山西省自然资源厅", "2022年1月29日");
    }

    [Fact]
    public void LibreOffice_renders_the_V2019_layout_with_its_own_columns()
    {
        string? pdf = Render(SampleReports.V2019(), "v2019");
        if (pdf is null) return;
        AssertInOrder(PdfText(pdf),
            "本年新制作数量", "本年新公开数量", "对外公开总数量", "规范性文件", "上一年项目数量", "本年增/减", "其他对外管理服务事项", "-16",
            "第二十条第（九）项", "采购项目数量", "采购总金额（万元）", "政府集中采购", "89", "12300.5", "（六）其他处理");
    }

    [Fact]
    public void LibreOffice_renders_a_whole_report_with_its_six_sections_and_prose_in_order()
    {
        string? pdf = Render(SampleReports.Whole(), "whole");
        if (pdf is null) return;
        AssertInOrder(PdfText(pdf),
            "一、总体情况", "（一）主动公开", "7658条", "（五）监督保障", "二、主动公开政府信息情况", "本年制发件数",
            "三、收到和处理政府信息公开申请情况", "（七）总计", "四、政府信息公开行政复议、行政诉讼情况", "复议后起诉",
            "五、存在的主要问题及改进情况", "政策解读", "六、其他需要报告的事项", "国办函〔2020〕109号", "山西省自然资源厅", "2022年1月29日");
    }

    private static void AssertInOrder(string text, params string[] expected)
    {
        int at = 0;
        foreach (string s in expected)
        {
            int found = text.IndexOf(Squash(s), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"“{s}” not found after position {at} in the PDF text: …{text[Math.Max(0, at - 40)..Math.Min(text.Length, at + 120)]}…");
            at = found + Squash(s).Length;
        }
    }

    /// <summary>The words of each page in reading order: lines top to bottom, words left to right.</summary>
    private static string PdfText(string pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        var text = new System.Text.StringBuilder();
        foreach (var page in doc.GetPages())
        {
            var lines = new List<(double Bottom, List<Word> Words)>();
            foreach (var word in page.GetWords().OrderByDescending(w => w.BoundingBox.Bottom))
            {
                if (lines.Count > 0 && Math.Abs(lines[^1].Bottom - word.BoundingBox.Bottom) < 3) lines[^1].Words.Add(word);
                else lines.Add((word.BoundingBox.Bottom, [word]));
            }
            foreach (var (_, words) in lines)
                foreach (var w in words.OrderBy(w => w.BoundingBox.Left)) text.Append(w.Text);
        }
        return Squash(text.ToString());
    }

    /// <summary>Cell text wraps inside narrow columns; compare without white space.</summary>
    private static string Squash(string s) => Spaces().Replace(s, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>Writes the DOCX, converts it to PDF and page PNGs under artifacts/docx/; null when LibreOffice is missing.</summary>
    private static string? Render(Model.AnnualReport report, string name)
    {
        string? soffice = Which("soffice");
        if (soffice is null) return null;
        string dir = Path.Combine(ArtifactsDirectory(), name);
        Directory.CreateDirectory(dir);
        string docx = Path.Combine(dir, $"{name}.docx");
        File.WriteAllBytes(docx, DocxRoundTripTests.ToDocx(report));
        // A profile of its own, so parallel runs (and other engineers' runs) do not share LibreOffice's lock.
        string profile = Path.Combine(Path.GetTempPath(), $"lo-{Guid.NewGuid():N}");
        try
        {
            Run(soffice, ["-env:UserInstallation=file://" + profile, "--headless", "--convert-to", "pdf", "--outdir", dir, docx]);
        }
        finally
        {
            if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true);
        }
        string pdf = Path.ChangeExtension(docx, ".pdf");
        Assert.True(File.Exists(pdf), $"LibreOffice made no PDF from {docx}");
        if (Which("pdftoppm") is { } pdftoppm) Run(pdftoppm, ["-png", "-r", "60", pdf, Path.Combine(dir, "page")]);
        return pdf;
    }

    private static void Run(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(ConversionTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(file)} did not finish within {ConversionTimeout}.");
        }
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(file)} exited {process.ExitCode}: {stderr.Result}{stdout.Result}");
    }

    private static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);

    private static string ArtifactsDirectory()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Gongkai.slnx"))) return Path.Combine(d.FullName, "artifacts", "docx");
        return Path.Combine(Path.GetTempPath(), "artifacts", "docx");
    }
}
