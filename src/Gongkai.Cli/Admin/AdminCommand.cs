using System.CommandLine;
using System.Text;
using Gongkai.Core.Agencies;
using Gongkai.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Cli.Admin;

/// <summary>
/// `gongkai admin create --user NAME --name 显示名 [--agency 机关名称 --level Province]`: the first
/// administrator of a real installation (which is never seeded with accounts). The password is
/// prompted twice without echo (or read from one line of standard input when it is redirected),
/// checked against the staff password policy and never printed. An empty database gets its top
/// agency from --agency. Exit 0: created; 1: refused (weak password, name taken); 2: bad input.
/// </summary>
public static class AdminCommand
{
    public static Command Create()
    {
        var database = new DatabaseOptions();
        var user = new Option<string>("--user") { Description = "登录用户名", Required = true };
        var name = new Option<string>("--name") { Description = "显示姓名", Required = true };
        var agency = new Option<string?>("--agency") { Description = "所属行政机关名称（数据库为空时新建为顶级机关）" };
        var level = new Option<AgencyLevel>("--level") { Description = "新建机关的层级：Province、City、County", DefaultValueFactory = _ => AgencyLevel.Province };
        var create = new Command("create", "新建系统管理员账号（密码在提示后输入，不回显）") { user, name, agency, level };
        database.AddTo(create);
        create.SetAction(async (parse, cancellationToken) =>
        {
            await using var db = database.Open(parse);
            return await CreateAsync(db, parse.GetValue(user)!, parse.GetValue(name)!, parse.GetValue(agency), parse.GetValue(level), Console.In, Console.Out, Console.Error, cancellationToken);
        });
        var admin = new Command("admin", "系统管理");
        admin.Subcommands.Add(create);
        return admin;
    }

    internal static async Task<int> CreateAsync(GongkaiDbContext db, string userName, string displayName, string? agencyName, AgencyLevel level, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        var agency = string.IsNullOrWhiteSpace(agencyName)
            ? await db.Agencies.OrderBy(a => a.Id).FirstOrDefaultAsync(a => a.ParentId == null, cancellationToken)
            : await db.Agencies.FirstOrDefaultAsync(a => a.Name == agencyName.Trim(), cancellationToken);
        if (agency is null && string.IsNullOrWhiteSpace(agencyName))
        {
            await error.WriteLineAsync("gongkai: 数据库中还没有行政机关，请用 --agency 给出本系统的顶级机关名称。");
            return 2;
        }

        var password = ReadPassword(input, output);
        if (password is null)
        {
            await error.WriteLineAsync("gongkai: 两次输入的密码不一致。");
            return 1;
        }

        if (StaffPasswords.Check(password, userName) is { } weak)
        {
            await error.WriteLineAsync($"gongkai: {weak}");
            return 1;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (agency is null)
        {
            agency = new Agency { Name = agencyName!.Trim(), Level = level };
            db.Agencies.Add(agency);
            await db.SaveChangesAsync(cancellationToken);
            if (!await db.NoticeTemplates.AnyAsync(cancellationToken))
            {
                db.NoticeTemplates.AddRange(Core.Requests.NoticeTemplate.Defaults());
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        using var services = Identity(db);
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var staff = new StaffUser { UserName = userName.Trim(), DisplayName = displayName.Trim(), AgencyId = agency.Id, Role = StaffRole.Administrator };
        var result = await users.CreateAsync(staff, password);
        if (!result.Succeeded)
        {
            await error.WriteLineAsync("gongkai: " + string.Join("；", result.Errors.Select(e => Chinese(e))));
            return 1;
        }

        db.Audit.Add(new AuditEntry { At = DateTimeOffset.UtcNow, UserName = "gongkai admin create", AgencyId = agency.Id, Action = "StaffCreated", Detail = $"{staff.UserName} Administrator" });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await output.WriteLineAsync($"已新建系统管理员 {staff.UserName}（{agency.Name}）。");
        return 0;
    }

    private static string Chinese(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" => "该用户名已被使用。",
        "InvalidUserName" => "用户名只能包含字母、数字和 -._@+。",
        _ => error.Description,
    };

    /// <summary>A UserManager over the given context, with the web site's password policy.</summary>
    private static ServiceProvider Identity(GongkaiDbContext db)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(db);
        services.AddIdentityCore<StaffUser>(StaffPasswords.Configure)
            .AddEntityFrameworkStores<GongkaiDbContext>()
            .AddPasswordValidator<StaffPasswords>();
        return services.BuildServiceProvider();
    }

    /// <summary>Twice at a terminal, without echo; one line when standard input is redirected. Null when the two differ.</summary>
    private static string? ReadPassword(TextReader input, TextWriter output)
    {
        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            return input.ReadLine() ?? "";
        }

        output.Write("密码：");
        var first = ReadHidden();
        output.Write("再次输入密码：");
        var second = ReadHidden();
        return first == second ? first : null;
    }

    private static string ReadHidden()
    {
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return text.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0)
                {
                    text.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
    }
}
