using Gongkai.Core.Agencies;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Demo;

/// <summary>
/// On first start with an empty database: a province department, a city bureau and two county
/// bureaus, staff of every role with a shared demo password printed on the console, and a few
/// requests in various states. DEMO ONLY: set Demo:Seed=false on a real installation.
/// </summary>
public sealed class DemoSeed(GongkaiDbContext db, UserManager<StaffUser> users, CaseDesk desk, IConfiguration configuration, ILogger<DemoSeed> logger)
{
    public const string DefaultPassword = "Gongkai-Demo-2026";

    /// <summary>The demo staff: user name, display name, agency key, role.</summary>
    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Agency, StaffRole Role)> StaffAccounts =
    [
        ("gd.clerk", "省厅经办人 陈明", "gd", StaffRole.Clerk),
        ("gd.reviewer", "省厅审核人 李华", "gd", StaffRole.Reviewer),
        ("gd.head", "省厅负责人 王强", "gd", StaffRole.Head),
        ("gd.admin", "省厅管理员 赵敏", "gd", StaffRole.Administrator),
        ("sg.clerk", "市局经办人 周杰", "sg", StaffRole.Clerk),
        ("sg.admin", "市局管理员 吴芳", "sg", StaffRole.Administrator),
        ("sg.head", "市局负责人 何平", "sg", StaffRole.Head),
        ("rh.clerk", "仁化县经办人 郑丽", "rh", StaffRole.Clerk),
        ("rh.head", "仁化县负责人 孙伟", "rh", StaffRole.Head),
        ("sx.clerk", "始兴县经办人 钱进", "sx", StaffRole.Clerk),
        ("sx.head", "始兴县负责人 冯刚", "sx", StaffRole.Head),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Agencies.AnyAsync(cancellationToken))
        {
            return;
        }

        // All or nothing: a half-seeded database would never be seeded again.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var gd = new Agency { Name = "广东省自然资源厅", Level = AgencyLevel.Province, OfficeAddress = "广州市越秀区东风中路", OfficePhone = "020-00000000" };
        db.Agencies.Add(gd);
        await db.SaveChangesAsync(cancellationToken);
        var sg = new Agency { Name = "韶关市自然资源局", Level = AgencyLevel.City, ParentId = gd.Id, OfficeAddress = "韶关市浈江区", OfficePhone = "0751-0000000" };
        db.Agencies.Add(sg);
        await db.SaveChangesAsync(cancellationToken);
        var rh = new Agency { Name = "仁化县自然资源局", Level = AgencyLevel.County, ParentId = sg.Id, OfficeAddress = "仁化县丹霞街道", OfficePhone = "0751-1111111" };
        var sx = new Agency { Name = "始兴县自然资源局", Level = AgencyLevel.County, ParentId = sg.Id, OfficeAddress = "始兴县太平镇", OfficePhone = "0751-2222222" };
        db.Agencies.AddRange(rh, sx);
        db.NoticeTemplates.AddRange(NoticeTemplate.Defaults());
        await db.SaveChangesAsync(cancellationToken);

        var agencies = new Dictionary<string, Agency> { ["gd"] = gd, ["sg"] = sg, ["rh"] = rh, ["sx"] = sx };
        var password = configuration["Demo:Password"] ?? DefaultPassword;
        var created = new Dictionary<string, StaffUser>();
        foreach (var (userName, displayName, agency, role) in StaffAccounts)
        {
            var user = new StaffUser { UserName = userName, DisplayName = displayName, AgencyId = agencies[agency].Id, Role = role };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Demo staff could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
            }

            created[userName] = user;
        }

        logger.LogWarning("DEMO installation seeded (Demo:Seed=true). Staff accounts, password '{Password}': {Accounts}. Do not use on a real installation.",
            password, string.Join(", ", StaffAccounts.Select(s => $"{s.UserName} ({s.Role}, {agencies[s.Agency].Name})")));
        Console.WriteLine($"演示账号（仅供演示）密码均为 {password}：");
        foreach (var s in StaffAccounts)
        {
            Console.WriteLine($"  {s.UserName,-12} {s.Role,-13} {agencies[s.Agency].Name}");
        }

        await SeedRequestsAsync(agencies, created, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task SeedRequestsAsync(Dictionary<string, Agency> agencies, Dictionary<string, StaffUser> staff, CancellationToken cancellationToken)
    {
        Staff As(string userName)
        {
            var u = staff[userName];
            return new Staff(u.Id, u.DisplayName, u.AgencyId, u.Role, new HashSet<int> { u.AgencyId });
        }

        var today = desk.Today;
        var samples = new (string Agency, ApplicantKind Kind, string Name, string Id, string Info, int DaysAgo, StepKind[] Steps)[]
        {
            ("gd", ApplicantKind.NaturalPerson, "张三", "440101199001011233", "2025年度广东省国土空间规划实施监测报告", 3, []),
            ("gd", ApplicantKind.NaturalPerson, "李四", "440102198502023456", "某村集体土地征收批复文件（粤府土审〔2025〕12号）", 25, [StepKind.Accepted]),
            ("gd", ApplicantKind.CommercialEnterprise, "广州某某置业有限公司", "91440101MA5ABCDE1M", "某地块土地出让合同及补充协议", 12, [StepKind.Accepted, StepKind.ExtensionRequested]),
            ("gd", ApplicantKind.LegalServiceOrganization, "广东某某律师事务所", "31440000MD0123456X", "某矿业权出让收益评估报告", 40, [StepKind.Accepted, StepKind.Replied]),
            ("rh", ApplicantKind.NaturalPerson, "王五", "440224197803034567", "丹霞街道某村宅基地审批档案", 6, [StepKind.CorrectionRequested]),
            ("sx", ApplicantKind.ResearchInstitution, "华南某某研究院", "12440000455858000K", "始兴县2024年耕地保护目标责任考核结果", 10, [StepKind.Accepted]),
        };
        foreach (var s in samples)
        {
            var agency = agencies[s.Agency];
            var clerk = As($"{s.Agency}.clerk");
            var form = new RequestForm(s.Kind, s.Name, s.Id, "13800138000", null, "广东省韶关市某某路1号", null, s.Info, DeliveryForm.Electronic, DeliveryMeans.Online);
            var (request, _) = await desk.SubmitAsync(agency.Id, form, ReceiptChannel.InPerson, today.AddDays(-s.DaysAgo), [], clerk, cancellationToken);
            var on = request.ReceivedOn;
            foreach (var kind in s.Steps)
            {
                on = on.AddDays(1) > today ? today : on.AddDays(1);
                var step = kind switch
                {
                    StepKind.CorrectionRequested => new StepForm(kind, on, "请写明所需宅基地审批档案的所在村组及年份。", 10, null, null, null),
                    StepKind.ExtensionRequested => new StepForm(kind, on, "需要调取多个部门档案", 15, null, null, null),
                    StepKind.Replied => new StepForm(kind, on, "所需信息见附件。", null, null, "Disclosed", "《中华人民共和国政府信息公开条例》第三十六条第（二）项"),
                    _ => new StepForm(kind, on, null, null, null, null, null),
                };
                await desk.TakeStepAsync(clerk, request.Id, step, cancellationToken);
            }
        }
    }
}
