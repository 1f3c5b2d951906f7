using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Gongkai.Web.Catalog;

/// <summary>
/// The body of a catalog item: sanitised HTML and its plain text. The allow-list (HtmlSanitizer,
/// configured for what official documents need and nothing else): headings, paragraphs, lists,
/// tables, emphasis, links to http(s) and mailto, images from the site itself. No forms or inputs,
/// no scripts, no event handlers, no style attributes or classes (so nothing can be positioned over
/// the portal), no frames, no data: or javascript: URLs. Anything else is dropped with its content.
/// </summary>
public static class CatalogHtml
{
    private static readonly string[] Tags =
    [
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "div", "span", "blockquote", "pre", "code",
        "ul", "ol", "li", "dl", "dt", "dd",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
        "a", "img", "figure", "figcaption",
        "strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "del", "ins", "abbr",
    ];

    private static readonly string[] Attributes =
    [
        "href", "src", "alt", "title", "colspan", "rowspan", "scope", "headers", "span", "start", "reversed", "type",
        "width", "height", "lang", "dir", "datetime", "cite",
    ];

    private static readonly HtmlSanitizer Sanitizer = Create();

    private static readonly HtmlParser Parser = new();

    /// <summary>The body as safe HTML: everything outside the allow-list removed.</summary>
    public static string Sanitize(string? html) => string.IsNullOrWhiteSpace(html) ? "" : Sanitizer.Sanitize(html);

    /// <summary>The text of sanitized HTML, for search and snippets.</summary>
    public static string PlainText(string html) =>
        string.IsNullOrEmpty(html) ? "" : string.Join(' ', (Parser.ParseDocument("<body>" + html + "</body>").Body?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src", "cite"], StringComparer.OrdinalIgnoreCase),
            AllowDataAttributes = false,
        });
        // Images only from the site itself (a relative address): an outside image would tell another
        // server who reads the portal, and the CSP would block it anyway.
        sanitizer.FilterUrl += (_, e) =>
        {
            if (string.Equals(e.Tag.TagName, "img", StringComparison.OrdinalIgnoreCase)
                && (e.SanitizedUrl is null || !e.SanitizedUrl.StartsWith('/') || e.SanitizedUrl.StartsWith("//", StringComparison.Ordinal)))
            {
                e.SanitizedUrl = null;
            }
        };
        // Links open in the same window (no target) and tell nothing of the portal's address.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link && link.HasAttribute("href"))
            {
                link.SetAttribute("rel", "noopener noreferrer nofollow");
            }
        };
        return sanitizer;
    }
}
