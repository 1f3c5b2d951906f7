using System.CommandLine;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Cli.Admin;

/// <summary>The database options every administration verb takes, defaulting to the web site's settings.</summary>
internal sealed class DatabaseOptions
{
    public Option<DatabaseProvider> Provider { get; } = new("--provider")
    {
        Description = "数据库：Sqlite 或 Postgres（默认取环境变量 Database__Provider）",
        DefaultValueFactory = _ => Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable("Database__Provider"), true, out var p) ? p : DatabaseProvider.Sqlite,
    };

    public Option<string> Connection { get; } = new("--connection")
    {
        Description = "连接字符串（默认取环境变量 ConnectionStrings__Gongkai，否则 data/gongkai.db）",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ConnectionStrings__Gongkai") ?? "Data Source=data/gongkai.db",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(Connection);
    }

    public GongkaiDbContext Open(ParseResult parse)
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        options.UseGongkai(parse.GetValue(Provider), parse.GetValue(Connection)!);
        return new GongkaiDbContext(options.Options);
    }
}
