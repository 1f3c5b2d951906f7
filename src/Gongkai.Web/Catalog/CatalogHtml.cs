using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Gongkai.Web.Catalog;

/// <summary>The body of a catalog item: sanitised HTML and its plain text.</summary>
public static class CatalogHtml
{
    private static readonly HtmlSanitizer Sanitizer = new();

    private static readonly HtmlParser Parser = new();

    /// <summary>The body as safe HTML (scripts, event handlers and foreign schemes removed).</summary>
    public static string Sanitize(string? html) => string.IsNullOrWhiteSpace(html) ? "" : Sanitizer.Sanitize(html);

    /// <summary>The text of sanitized HTML, for search and snippets.</summary>
    public static string PlainText(string html) =>
        string.IsNullOrEmpty(html) ? "" : string.Join(' ', (Parser.ParseDocument("<body>" + html + "</body>").Body?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
