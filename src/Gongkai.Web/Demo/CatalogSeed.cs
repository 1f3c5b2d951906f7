using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Data.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Demo;

/// <summary>
/// DEMO ONLY: catalog settings, a topic tree and realistic published items for the demo agencies
/// (征地, 矿业权, 规划, a normative document with its interpretation, a repealed document), so that
/// the portal and its search have something to show. The relevance tests search this set.
/// </summary>
public sealed class CatalogSeed(GongkaiDbContext db)
{
    /// <summary>Agency key, title, document number, genre, topic, written date, body, key of the item interpreted or repealing.</summary>
    public static readonly IReadOnlyList<(string Agency, string Key, string Title, string Number, Genre Genre, string Topic, string Written, string Body, string? Link)> Items =
    [
        ("gd", "zdbc", "广东省自然资源厅关于进一步规范征地补偿安置工作的通知", "粤自然资规字〔2024〕3号", Genre.NormativeDocument, "国土资源、能源", "2024-04-12",
            "为规范征地补偿安置工作，保障被征地农民合法权益，根据《中华人民共和国土地管理法》及其实施条例，现就有关事项通知如下。一、严格执行区片综合地价。二、落实社会保障费用。三、公开征地信息。", null),
        ("gd", "zdbcjd", "《关于进一步规范征地补偿安置工作的通知》政策解读", "", Genre.Interpretation, "国土资源、能源", "2024-04-15",
            "本解读说明通知的起草背景、主要内容和区片综合地价的适用范围，便于被征地农村集体经济组织和农民理解。", "zdbc"),
        ("gd", "zdold", "广东省国土资源厅关于征地补偿标准有关问题的通知", "粤国土资规字〔2019〕2号", Genre.NormativeDocument, "国土资源、能源", "2019-03-01",
            "对征地补偿标准的计算方法作出规定。本通知已被新的规范性文件废止。", "zdbc"),
        ("gd", "kyqsy", "广东省自然资源厅关于矿业权出让收益征收有关问题的通知", "粤自然资规字〔2023〕5号", Genre.NormativeDocument, "国土资源、能源", "2023-09-20",
            "根据财政部、自然资源部关于矿业权出让收益征收办法的规定，明确按矿产品销售收入的一定比例征收矿业权出让收益的具体标准。", null),
        ("gd", "kyqsyjd", "图解：矿业权出让收益征收新规", "", Genre.Interpretation, "国土资源、能源", "2023-09-25",
            "用图表解读出让收益按比例征收的计算方式和缴纳时间。", "kyqsy"),
        ("gd", "kczygh", "广东省矿产资源总体规划（2021—2025年）", "", Genre.Plan, "国土资源、能源", "2022-06-30",
            "规划明确全省矿产资源勘查开发保护的总体布局，稀土、高岭土等战略性矿产的开采总量控制，以及绿色矿山建设目标。", null),
        ("gd", "gtkjgh", "广东省国土空间规划（2021—2035年）", "", Genre.Plan, "城乡建设、环境保护", "2023-08-10",
            "统筹划定耕地和永久基本农田、生态保护红线、城镇开发边界三条控制线，构建国土空间开发保护新格局。", null),
        ("gd", "bmys", "广东省自然资源厅2025年部门预算", "", Genre.Budget, "财政、金融、审计", "2025-02-10",
            "部门预算收支总表、一般公共预算支出表、政府性基金预算支出表及三公经费说明。", null),
        ("gd", "bmjs", "广东省自然资源厅2024年部门决算", "", Genre.Budget, "财政、金融、审计", "2025-07-20",
            "部门决算收支总表、财政拨款收支总表及决算情况说明。", null),
        ("gd", "cfjd", "行政处罚决定书（某矿业有限公司非法采矿案）", "粤自然资罚〔2025〕12号", Genre.Penalty, "国土资源、能源", "2025-05-08",
            "当事人未取得采矿许可证擅自开采建筑用花岗岩，违反《中华人民共和国矿产资源法》第三条，决定没收违法所得并处罚款。", null),
        ("gd", "cfjd2", "行政处罚决定书（某房地产公司未批先建案）", "粤自然资罚〔2025〕20号", Genre.Penalty, "城乡建设、环境保护", "2025-06-18",
            "当事人未经批准占用土地建设商品房，违反土地管理法，责令退还非法占用的土地并处罚款。", null),
        ("gd", "ckxk", "采矿权延续登记准予行政许可决定书", "粤自然资矿许〔2025〕31号", Genre.Licensing, "国土资源、能源", "2025-03-14",
            "准予某水泥公司石灰岩矿采矿权延续登记，有效期五年。", null),
        ("gd", "tkxk", "探矿权新立登记准予行政许可决定书", "粤自然资矿许〔2025〕44号", Genre.Licensing, "国土资源、能源", "2025-04-02",
            "准予某地质勘查院金矿探矿权新立登记。", null),
        ("gd", "gzdt", "省自然资源厅召开全省矿业权管理工作会议", "", Genre.WorkNews, "国土资源、能源", "2025-09-03",
            "会议总结了矿业权出让制度改革进展，部署净矿出让和矿山生态修复工作。", null),
        ("gd", "gzdt2", "省自然资源厅开展耕地保护专项督察", "", Genre.WorkNews, "国土资源、能源", "2025-10-15",
            "督察组赴各地市检查耕地占补平衡和永久基本农田保护情况。", null),
        ("gd", "gz", "广东省地质灾害防治管理办法", "广东省人民政府令第301号", Genre.Regulation, "国土资源、能源", "2024-11-01",
            "为防治地质灾害，避免和减少地质灾害造成的损失，维护人民生命和财产安全，制定本办法。", null),
        ("gd", "bdc", "广东省自然资源厅关于优化不动产登记营商环境的通知", "粤自然资规字〔2025〕1号", Genre.NormativeDocument, "国土资源、能源", "2025-01-20",
            "推行不动产登记一网通办，压缩办理时限，实现交房即交证。", null),
        ("gd", "chzz", "广东省自然资源厅关于测绘资质管理的通知", "粤自然资规字〔2025〕6号", Genre.NormativeDocument, "国土资源、能源", "2025-08-05",
            "规范测绘资质审批和监督管理，推进测绘地理信息数据安全。", null),
        ("gd", "hydy", "广东省海域使用金征收标准", "粤自然资规字〔2024〕9号", Genre.NormativeDocument, "国土资源、能源", "2024-12-10",
            "规定填海造地、构筑物用海等各类用海方式的海域使用金征收标准。", null),
        ("sg", "sgkyq", "韶关市自然资源局关于加强矿业权出让管理的通知", "韶自然资规〔2024〕2号", Genre.NormativeDocument, "国土资源、能源", "2024-06-18",
            "严格矿业权出让前期论证，落实净矿出让，加强出让后监管。", null),
        ("sg", "sgzd", "韶关市2025年度土地征收成片开发方案", "", Genre.LandRequisition, "国土资源、能源", "2025-04-22",
            "成片开发范围涉及浈江区、武江区的集体土地，公益性用地比例不低于百分之四十。", null),
        ("sg", "sgdz", "韶关市地质灾害防治规划（2021—2025年）", "", Genre.Plan, "国土资源、能源", "2022-03-15",
            "规划明确崩塌、滑坡、泥石流等地质灾害隐患点的防治措施。", null),
        ("sg", "sgsf", "韶关市不动产登记收费标准", "", Genre.AdministrativeFees, "财政、金融、审计", "2024-09-01",
            "住宅类不动产登记费每件八十元，非住宅类每件五百五十元。", null),
        ("rh", "rhyg", "仁化县2025年第一批次城镇建设用地征收土地预公告", "仁府征〔2025〕1号", Genre.LandRequisition, "国土资源、能源", "2025-03-05",
            "拟征收丹霞街道某村集体土地，自公告之日起暂停办理户口迁入、分户和抢栽抢建。", null),
        ("rh", "rhfa", "仁化县丹霞街道某村征地补偿安置方案公告", "仁府征〔2025〕3号", Genre.LandRequisition, "国土资源、能源", "2025-05-16",
            "公布补偿标准、安置对象、安置方式和社会保障，被征地农民可在三十日内申请听证。", null),
        ("rh", "rhgh", "仁化县国土空间总体规划（2021—2035年）", "", Genre.Plan, "城乡建设、环境保护", "2024-10-30",
            "以丹霞山世界自然遗产保护为重点，优化县域城镇空间布局。", null),
        ("rh", "rhcf", "行政处罚决定书（某石场超越批准矿区范围采矿案）", "仁自然资罚〔2025〕4号", Genre.Penalty, "国土资源、能源", "2025-07-11",
            "当事人超越批准的矿区范围开采石灰岩，责令退回本矿区范围内开采并处罚款。", null),
        ("rh", "rhys", "仁化县自然资源局2025年部门预算", "", Genre.Budget, "财政、金融、审计", "2025-02-20",
            "县自然资源局部门预算及三公经费说明。", null),
        ("sx", "sxzd", "始兴县2025年度征收土地方案公告", "始府征〔2025〕2号", Genre.LandRequisition, "国土资源、能源", "2025-06-03",
            "经省人民政府批准，征收太平镇集体农用地，现将征收范围、补偿标准和安置途径予以公告。", null),
        ("sx", "sxck", "始兴县某建筑用砂岩矿采矿权挂牌出让公告", "", Genre.Other, "国土资源、能源", "2025-08-19",
            "以挂牌方式出让建筑用砂岩矿采矿权，竞买人须具备相应资质，出让收益按规定缴纳。", null),
        ("sx", "sxgd", "始兴县耕地保护目标责任考核办法", "始府规〔2024〕1号", Genre.NormativeDocument, "国土资源、能源", "2024-05-09",
            "明确乡镇人民政府耕地保护目标责任和考核程序。", null),
        ("sx", "sxys", "始兴县自然资源局2025年部门预算", "", Genre.Budget, "财政、金融、审计", "2025-02-21",
            "县自然资源局部门预算收支总表。", null),
        ("sx", "sxst", "始兴县生态保护修复专项规划", "", Genre.Plan, "城乡建设、环境保护", "2024-12-28",
            "统筹推进历史遗留废弃矿山修复和水土流失治理。", null),
    ];

