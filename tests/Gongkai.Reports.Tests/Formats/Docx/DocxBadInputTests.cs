using System.IO.Compression;
using Gongkai.Reports.Reading;

namespace Gongkai.Reports.Tests.Formats.Docx;

public class DocxBadInputTests
{
    private static ReadError Refused(byte[] bytes, string name = "report.docx")
    {
        var result = AnnualReports.Read(bytes, name);
        Assert.Null(result.Report);
        var error = Assert.IsType<ReadError>(result.Error);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error.Message);
        return error;
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
                using (var s = zip.CreateEntry(name).Open()) s.Write(content);
        return stream.ToArray();
    }

    private static byte[] ValidDocx() => WordFixture.Document(WordFixture.P("山西省自然资源厅2021年政府信息公开工作年度报告"));

    [Fact]
    public void An_empty_zip_is_not_a_word_document()
    {
        Assert.Equal("not-docx", Refused(Zip()).Code);
    }

    [Fact]
    public void A_zip_without_document_xml_is_not_a_word_document()
    {
        var error = Refused(Zip(("xl/workbook.xml", "<workbook/>"u8.ToArray())));
        Assert.Equal("not-docx", error.Code);
        Assert.Contains("不是 Word 文档", error.Message);
    }

    [Fact]
    public void An_entry_declaring_a_gigabyte_is_refused_as_a_zip_bomb_before_inflating()
    {
        // A real small entry whose local and central headers are patched to declare 1 GB uncompressed.
        byte[] zip = Zip(("word/document.xml", new byte[1000]));
        PatchUncompressedSizes(zip, 1L << 30);
        Assert.Equal("zip-bomb", Refused(zip).Code);
    }

    [Fact]
    public void Declared_sizes_that_would_overflow_a_sum_are_refused_as_a_zip_bomb()
    {
        // Two entries each declaring 4 GB - 1 (the most a plain zip header holds).
        byte[] zip = Zip(("word/document.xml", new byte[10]), ("word/styles.xml", new byte[10]));
        PatchUncompressedSizes(zip, uint.MaxValue);
        Assert.Equal("zip-bomb", Refused(zip).Code);
    }

    [Fact]
    public void An_entry_compressed_beyond_any_real_ratio_is_refused_as_a_zip_bomb()
    {
        // 64 MB of zeros deflates to about 64 KB: a ratio no Word part reaches.
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var s = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open())
        {
            var chunk = new byte[1 << 20];
            for (int i = 0; i < 64; i++) s.Write(chunk);
        }
        Assert.Equal("zip-bomb", Refused(stream.ToArray()).Code);
    }

    [Fact]
    public void A_truncated_docx_is_reported_as_corrupt()
    {
        byte[] whole = ValidDocx();
        Assert.Equal("corrupt", Refused(whole[..(whole.Length / 2)]).Code);
    }

    [Fact]
    public void A_docx_whose_document_xml_is_not_xml_is_reported_as_corrupt()
    {
        Assert.Equal("corrupt", Refused(Zip(("word/document.xml", "这不是XML<<"u8.ToArray()))).Code);
    }

    [Fact]
    public void A_pdf_renamed_to_docx_is_not_read_as_word()
    {
        // The content decides, not the name: the PDF reader gets it, and a PDF with no text is no report.
        Refused("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF"u8.ToArray());
    }

    [Fact]
    public void An_encrypted_docx_asks_for_the_password_to_be_removed()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];
        var error = Refused(ole);
        Assert.Equal("encrypted", error.Code);
    }

    [Fact]
    public void Zip_signature_followed_by_garbage_is_reported_as_corrupt()
    {
        Assert.Equal("corrupt", Refused([.. "PK\x03\x04"u8, .. Enumerable.Repeat((byte)0x5A, 200)]).Code);
    }

    [Fact]
    public void Damaged_copies_of_a_written_report_come_back_as_results_not_exceptions()
    {
        byte[] original = DocxRoundTripTests.ToDocx(SampleReports.V2021());
        var random = new Random(20261123);
        for (int i = 0; i < 300; i++)
        {
            byte[] damaged = (byte[])original.Clone();
            for (int k = 0; k < 1 + random.Next(8); k++) damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            var result = AnnualReports.Read(damaged, "report.docx");
            Assert.True(result.Report is not null || result.Error is not null);
            if (result.Report is { } report) AnnualReports.Check(report);
        }
    }

    /// <summary>Sets the uncompressed size in every local file header and central directory record.</summary>
    private static void PatchUncompressedSizes(byte[] zip, long size)
    {
        for (int i = 0; i + 4 <= zip.Length; i++)
        {
            uint sig = BitConverter.ToUInt32(zip, i);
            if (sig == 0x04034b50) BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), (uint)size);
            else if (sig == 0x02014b50) BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), (uint)size);
        }
    }
}
