using System.Globalization;
using System.Text;
using System.Xml;
using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;

namespace Gongkai.Web.Catalog;

/// <summary>An Atom 1.0 feed (RFC 4287) of an agency's newest publications, written with XmlWriter.</summary>
public static class AtomFeed
{
    public static byte[] Write(Agency agency, IReadOnlyList<Publication> items, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(items);
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            const string Atom = "http://www.w3.org/2005/Atom";
            var agencyUrl = $"{baseUrl}/portal/{agency.Id}";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "zh-CN");
            xml.WriteElementString("id", Atom, $"{agencyUrl}/feed.atom");
            xml.WriteElementString("title", Atom, $"{agency.Name} 政府信息公开");
            xml.WriteElementString("updated", Atom, Stamp(items.Count == 0 ? new DateOnly(2000, 1, 1) : items.Max(i => i.PublishedOn!.Value)));
            Link(xml, Atom, "self", $"{agencyUrl}/feed.atom");
            Link(xml, Atom, "alternate", agencyUrl);
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, agency.Name);
            xml.WriteEndElement();
            foreach (var item in items)
            {
                var url = $"{agencyUrl}/items/{item.Id}";
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, url);
                xml.WriteElementString("title", Atom, item.Title);
                xml.WriteElementString("updated", Atom, Stamp(item.PublishedOn!.Value));
                Link(xml, Atom, "alternate", url);
                xml.WriteStartElement("category", Atom);
                xml.WriteAttributeString("term", item.Genre.ToString());
                xml.WriteAttributeString("label", item.Genre.ChineseLabel());
                xml.WriteEndElement();
                xml.WriteElementString("summary", Atom, string.IsNullOrEmpty(item.Summary) ? $"索引号：{item.IndexNumber}" : item.Summary);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    private static void Link(XmlWriter xml, string ns, string rel, string href)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    // Publication dates are Beijing dates; the entry is stamped at midnight Beijing time.
    private static string Stamp(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+08:00";
}
