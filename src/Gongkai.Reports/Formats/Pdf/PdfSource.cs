using Gongkai.Reports.Reading;

namespace Gongkai.Reports.Formats.Pdf;

/// <summary>Reads the text layer of a PDF into a <see cref="SourceDocument"/>.</summary>
public static class PdfSource
{
    public static SourceResult Read(byte[] bytes) =>
        SourceResult.Fail("unsupported", "暂不支持读取 PDF 格式", "PDF reading is not implemented yet.");
}
