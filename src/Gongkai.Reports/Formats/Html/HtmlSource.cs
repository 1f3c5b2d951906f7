using Gongkai.Reports.Reading;

namespace Gongkai.Reports.Formats.Html;

/// <summary>Reads a published HTML page into a <see cref="SourceDocument"/>.</summary>
public static class HtmlSource
{
    public static SourceResult Parse(string html) =>
        SourceResult.Fail("unsupported", "暂不支持读取网页格式", "HTML reading is not implemented yet.");
}
