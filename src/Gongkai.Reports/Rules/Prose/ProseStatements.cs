using System.Text.RegularExpressions;
using Gongkai.Reports.Model;

namespace Gongkai.Reports.Rules.Prose;

/// <summary>The table cell a sentence of prose speaks about.</summary>
internal enum ProseTarget
{
    RequestsNew, RequestsCarriedOver, RequestsHandled, RequestsCarriedForward,
    Review, Lawsuit,
    RegulationsIssued, NormativeIssued, NormativeRepealed, NormativeInForce,
    LicensingDecisions, PenaltyDecisions, CoercionDecisions,
}

/// <summary>A number the prose states about one cell: the sentence as printed and the clause that says it.</summary>
internal sealed record ProseStatement(ProseTarget Target, int Value, string Sentence, string Phrase);

/// <summary>
/// Finds sentences whose subject maps to exactly one cell of the tables ("全年共收到政府信息公开申请
/// 15件", "上年度结转政府信息公开申请14件", "未发生…行政复议和行政诉讼"). Precision comes first: a
/// supervising office checking fifty reports cannot use a checker that cries wolf. So a statement
/// is taken only when the noun is followed at once by the number and its unit, and a clause is
/// skipped when it compares (同比, 较上年, 增长), approximates (余, 约, 以上, %), counts a part
/// (其中, and everything after it in the sentence; 书面申请, 网上申请), or speaks of another year.
/// </summary>
internal static partial class ProseStatements
{
    private const string Number = @"(?<n>\d{1,9}|[零〇一二两三四五六七八九十百千]{1,8})";
    private const string Unit = @"(?:件|个|宗|起|份|项|条)(?!次|余|多|以上|左右|以内)";
    private const string Filler = @"(?:共计|合计|总计|总数为|数量为|件数为|数量|共|计|为|达)?";
    // 依申请公开 alone is how many reports name a request ("收到和办理依申请公开211件").
    private const string Request = "(?:政府信息公开申请|政务信息公开申请|信息公开申请|政务公开申请|依申请公开政府信息申请|依申请公开申请|依申请公开事项|依申请公开)";

    [GeneratedRegex($"(?:收到和办理|收到并办理|收到及办理|接收和办理|收到|新收|接收|受理)了?的?(?:各类)?{Request}{Filler}{Number}{Unit}")]
    private static partial Regex NewPattern();

    [GeneratedRegex($"上一?年度?结转的?{Request}?{Filler}{Number}{Unit}")]
    private static partial Regex CarriedOverPattern();

    [GeneratedRegex($"(?:办结|答复|办理完毕)了?的?{Request}{Filler}{Number}{Unit}")]
    private static partial Regex HandledPattern();

    [GeneratedRegex($"(?:结转|转)(?:至|到|入)?下一?年度?(?:继续办理|办理)?的?{Request}?{Filler}{Number}{Unit}")]
    private static partial Regex CarriedForwardPattern();

    [GeneratedRegex($"(?:未收到|没有收到|未接到|没有接到|未受理|没有受理)(?:任何)?的?{Request}$")]
    private static partial Regex NoRequestsPattern();

    [GeneratedRegex($"(?<!和|及|与|、|或)(?<kind>行政复议|行政诉讼)(?:案件|申请)?{Filler}{Number}{Unit}")]
    private static partial Regex AppealPattern();

    [GeneratedRegex("(?:未发生|没有发生|未出现|没有出现|未产生|没有产生)[^,]{0,40}?(?<a>行政复议|行政诉讼)(?:(?:和|及|与|、|或|或者)(?<b>行政复议|行政诉讼))?(?:案件|情况|情形|事项)?$")]
    private static partial Regex NoAppealsPattern();

    [GeneratedRegex($"(?<verb>制发|印发|出台|制定|发布|废止)了?的?(?<kind>行政规范性文件|规范性文件|规章){Filler}{Number}{Unit}")]
    private static partial Regex DocumentsPattern();

    [GeneratedRegex($"现行有效的?(?<kind>行政规范性文件|规范性文件|规章){Filler}{Number}{Unit}")]
    private static partial Regex InForcePattern();

    [GeneratedRegex($"(?:作出|做出)?(?<kind>行政许可|行政处罚|行政强制)(?:处理)?决定书?{Filler}{Number}{Unit}")]
    private static partial Regex DecisionsPattern();

