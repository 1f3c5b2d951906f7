namespace Gongkai.Core.Catalog;

/// <summary>
/// 体裁分类 / 信息类别 of a catalog item. The first seven are the kinds 第二十条 lists and section 二
/// of the annual report counts; the rest are common catalog categories.
/// </summary>
public enum Genre
{
    /// <summary>规章 (第二十条第（一）项).</summary>
    Regulation,

    /// <summary>行政规范性文件 (第二十条第（一）项).</summary>
    NormativeDocument,

    /// <summary>行政许可 (第二十条第（五）项).</summary>
    Licensing,

    /// <summary>行政处罚 (第二十条第（六）项).</summary>
    Penalty,

    /// <summary>行政强制 (第二十条第（六）项).</summary>
    Coercion,

    /// <summary>行政事业性收费 (第二十条第（八）项).</summary>
    AdministrativeFees,

    /// <summary>政府集中采购 (第二十条第（九）项, counted in V2019 reports).</summary>
    CentralizedProcurement,

    /// <summary>规划 (第二十条第（三）项).</summary>
    Plan,

    /// <summary>征地信息 (第二十条第（十二）项 and 第二十一条).</summary>
    LandRequisition,

    /// <summary>财政预决算 (第二十条第（四）项).</summary>
    Budget,

    /// <summary>政策解读.</summary>
    Interpretation,

    /// <summary>工作动态.</summary>
    WorkNews,

    /// <summary>其他.</summary>
    Other,
}

/// <summary>Chinese names of genres, as catalogs and the portal show them.</summary>
public static class Genres
{
    /// <summary>Every genre in catalog order.</summary>
    public static readonly IReadOnlyList<Genre> All = Enum.GetValues<Genre>();

    /// <summary>The Chinese name, e.g. 行政规范性文件.</summary>
    public static string ChineseLabel(this Genre genre) => genre switch
    {
        Genre.Regulation => "规章",
        Genre.NormativeDocument => "行政规范性文件",
        Genre.Licensing => "行政许可",
        Genre.Penalty => "行政处罚",
        Genre.Coercion => "行政强制",
        Genre.AdministrativeFees => "行政事业性收费",
        Genre.CentralizedProcurement => "政府集中采购",
        Genre.Plan => "规划",
        Genre.LandRequisition => "征地信息",
        Genre.Budget => "财政预决算",
        Genre.Interpretation => "政策解读",
        Genre.WorkNews => "工作动态",
        _ => "其他",
    };

    /// <summary>Whether the item has a validity (有效性): regulations and normative documents.</summary>
    public static bool HasValidity(this Genre genre) => genre is Genre.Regulation or Genre.NormativeDocument;

    /// <summary>The genre whose Chinese name or enum name is <paramref name="text"/>, if any.</summary>
    public static Genre? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        foreach (var genre in All)
        {
            if (genre.ChineseLabel() == trimmed || string.Equals(genre.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return genre;
            }
        }

        return null;
    }
}
