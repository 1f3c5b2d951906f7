using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Reports.Reading;

namespace Gongkai.Reports.Formats.Html;

/// <summary>
/// Reads an HTML page (as agencies publish reports on their websites, or as
/// <see cref="HtmlWriter"/> writes them) into a <see cref="SourceDocument"/>: paragraphs and
/// headings become paragraphs, each data table becomes rows whose merged (rowspan/colspan)
/// positions are empty strings, as Word's text export shows them. Scripts, styles, navigation,
/// site headers and footers, hidden elements and the writer's findings aside are left out.
/// </summary>
public static class HtmlSource
{
    /// <summary>Deeper nesting than any real page has; beyond it the page is refused rather than walked.</summary>
    public const int MaxDepth = 400;

    /// <summary>More elements than any real report page has (a long report has a few thousand).</summary>
    public const int MaxElements = 100_000;

    private static readonly HashSet<string> Skipped =
    [
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "nav", "aside", "iframe", "svg", "math",
        "canvas", "object", "embed", "select", "option", "button", "input", "textarea", "img", "video", "audio", "map", "dialog",
    ];

    private static readonly HashSet<string> BlockElements =
    [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "section",
        "article", "main", "body", "center", "form", "fieldset", "figure", "figcaption", "address", "hr", "header", "footer",
        "caption", "tr", "td", "th", "thead", "tbody", "tfoot", "details", "summary", "legend",
    ];

