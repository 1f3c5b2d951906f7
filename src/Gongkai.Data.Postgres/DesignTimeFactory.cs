using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gongkai.Data.Postgres;

/// <summary>Lets <c>dotnet ef</c> build the context for PostgreSQL migrations.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<GongkaiDbContext>
{
    public GongkaiDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        options.UseGongkai(DatabaseProvider.Postgres, "Host=localhost;Database=gongkai");
        return new GongkaiDbContext(options.Options);
    }
}