    // Credit codes with a valid GB 32100 check character (the settings page checks it).
    private static readonly Dictionary<string, (string CreditCode, string Scheme, int Levels, string OrgCode)> Settings = new()
    {
        ["gd"] = ("11440000MB2C94231U", IndexNumberScheme.DefaultTemplate, 2, "MB2C9423"),
        ["sg"] = ("11440200MB2D102347", IndexNumberScheme.DefaultTemplate, 2, "MB2D1023"),
        ["rh"] = ("11440224MB2E513214", "{orgCode}/{category}-{year}-{seq:4}", 1, "MB2E5132"),
        ["sx"] = ("11440222MB2F12345G", "{orgCode}/{category}-{year}-{seq:4}", 1, "MB2F1234"),
    };

    /// <summary>Every demo agency's 主题分类 tree: the top-level topics of <see cref="Items"/> and a natural-resources bureau's subtopics.</summary>
    public static readonly IReadOnlyList<(string Topic, string[] Subtopics)> DefaultTopics =
    [
        ("国土资源、能源", ["土地管理", "矿产资源", "地质灾害防治", "不动产登记", "测绘地理信息", "海洋资源"]),
        ("城乡建设、环境保护", ["国土空间规划", "生态保护修复"]),
        ("财政、金融、审计", ["预算决算", "行政事业性收费"]),
        ("综合政务", []),
    ];

