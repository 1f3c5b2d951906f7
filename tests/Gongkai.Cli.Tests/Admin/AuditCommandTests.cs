using Gongkai.Cli.Admin;
using Gongkai.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Cli.Tests.Admin;

/// <summary>`gongkai audit verify`: exit 0 on an intact chain, 1 with the broken entry after an edit or a deletion.</summary>
public sealed class AuditCommandTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"gongkai-audit-{Guid.NewGuid():N}.db");

    public AuditCommandTests() => DataKeys.Load(Convert.ToBase64String(new byte[32].Select((_, i) => (byte)i).ToArray()), null);

    private GongkaiDbContext Open()
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        options.UseGongkai(DatabaseProvider.Sqlite, $"Data Source={path}");
        return new GongkaiDbContext(options.Options);
    }

    private async Task<(int Exit, string Output)> VerifyAsync()
    {
        await using var db = Open();
        var output = new StringWriter();
        return (await AuditCommand.VerifyAsync(db, output, CancellationToken.None), output.ToString());
    }

    private async Task SeedAsync(int count)
    {
        await using var db = Open();
        await db.Database.MigrateAsync();
        for (var i = 0; i < count; i++)
        {
            db.Audit.Add(new AuditEntry { At = DateTimeOffset.UtcNow, UserName = "经办人", Action = "Accepted", RequestId = i, Detail = $"第{i}件" });
        }

        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task An_intact_log_verifies_and_prints_its_head()
    {
        await SeedAsync(5);
        var (exit, output) = await VerifyAsync();
        Assert.Equal(0, exit);
        Assert.Contains("审计日志完整：5 条", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edited_entry_fails_verification()
    {
        await SeedAsync(5);
        Assert.Equal(0, (await VerifyAsync()).Exit);
        await using (var db = Open())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"UserName\" = '别人' WHERE \"Id\" = 3");
        }

        var (exit, output) = await VerifyAsync();
        Assert.Equal(1, exit);
        Assert.Contains("记录 3", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_entry_fails_verification()
    {
        await SeedAsync(5);
        Assert.Equal(0, (await VerifyAsync()).Exit);
        await using (var db = Open())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries WHERE \"Id\" = 2");
        }

        var (exit, output) = await VerifyAsync();
        Assert.Equal(1, exit);
        Assert.Contains("被删除", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
