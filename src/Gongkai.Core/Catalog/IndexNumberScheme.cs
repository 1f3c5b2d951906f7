using System.Globalization;
using System.Text;

namespace Gongkai.Core.Catalog;

/// <summary>
/// An agency's scheme for 索引号, e.g. <c>{creditCode}/{year}-{seq:5}</c> or
/// <c>{orgCode}/{category}-{year}-{seq}</c>. The sequence is counted per agency and year and never
/// reused, so a scheme must contain both <c>{year}</c> and <c>{seq}</c>.
/// </summary>
public sealed class IndexNumberScheme
{
    /// <summary>The scheme most provincial catalogs use.</summary>
    public const string DefaultTemplate = "{creditCode}/{year}-{seq:5}";

    private static readonly string[] Known = ["creditCode", "orgCode", "category", "year", "seq"];

    private readonly List<(string? Literal, string? Name, int Width)> parts;

    private IndexNumberScheme(string template, List<(string?, string?, int)> parts)
    {
        Template = template;
        this.parts = parts;
    }

    /// <summary>The template as configured.</summary>
    public string Template { get; }

    /// <summary>Whether the scheme contains <c>{creditCode}</c>.</summary>
    public bool UsesCreditCode => parts.Any(p => p.Name == "creditCode");

    /// <summary>Whether the scheme contains <c>{orgCode}</c>.</summary>
    public bool UsesOrgCode => parts.Any(p => p.Name == "orgCode");

    /// <summary>Whether the scheme contains <c>{category}</c> (the number then depends on the genre).</summary>
    public bool UsesCategory => parts.Any(p => p.Name == "category");

    /// <summary>Parses a template; the error is a Chinese sentence for the settings form.</summary>
    public static (IndexNumberScheme? Scheme, string? Error) Parse(string? template)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            return (null, "索引号规则不能为空。");
        }

        var parts = new List<(string?, string?, int)>();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                parts.Add((template[i..], null, 0));
                break;
            }

            if (open > i)
            {
                parts.Add((template[i..open], null, 0));
            }

            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                return (null, "索引号规则中的“{”没有对应的“}”。");
            }

            var field = template[(open + 1)..close];
            var colon = field.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? field : field[..colon];
            var width = 0;
            if (colon >= 0 && (!int.TryParse(field[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out width) || width is < 1 or > 12))
            {
                return (null, $"索引号规则中“{{{field}}}”的位数应为1至12。");
            }

            if (!Known.Contains(name, StringComparer.Ordinal))
            {
                return (null, $"索引号规则中的“{{{name}}}”不是可用的字段（可用：{string.Join("、", Known.Select(k => "{" + k + "}"))}）。");
            }

            parts.Add((null, name, width));
            i = close + 1;
        }

        if (!parts.Any(p => p.Item2 == "seq") || !parts.Any(p => p.Item2 == "year"))
        {
            return (null, "索引号规则必须包含{year}和{seq}，否则流水号可能重复。");
        }

        return (new IndexNumberScheme(template, parts), null);
    }

    /// <summary>The index number of the <paramref name="sequence"/>-th item of <paramref name="year"/>.</summary>
    public string Format(IndexNumberContext context, Genre genre, int year, long sequence)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        var text = new StringBuilder();
        foreach (var (literal, name, width) in parts)
        {
            text.Append(name switch
            {
                null => literal,
                "creditCode" => context.CreditCode,
                "orgCode" => context.OrgCode,
                "category" => CategoryCode(genre),
                "year" => year.ToString(CultureInfo.InvariantCulture),
                _ => sequence.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'),
            });
        }

        return text.ToString();
    }

    /// <summary>The two-digit category code of a genre used by <c>{category}</c>.</summary>
    public static string CategoryCode(Genre genre) => ((int)genre + 1).ToString("00", CultureInfo.InvariantCulture);
}

/// <summary>The agency codes an index number can contain.</summary>
/// <param name="CreditCode">统一社会信用代码 (18 characters).</param>
/// <param name="OrgCode">机构代码 used by older schemes.</param>
public sealed record IndexNumberContext(string CreditCode, string OrgCode);