    /// <summary>The subtopic (of the item's topic in <see cref="Items"/>) a seeded item is filed under, by item key.</summary>
    private static readonly Dictionary<string, string> Subtopics = new()
    {
        ["zdbc"] = "土地管理", ["zdbcjd"] = "土地管理", ["zdold"] = "土地管理", ["kyqsy"] = "矿产资源", ["kyqsyjd"] = "矿产资源", ["kczygh"] = "矿产资源",
        ["gtkjgh"] = "国土空间规划", ["bmys"] = "预算决算", ["bmjs"] = "预算决算", ["cfjd"] = "矿产资源", ["ckxk"] = "矿产资源", ["tkxk"] = "矿产资源",
        ["gzdt"] = "矿产资源", ["gzdt2"] = "土地管理", ["gz"] = "地质灾害防治", ["bdc"] = "不动产登记", ["chzz"] = "测绘地理信息", ["hydy"] = "海洋资源",
        ["sgkyq"] = "矿产资源", ["sgzd"] = "土地管理", ["sgdz"] = "地质灾害防治", ["sgsf"] = "行政事业性收费",
        ["rhyg"] = "土地管理", ["rhfa"] = "土地管理", ["rhgh"] = "国土空间规划", ["rhcf"] = "矿产资源", ["rhys"] = "预算决算",
        ["sxzd"] = "土地管理", ["sxck"] = "矿产资源", ["sxgd"] = "土地管理", ["sxys"] = "预算决算", ["sxst"] = "生态保护修复",
    };

