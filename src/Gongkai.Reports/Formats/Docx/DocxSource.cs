using Gongkai.Reports.Reading;

namespace Gongkai.Reports.Formats.Docx;

/// <summary>Reads a Word document into a <see cref="SourceDocument"/>.</summary>
public static class DocxSource
{
    public static SourceResult Read(byte[] bytes) =>
        SourceResult.Fail("unsupported", "暂不支持读取 Word 格式", "DOCX reading is not implemented yet.");
}