    /// <summary>Parses the page; a page too deep or too large to be a report comes back as an error, not an exception.</summary>
    public static SourceResult Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (PreCheck(html) is { } refused) return refused;
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        if (Measure(document) is { } error) return error;
        var walker = new Walker();
        walker.Walk(ContentRoot(document), inContent: false);
        walker.Flush();
        if (walker.Limits.Exceeded is { } tooLarge) return tooLarge;
        return new SourceDocument(walker.Blocks);
    }

    private static SourceResult? Measure(IDocument document)
    {
        int elements = 0;
        var stack = new Stack<(IElement Element, int Depth)>();
        if (document.DocumentElement is { } rootElement) stack.Push((rootElement, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth > MaxDepth) return TooDeep();
            if (++elements > MaxElements) return TooMany();
            foreach (var child in element.Children) stack.Push((child, depth + 1));
        }
        return null;
    }

    private static SourceResult TooDeep() =>
        SourceResult.Fail("too-deep", $"网页的标签嵌套超过 {MaxDepth} 层，不像是正常的年度报告页面，未读取", $"HTML nesting deeper than {MaxDepth}.");

    /// <summary>
    /// Elements the parser closes by itself when the next one starts (p, li, td, …) or never
    /// nests (void elements, a in a): pages leave them open, so they add no depth.
    /// </summary>
    private static readonly HashSet<string> Flat =
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "td", "th", "tr", "thead", "tbody", "tfoot", "option", "optgroup", "rb", "rt", "rtc", "rp",
        "colgroup", "caption", "html", "head", "body", "a", "nobr", "button", "form", "frame", "image", "isindex",
    ];

    /// <summary>
    /// Checks the raw text before parsing: how deep its elements nest and how many tags it has.
    /// The HTML parser takes time quadratic in the depth of nested elements of any kind (200 000
    /// nested &lt;b&gt; hold it for 46 s, 2 million &lt;i&gt; for minutes), so depth is counted
    /// over every tag that nests, formatting tags included, in one linear pass.
    /// </summary>
    internal static SourceResult? PreCheck(string html)
    {
        var (depth, tags) = Scan(html);
        // A margin over MaxDepth: pages leave spans and fonts open that the parser closes at the end of a cell.
        if (depth > MaxDepth * 5) return TooDeep();
        return tags > MaxElements ? TooMany() : null;
    }

    /// <summary>The deepest nesting of the tags that nest, and the number of start tags.</summary>
    internal static (int Depth, int Tags) Scan(string html)
    {
        int depth = 0, max = 0, tags = 0, i = 0, foreign = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0) break;
                i = end + 3;
                continue;
            }
            bool closing = html[i + 1] == '/';
            int start = closing ? i + 2 : i + 1, j = start;
            while (j < html.Length && (char.IsAsciiLetterOrDigit(html[j]) || html[j] is '-' or ':' or '_')) j++;
            if (j == start || !char.IsAsciiLetter(html[start])) { i = start; continue; }   // "<中华人民共和国…>", "a < b": text
            string name = html[start..j].ToLowerInvariant();
            int close = html.IndexOf('>', j);
            bool selfClosing = close > 0 && html[close - 1] == '/';
            i = j;
            if (!closing && name is "script" or "style" or "textarea" or "title")
            {
                int end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                if (end < 0) break;
                i = end + 2;
                continue;
            }
            if (!closing) tags++;
            // Inside svg and math "/>" closes an element; in HTML it does not (<b/> opens a b).
            if (name is "svg" or "math") foreign = Math.Max(0, foreign + (closing ? -1 : selfClosing ? 0 : 1));
            if (Flat.Contains(name) || !closing && selfClosing && foreign > 0) continue;
            depth = Math.Max(0, depth + (closing ? -1 : 1));
            max = Math.Max(max, depth);
        }
        return (max, tags);
    }

    private static SourceResult TooMany() => SourceResult.Fail("too-large",
        $"网页包含的元素超过 {MaxElements:N0} 个，不像是正常的年度报告页面，未读取", $"HTML has more than {MaxElements} elements.");

    /// <summary>
    /// The element holding the report: the largest &lt;article&gt; or &lt;main&gt; when it holds a fair
    /// share of the page's text (site menus and link lists otherwise come before the title), else the body.
    /// </summary>
    private static INode ContentRoot(IDocument document)
    {
        var body = (INode?)document.Body ?? document;
        int total = body.TextContent.Length;
        var best = document.QuerySelectorAll("article, main")
            .Select(e => (Element: e, Length: e.TextContent.Length))
            .OrderByDescending(x => x.Length).FirstOrDefault();
        return best.Element is not null && best.Length * 10 >= total * 3 ? best.Element : body;
    }

    private static bool IsSkipped(IElement element, bool inContent)
    {
        string name = element.LocalName;
        if (Skipped.Contains(name)) return true;
        // Site banners and footers; inside an article they are the report's own (e.g. its 落款).
        if (!inContent && name is "header" or "footer") return true;
        if (element.HasAttribute("hidden") || element.HasAttribute(HtmlWriter.MarkerAttribute)) return true;
        string? style = element.GetAttribute("style");
        string? compact = style?.Replace(" ", "", StringComparison.Ordinal);
        if (compact is not null && (compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase))) return true;
        return IsSiteChrome(element);
    }

    private static readonly string[] ChromeNames = ["nav", "menu", "breadcrumb", "crumb", "footer", "sidebar", "share", "toolbar"];

    /// <summary>
    /// Menus, breadcrumbs and footers of government websites, told by their class or id (few use
    /// &lt;nav&gt;): before the report's title they would be read as part of it. An element holding an
    /// &lt;h1&gt; is kept whatever its name, since the title is in it.
    /// </summary>
    private static bool IsSiteChrome(IElement element)
    {
        string names = $"{element.GetAttribute("class")} {element.Id}";
        if (names.Length <= 1 || !ChromeNames.Any(n => names.Contains(n, StringComparison.OrdinalIgnoreCase))) return false;
        return element.QuerySelector("h1") is null;
    }

    private static readonly string[] BreadcrumbStarts = ["当前位置", "您的位置", "您现在的位置", "你的位置", "你现在的位置"];

    /// <summary>Collapses HTML white space; a line break between two CJK characters is no space at all.</summary>
    internal static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c is not (' ' or '\t' or '\n' or '\r' or '\f')) { sb.Append(c); i++; continue; }
            bool newline = false;
            int j = i;
            for (; j < text.Length && text[j] is ' ' or '\t' or '\n' or '\r' or '\f'; j++) newline |= text[j] is '\n' or '\r';
            bool cjkJoin = newline && sb.Length > 0 && j < text.Length && IsCjk(sb[^1]) && IsCjk(text[j]);
            if (!cjkJoin) sb.Append(' ');
            i = j;
        }
        return sb.ToString().Trim();
    }

    private static bool IsCjk(char c) => c >= '\u2E80' && !char.IsWhiteSpace(c);

    private sealed class Walker
    {
        public readonly List<SourceBlock> Blocks = [];
        public readonly SourceLimits Limits = new();
        private readonly StringBuilder _text = new();
        private int _textOutsideLinks;
        private int _linkDepth;
        private bool _heading;

        public void Flush()
        {
            string text = Collapse(_text.ToString());
            bool onlyLinks = _textOutsideLinks == 0 && !_heading;
            _text.Clear();
            _textOutsideLinks = 0;
            _heading = false;
            // A paragraph that is nothing but links is a menu or a list of related pages, not report text
            // (a heading that is a link is still a heading).
            if (text.Length == 0 || onlyLinks || BreadcrumbStarts.Any(b => text.StartsWith(b, StringComparison.Ordinal))) return;
            if (Limits.Take()) Blocks.Add(new SourceParagraph(text, Blocks.Count + 1));
        }

        public void Walk(INode node, bool inContent)
        {
            foreach (var child in node.ChildNodes)
            {
                if (Limits.Exceeded is not null) return;
                if (child.NodeType == NodeType.Text)
                {
                    string t = child.TextContent;
                    _text.Append(t);
                    if (_linkDepth == 0 && t.Any(char.IsLetterOrDigit)) _textOutsideLinks++;   // "|" between menu links is no text
                    continue;
                }
                if (child is not IElement element || IsSkipped(element, inContent)) continue;
                string name = element.LocalName;
                if (name == "a")
                {
                    _linkDepth++;
                    Walk(element, inContent);
                    _linkDepth--;
                    continue;
                }
                bool content = inContent || name is "article" or "main";
                if (name == "br") { Flush(); continue; }
                if (element is IHtmlTableElement table)
                {
                    Flush();
                    if (IsLayoutTable(table)) WalkLayoutTable(table, content);
                    else ReadTable(table, content);
                    continue;
                }
                bool block = BlockElements.Contains(name);
                if (block) Flush();
                if (name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6") _heading = true;
                Walk(element, content);
                if (block) Flush();
            }
        }

        /// <summary>A table used for page layout: it holds other tables, or it has a single column.</summary>
        private static bool IsLayoutTable(IHtmlTableElement table) =>
            table.QuerySelector("table") is not null || table.Rows.All(r => r.Cells.Length <= 1);

        private void WalkLayoutTable(IHtmlTableElement table, bool inContent)
        {
            foreach (var row in table.Rows)
                foreach (var cell in row.Cells.Where(c => !IsSkipped(c, inContent)))
                {
                    Walk(cell, inContent);
                    Flush();
                }
        }

        private void ReadTable(IHtmlTableElement table, bool inContent)
        {
            if (table.Caption is { } caption && CellText(caption, inContent) is { Length: > 0 } title && Limits.Take(1))
                Blocks.Add(new SourceRow([title], Blocks.Count + 1));
            // occupied[c]: how many more rows a rowspan from above covers column c.
            var occupied = new List<int>();
            foreach (var row in table.Rows)
            {
                var cells = new List<string>();
                var fromAbove = occupied.Select(n => n > 0).ToArray();
                int col = 0;
                void SkipOccupied()
                {
                    while (col < fromAbove.Length && fromAbove[col]) { cells.Add(""); col++; }
                }
                foreach (var cell in row.Cells)
                {
                    SkipOccupied();
                    // The limits and the meaning of rowspan="0" (to the end of the table) are HTML's own.
                    int colspan = Math.Clamp(Attribute(cell, "colspan") ?? 1, 1, 1000);
                    int rowspan = Attribute(cell, "rowspan") switch { null => 1, 0 => 65534, int n => Math.Clamp(n, 1, 65534) };
                    cells.Add(CellText(cell, inContent));
                    for (int k = 1; k < colspan; k++) cells.Add("");
                    if (cells.Count > SourceLimits.MaxRowCells) { Limits.RowTooWide(Blocks.Count + 1); return; }
                    while (occupied.Count < col + colspan) occupied.Add(0);
                    for (int k = 0; k < colspan; k++) occupied[col + k] = rowspan;   // counts this row; decremented below
                    col += colspan;
                }
                SkipOccupied();
                for (int c = 0; c < occupied.Count; c++) if (occupied[c] > 0) occupied[c]--;
                if (cells.Count == 0) continue;
                if (!Limits.Take(cells.Count)) return;
                Blocks.Add(new SourceRow(cells, Blocks.Count + 1));
            }
        }

        private static int? Attribute(IElement element, string name) =>
            int.TryParse(element.GetAttribute(name)?.Trim(), out int n) ? n : null;

        /// <summary>A cell's text, its lines (br, p, div) joined: a label wrapped in a narrow column reads whole.</summary>
        private static string CellText(IElement cell, bool inContent)
        {
            var lines = new List<string>();
            var current = new StringBuilder();
            void Break()
            {
                string line = Collapse(current.ToString());
                if (line.Length > 0) lines.Add(line);
                current.Clear();
            }
            void Collect(INode node)
            {
                foreach (var child in node.ChildNodes)
                {
                    if (child.NodeType == NodeType.Text) { current.Append(child.TextContent); continue; }
                    if (child is not IElement e || IsSkipped(e, inContent)) continue;
                    if (e.LocalName == "br") { Break(); continue; }
                    bool block = BlockElements.Contains(e.LocalName);
                    if (block) Break();
                    Collect(e);
                    if (block) Break();
                }
            }
            Collect(cell);
            Break();
            return string.Concat(lines);
        }
    }
}