    /// <summary>The topic path a seeded item is stored with, e.g. 国土资源、能源/土地管理.</summary>
    public static string TopicOf(string key, string topic) =>
        Subtopics.TryGetValue(key, out var sub) ? topic + TopicTree.Separator + sub : topic;

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.CatalogSettings.AnyAsync(cancellationToken))
        {
            return;
        }

        var agencies = await db.Agencies.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        if (agencies.Count < 4)
        {
            return;
        }

        var ids = new Dictionary<string, int> { ["gd"] = agencies[0], ["sg"] = agencies[1], ["rh"] = agencies[2], ["sx"] = agencies[3] };
        var names = await db.Agencies.ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (key, s) in Settings)
        {
            db.CatalogSettings.Add(new CatalogSettings
            {
                AgencyId = ids[key], CreditCode = s.CreditCode, OrgCode = s.OrgCode, IndexScheme = s.Scheme, ReviewLevels = s.Levels,
                OfficeHours = "工作日 上午9:00—12:00，下午2:30—5:30", Fax = "020-00000001", OnlineContact = "gkb@example.gov.cn",
                Arrangement = "本机关主动公开的政府信息按体裁分类（规章、行政规范性文件、规划、征地信息、财政预决算、政策解读、行政许可、行政处罚等）和主题分类编排，每条信息载明索引号、发布机构、发文字号、成文日期和发布日期。",
                Remedies = "公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼（《条例》第五十一条）。",
            });
        }

        foreach (var agencyId in ids.Values)
        {
            foreach (var ((topic, subtopics), order) in DefaultTopics.Select((t, i) => (t, i)))
            {
                var parent = new Topic { AgencyId = agencyId, Name = topic, SortOrder = order };
                db.Topics.Add(parent);
                await db.SaveChangesAsync(cancellationToken);
                db.Topics.AddRange(subtopics.Select((name, i) => new Topic { AgencyId = agencyId, ParentId = parent.Id, Name = name, SortOrder = i }));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var created = new Dictionary<string, Publication>();
        foreach (var i in Items)
        {
            var agencyId = ids[i.Agency];
            var settings = Settings[i.Agency];
            var written = DateOnly.Parse(i.Written, System.Globalization.CultureInfo.InvariantCulture);
            var sequence = await db.NextSequenceAsync(agencyId, written.Year, cancellationToken);
            var body = $"<p>{System.Net.WebUtility.HtmlEncode(i.Body)}</p>";
            var item = new Publication
            {
                AgencyId = agencyId,
                IndexNumber = IndexNumberScheme.Parse(settings.Scheme).Scheme!.Format(new IndexNumberContext(settings.CreditCode, settings.OrgCode), i.Genre, written.Year, sequence),
                Title = i.Title,
                IssuingAgency = i.Genre == Genre.Regulation ? "广东省人民政府" : names[agencyId],
                DocumentNumber = i.Number,
                WrittenOn = written,
                PublishedOn = written.AddDays(3),
                Topic = TopicOf(i.Key, i.Topic),
                Genre = i.Genre,
                Summary = i.Body.Length > 60 ? i.Body[..60] + "……" : i.Body,
                Body = body,
                BodyText = i.Body,
                EffectiveOn = i.Genre.HasValidity() ? written.AddDays(30) : null,
                State = PublicationState.Published,
                ModeReviewedOn = written.AddDays(3),
                CreatedBy = "demo",
            };
            if (i.Link is { } link)
            {
                if (i.Genre == Genre.Interpretation)
                {
                    item.InterpretsId = created[link].Id;
                }
                else
                {
                    item.Validity = ValidityState.Repealed;
                    item.EndedOn = created[link].WrittenOn;
                    item.RepealedById = created[link].Id;
                }
            }

            db.Publications.Add(item);
            await db.SaveChangesAsync(cancellationToken);
            await db.IndexAsync(item, cancellationToken);
            created[i.Key] = item;
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
