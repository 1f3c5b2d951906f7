using System.Text;

namespace Gongkai.Reports.Formats.Pdf;

/// <summary>
/// CJK fonts often map a glyph to a Kangxi radical (U+2F00–U+2FDF) or a CJK radical supplement
/// character (U+2E80–U+2EFF) instead of the ideograph it looks like: a PDF printed from a browser
/// yields "⼀" for 一 and "⻔" for 门. The reader folds them back so labels match.
/// </summary>
internal static class CjkText
{
    /// <summary>Simplified-form radicals of the supplement, which have no compatibility mapping.</summary>
    private static readonly Dictionary<char, char> Supplement = new()
    {
        ['⺁'] = '厂', ['⺇'] = '几', ['⺋'] = '㔾', ['⺌'] = '小', ['⺍'] = '小', ['⺎'] = '兀', ['⺏'] = '尣',
        ['⺐'] = '尢', ['⺑'] = '尣', ['⺒'] = '巳', ['⺓'] = '幺', ['⺔'] = '彑', ['⺖'] = '忄', ['⺗'] = '心', ['⺘'] = '扌',
        ['⺙'] = '攵', ['⺛'] = '旡', ['⺝'] = '月', ['⺞'] = '歺', ['⺟'] = '母', ['⺠'] = '民', ['⺡'] = '氵', ['⺢'] = '氺',
        ['⺣'] = '灬', ['⺤'] = '爫', ['⺥'] = '爫', ['⺦'] = '丬', ['⺧'] = '牛', ['⺨'] = '犭', ['⺩'] = '王', ['⺪'] = '疋',
        ['⺫'] = '罒', ['⺬'] = '示', ['⺭'] = '礻', ['⺮'] = '竹', ['⺯'] = '糸', ['⺰'] = '纟', ['⺱'] = '罒', ['⺲'] = '罒',
        ['⺳'] = '网', ['⺴'] = '网', ['⺵'] = '网', ['⺶'] = '羊', ['⺷'] = '羊', ['⺸'] = '羊', ['⺹'] = '耂', ['⺺'] = '聿',
        ['⺻'] = '聿', ['⺼'] = '肉', ['⺽'] = '臼', ['⺾'] = '艹', ['⺿'] = '艹', ['⻀'] = '艹', ['⻁'] = '虎', ['⻂'] = '衤',
        ['⻃'] = '覀', ['⻄'] = '西', ['⻅'] = '见', ['⻆'] = '角', ['⻇'] = '角', ['⻈'] = '讠', ['⻉'] = '贝', ['⻊'] = '足',
        ['⻋'] = '车', ['⻌'] = '辶', ['⻍'] = '辶', ['⻎'] = '辶', ['⻏'] = '阝', ['⻐'] = '钅', ['⻑'] = '長', ['⻒'] = '镸',
        ['⻓'] = '长', ['⻔'] = '门', ['⻕'] = '阝', ['⻖'] = '阝', ['⻗'] = '雨', ['⻘'] = '青', ['⻙'] = '韦', ['⻚'] = '页',
        ['⻛'] = '风', ['⻜'] = '飞', ['⻝'] = '食', ['⻞'] = '食', ['⻟'] = '食', ['⻠'] = '饣', ['⻡'] = '首', ['⻢'] = '马',
        ['⻣'] = '骨', ['⻤'] = '鬼', ['⻥'] = '鱼', ['⻦'] = '鸟', ['⻧'] = '卤', ['⻨'] = '麦', ['⻩'] = '黄', ['⻪'] = '黾',
        ['⻫'] = '斉', ['⻬'] = '齐', ['⻭'] = '歯', ['⻮'] = '齿', ['⻯'] = '竜', ['⻰'] = '龙', ['⻱'] = '龜', ['⻲'] = '亀',
        ['⻳'] = '龟',
    };

    /// <summary>The text with radicals folded to the ideographs they stand for; other characters unchanged.</summary>
    public static string Fold(string text)
    {
        if (!text.Any(c => c is >= '\u2E80' and <= '\u2FDF')) return text;
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is >= '\u2F00' and <= '\u2FDF') sb.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            else if (Supplement.TryGetValue(c, out char ideograph)) sb.Append(ideograph);
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
