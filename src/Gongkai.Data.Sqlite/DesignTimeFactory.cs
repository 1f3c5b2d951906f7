using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Data.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the context for SQLite migrations.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<GongkaiDbContext>
{
    public GongkaiDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        options.UseGongkai(DatabaseProvider.Sqlite, "Data Source=design.db");
        return new GongkaiDbContext(options.Options);
    }
}
