using Gongkai.Cli.Admin;
using Gongkai.Core.Agencies;
using Gongkai.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Cli.Tests.Admin;

/// <summary>`gongkai admin create` on an empty SQLite database: the first administrator, a checked password never printed.</summary>
public sealed class AdminCommandTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"gongkai-admin-{Guid.NewGuid():N}.db");

    private GongkaiDbContext Open()
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        options.UseGongkai(DatabaseProvider.Sqlite, $"Data Source={path}");
        return new GongkaiDbContext(options.Options);
    }

    private async Task<(int Exit, string Out, string Err)> CreateAsync(string password, string user = "zhang.admin", string? agency = "某市政务服务数据管理局")
    {
        await using var db = Open();
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await AdminCommand.CreateAsync(db, user, "张管理", agency, AgencyLevel.City, new StringReader(password + "\n"), output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task The_first_administrator_is_created_with_the_agency_and_the_password_is_never_printed()
    {
        const string Password = "Xq7-mountain-Lake";
        var (exit, output, error) = await CreateAsync(Password);
        Assert.Equal(0, exit);
        Assert.DoesNotContain(Password, output + error, StringComparison.Ordinal);
        await using var db = Open();
        var staff = await db.Users.SingleAsync();
        Assert.Equal(StaffRole.Administrator, staff.Role);
        Assert.Equal("某市政务服务数据管理局", (await db.Agencies.SingleAsync()).Name);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<StaffUser>().VerifyHashedPassword(staff, staff.PasswordHash!, Password));
        Assert.Contains(await db.Audit.ToListAsync(), a => a.Action == "StaffCreated");
    }

    [Theory]
    [InlineData("short1A")]
    [InlineData("password123456")]
    [InlineData("Woaini1314!!")]
    [InlineData("alllowercaseletters")]
    [InlineData("zhang.admin-Secret-1")]
    public async Task A_weak_password_is_refused_and_no_account_is_created(string password)
    {
        var (exit, _, error) = await CreateAsync(password);
        Assert.Equal(1, exit);
        Assert.StartsWith("gongkai: ", error, StringComparison.Ordinal);
        await using var db = Open();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task A_taken_user_name_is_refused()
    {
        Assert.Equal(0, (await CreateAsync("Xq7-mountain-Lake")).Exit);
        var (exit, _, error) = await CreateAsync("Other-river-99x");
        Assert.Equal(1, exit);
        Assert.Contains("已被使用", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_database_needs_an_agency_name()
    {
        var (exit, _, error) = await CreateAsync("Xq7-mountain-Lake", agency: null);
        Assert.Equal(2, exit);
        Assert.Contains("--agency", error, StringComparison.Ordinal);
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
