using System.Globalization;
using Gongkai.Core.Catalog;

namespace Gongkai.Cli.Demo;

/// <summary>Plausible published catalog items from a fixed seed: titles, numbers and bodies recombined from land and resources vocabulary.</summary>
internal sealed class PublicationFaker(int seed, IReadOnlyList<(int Id, string Name)> agencies)
{
    private static readonly string[] Places = ["广州市", "深圳市", "韶关市", "仁化县", "始兴县", "乐昌市", "南雄市", "翁源县", "新丰县", "乳源瑶族自治县", "梅州市", "惠州市", "清远市", "英德市", "连州市", "阳山县", "河源市", "龙川县", "肇庆市", "云浮市"];
    private static readonly string[] Subjects = ["征地补偿安置", "矿业权出让", "国土空间规划", "耕地保护", "不动产登记", "地质灾害防治", "测绘地理信息", "海域使用", "林地保护利用", "土地出让", "采矿权延续", "探矿权新立", "生态保护修复", "宅基地审批", "建设用地供应", "土地征收成片开发", "矿产资源开发利用", "自然资源确权登记", "历史文化街区保护", "城镇开发边界管理"];
    private static readonly string[] Actions = ["进一步规范", "加强", "做好", "优化", "严格", "深化", "推进"];
    private static readonly string[] Sentences =
    [
        "为贯彻落实《中华人民共和国土地管理法》及其实施条例，结合本地实际，现就有关事项通知如下。",
        "各地要严格执行{0}的有关规定，切实维护群众合法权益。",
        "{1}自然资源主管部门应当在规定时限内完成{0}的审查工作，并向社会公开办理结果。",
        "本文件自印发之日起施行，有效期五年。",
        "涉及{0}的信息应当依法主动公开，接受社会监督。",
        "对违反规定的行为，依法依规严肃处理。",
        "请各单位认真组织实施，执行中遇到的问题及时报告。",
        "{1}{0}工作取得阶段性成效，群众满意度明显提升。",
    ];

    private static readonly Genre[] GenreMix =
        [Genre.NormativeDocument, Genre.WorkNews, Genre.WorkNews, Genre.Licensing, Genre.Licensing, Genre.Penalty, Genre.LandRequisition, Genre.Plan, Genre.Budget, Genre.Interpretation, Genre.Other, Genre.Regulation];

    public IEnumerable<Publication> Generate(long firstId, int count)
    {
        var random = new Random(seed);
        var sequences = new Dictionary<(int, int), int>();
        for (var i = 0; i < count; i++)
        {
            var (agencyId, agencyName) = agencies[random.Next(agencies.Count)];
            var genre = GenreMix[random.Next(GenreMix.Length)];
            var place = Places[random.Next(Places.Length)];
            var subject = Subjects[random.Next(Subjects.Length)];
            var written = new DateOnly(2012, 1, 1).AddDays(random.Next(365 * 14));
            var key = (agencyId, written.Year);
            var sequence = sequences[key] = sequences.GetValueOrDefault(key) + 1;
            var title = genre switch
            {
                Genre.NormativeDocument or Genre.Regulation => $"{place}关于{Actions[random.Next(Actions.Length)]}{subject}工作的通知",
                Genre.Licensing => $"{place}{subject}准予行政许可决定书",
                Genre.Penalty => $"行政处罚决定书（{place}某公司{subject}违法案）",
                Genre.LandRequisition => $"{place}{written.Year}年第{random.Next(1, 9)}批次土地征收公告",
                Genre.Plan => $"{place}{subject}专项规划（{written.Year}—{written.Year + 5}年）",
                Genre.Budget => $"{place}自然资源局{written.Year}年部门预算",
                Genre.Interpretation => $"《{place}关于{subject}的通知》政策解读",
                _ => $"{place}召开{subject}工作会议",
            };
            var body = string.Concat(Enumerable.Range(0, 4).Select(_ => string.Format(CultureInfo.InvariantCulture, Sentences[random.Next(Sentences.Length)], subject, place)));
            var number = genre is Genre.NormativeDocument or Genre.Regulation or Genre.Penalty or Genre.Licensing
                ? $"{place[..1]}自然资{(genre == Genre.Penalty ? "罚" : "发")}〔{written.Year}〕{random.Next(1, 300)}号"
                : "";
            yield return new Publication
            {
                Id = firstId + i,
                AgencyId = agencyId,
                IndexNumber = $"G{agencyId:D4}/{written.Year}-{sequence:D7}",
                Title = title,
                IssuingAgency = agencyName,
                DocumentNumber = number,
                WrittenOn = written,
                PublishedOn = written.AddDays(random.Next(1, 20)),
                Topic = "国土资源、能源",
                Genre = genre,
                Summary = body[..Math.Min(40, body.Length)],
                Body = "<p>" + body + "</p>",
                BodyText = body,
                ModeReviewedOn = written,
                State = PublicationState.Published,
                Mode = DisclosureMode.Proactive,
                CreatedBy = "demo",
            };
        }
    }
}