    /// <summary>Comparisons, approximations, shares and cumulative counts: a number in such a clause is not a cell's value.</summary>
    [GeneratedRegex("同比|环比|较上年|比上年|较去年|比去年|较上一年|比上一年|上年同期|去年同期|较20\\d\\d|比20\\d\\d|增长|下降|增加|减少|上升|持平|翻番|倍|约|近|超过|余|以上|以下|左右|不足|至少|累计|截至|截止|%|百分|占|平均|人次|件次")]
    private static partial Regex HedgePattern();

    /// <summary>Words that place a number in another year.</summary>
    [GeneratedRegex("上一?年|去年|前年|往年|历年|年来|近[0-9一二三四五六七八九十]+年|明年|下一?年")]
    private static partial Regex OtherYearWordPattern();

    [GeneratedRegex("上一?年度?结转|(?:结转|转)(?:至|到|入)?下一?年度?(?:继续办理|办理)?")]
    private static partial Regex CarryPhrasePattern();

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d\d)(?:年|-|—|至|~)")]
    private static partial Regex YearPattern();

    [GeneratedRegex("[^。！？；;!?\\n]+[。！？；;!?]?")]
    private static partial Regex SentencePattern();

    [GeneratedRegex("(?<=\\d),(?=\\d{3}(?!\\d))")]
    private static partial Regex ThousandsPattern();

    /// <summary>Qualifiers just before a verb that make the count a part or another agency's: 按时答复, 联合印发.</summary>
    private static readonly string[] PartQualifiers =
        ["按时", "及时", "按期", "逾期", "超期", "延期", "当场", "当日", "当天", "已", "尚", "正在", "书面", "网上", "在线", "当面", "现场",
         "电话", "信函", "邮寄", "参与", "协助", "配合", "联合", "牵头", "代", "名义", "拟", "计划", "将", "共同", "累计", "新增"];

    /// <summary>Words that make the agency the body hearing an appeal, not the respondent (a 司法局 办理行政复议案件).</summary>
    private static readonly string[] ReviewBodyWords = ["审理", "受理", "办理", "收到", "作出", "决定", "复议机关", "一审", "二审", "代理"];

    /// <summary>The statements of one paragraph of the report on <paramref name="year"/> (null: unknown).</summary>
    public static IEnumerable<ProseStatement> Read(string paragraph, int? year)
    {
        foreach (Match s in SentencePattern().Matches(paragraph))
        {
            string sentence = s.Value.Trim();
            if (sentence.Length == 0) continue;
            if (!MayStateANumber(sentence)) continue;
            string norm = ThousandsPattern().Replace(TextFolding.Normalize(sentence), "");
            if (MentionsOtherYear(norm, year)) continue;
            bool aboutDisclosure = norm.Contains("信息公开") || norm.Contains("依申请公开") || norm.Contains("政务公开");
            foreach (var clause in Clauses(norm))
                foreach (var statement in ReadClause(clause, aboutDisclosure))
                    yield return statement with { Sentence = sentence };
        }
    }

    /// <summary>
    /// A cheap test before the patterns (most sentences state no count): a digit, a Chinese numeral
    /// before a unit, or a negation (未收到, 没有发生).
    /// </summary>
    private static bool MayStateANumber(string sentence)
    {
        var s = sentence.AsSpan();
        if (s.IndexOfAny(Digits) >= 0 || s.Contains('未') || s.Contains("没有", StringComparison.Ordinal)) return true;
        for (int i = 1; i < s.Length; i++)
            if (Units.Contains(s[i]) && ChineseNumerals.Contains(s[i - 1])) return true;
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789０１２３４５６７８９");
    private static readonly System.Buffers.SearchValues<char> Units = System.Buffers.SearchValues.Create("件个宗起份项条");
    private static readonly System.Buffers.SearchValues<char> ChineseNumerals = System.Buffers.SearchValues.Create("零〇一二两三四五六七八九十百千");

    private static bool MentionsOtherYear(string sentence, int? year)
    {
        foreach (Match m in YearPattern().Matches(sentence))
            if (year is not int y || int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) != y) return true;
        return false;
    }

    /// <summary>The clauses of a sentence up to 其中: what follows 其中 in the same sentence is a part of a count.</summary>
    private static IEnumerable<string> Clauses(string sentence)
    {
        foreach (var clause in sentence.Split([',', ':', '(', ')', '。', '!', '?', ';']))
        {
            int part = clause.IndexOf("其中", StringComparison.Ordinal);
            if (part >= 0) { if (part > 0) yield return clause[..part]; yield break; }
            if (clause.Length > 0) yield return clause;
        }
    }

    private static IEnumerable<ProseStatement> ReadClause(string clause, bool aboutDisclosure)
    {
        if (HedgePattern().IsMatch(clause)) yield break;
        if (OtherYearWordPattern().IsMatch(CarryPhrasePattern().Replace(clause, ""))) yield break;

        foreach (var (pattern, target) in RequestPatterns)
            foreach (Match m in pattern.Matches(clause))
                if (Stated(clause, m) is int n) yield return new(target, n, "", clause);
        if (NoRequestsPattern().Match(clause) is { Success: true } none && !QualifiedPart(clause, none.Index))
            yield return new(ProseTarget.RequestsNew, 0, "", clause);

        if (aboutDisclosure && !ReviewBodyWords.Any(clause.Contains))
        {
            foreach (Match m in AppealPattern().Matches(clause))
                if (Stated(clause, m) is int n)
                    yield return new(m.Groups["kind"].Value == "行政复议" ? ProseTarget.Review : ProseTarget.Lawsuit, n, "", clause);
            if (NoAppealsPattern().Match(clause) is { Success: true } no)
                foreach (var kind in new[] { no.Groups["a"], no.Groups["b"] }.Where(g => g.Success).Select(g => g.Value).Distinct())
                    yield return new(kind == "行政复议" ? ProseTarget.Review : ProseTarget.Lawsuit, 0, "", clause);
        }

        foreach (Match m in DocumentsPattern().Matches(clause))
        {
            if (Stated(clause, m) is not int n) continue;
            bool regulation = m.Groups["kind"].Value == "规章";
            ProseTarget? target = m.Groups["verb"].Value == "废止"
                ? (regulation ? null : ProseTarget.NormativeRepealed)
                : regulation ? ProseTarget.RegulationsIssued : ProseTarget.NormativeIssued;
            if (target is ProseTarget t) yield return new(t, n, "", clause);
        }
        foreach (Match m in InForcePattern().Matches(clause))
            if (m.Groups["kind"].Value != "规章" && Stated(clause, m) is int n) yield return new(ProseTarget.NormativeInForce, n, "", clause);
        foreach (Match m in DecisionsPattern().Matches(clause))
            if (Stated(clause, m) is int n)
                yield return new(m.Groups["kind"].Value switch
                {
                    "行政许可" => ProseTarget.LicensingDecisions,
                    "行政处罚" => ProseTarget.PenaltyDecisions,
                    _ => ProseTarget.CoercionDecisions,
                }, n, "", clause);
    }

    private static readonly (Regex, ProseTarget)[] RequestPatterns =
    [
        (NewPattern(), ProseTarget.RequestsNew), (CarriedOverPattern(), ProseTarget.RequestsCarriedOver),
        (HandledPattern(), ProseTarget.RequestsHandled), (CarriedForwardPattern(), ProseTarget.RequestsCarriedForward),
    ];

    /// <summary>The number of a match, unless a qualifier before it makes the count a part, or a range or decimal surrounds it.</summary>
    private static int? Stated(string clause, Match m)
    {
        if (QualifiedPart(clause, m.Index)) return null;
        var n = m.Groups["n"];
        int before = n.Index - 1, after = m.Index + m.Length;
        if (before >= 0 && clause[before] is '-' or '~' or '—' or '.' or '到' or '至') return null;
        if (after < clause.Length && clause[after] is '-' or '~' or '—' or '到' or '至') return null;
        return ParseNumber(n.Value);
    }

    private static bool QualifiedPart(string clause, int index)
    {
        var before = clause.AsSpan(0, index);
        foreach (var q in PartQualifiers)
            if (before.EndsWith(q, StringComparison.Ordinal) || before.EndsWith(q + "共", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Arabic digits, or Chinese numerals below ten thousand (十二, 二十三, 一百零五, 两).</summary>
    internal static int? ParseNumber(string text)
    {
        if (char.IsAsciiDigit(text[0]))
            return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int v) ? v : null;
        int total = 0, digit = -1;
        foreach (char c in text)
        {
            if (c is '零' or '〇') continue;   // a place holder: 一百零五
            int d = c == '两' ? 2 : "一二三四五六七八九".IndexOf(c) + 1;
            if (d > 0)
            {
                if (digit >= 0) return null;   // two digits in a row: "一二" is not a number
                digit = d;
                continue;
            }
            int scale = c switch { '十' => 10, '百' => 100, _ => 1000 };
            total += (digit < 0 ? 1 : digit) * scale;
            digit = -1;
        }
        return total + Math.Max(digit, 0);
    }
}
