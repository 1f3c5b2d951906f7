using Gongkai.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Gongkai.Web.Platform;

/// <summary>
/// What lets several web hosts serve one installation (docs/deploy.md, "A province's platform"):
/// Data Protection keys in the database, so a sign-in cookie or form token issued by one host is
/// accepted by another; public reads from a streaming replica when one is configured.
/// </summary>
public static class PlatformExtensions
{
    /// <summary>The application name every host protects its cookies and tokens under.</summary>
    public const string DataProtectionApplication = "Gongkai";

    public static void AddPlatform(this WebApplicationBuilder builder, DatabaseProvider provider, string primary, SqliteSynchronous synchronous)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // The keys are readable by whoever can read the database; a deployment that wants them
        // encrypted at rest adds ProtectKeysWithCertificate (docs/deploy.md).
        builder.Services.AddDataProtection()
            .SetApplicationName(DataProtectionApplication)
            .PersistKeysToDbContext<GongkaiDbContext>();
        Gongkai.Data.Catalog.SearchWindowCache.Enabled = builder.Configuration.GetValue("Search:Cache", true);
        PublicReads.Add(builder.Services, provider, primary, builder.Configuration.GetConnectionString(PublicReads.ReplicaConnection), synchronous);
    }
}

/// <summary>
/// The database the public portal reads (catalog, item pages, search, Atom): the streaming replica
/// named by ConnectionStrings:GongkaiReplica when there is one, else the primary. Inject it as
/// <c>[FromKeyedServices(PublicReads.Key)] GongkaiDbContext</c>. Writes, staff pages and an
/// applicant's own request always use the primary (the unkeyed context), so an acknowledged request
/// is never looked up where it may not have arrived yet.
/// </summary>
public static class PublicReads
{
    public const string Key = "public-reads";

    public const string ReplicaConnection = "GongkaiReplica";

    /// <summary>The PostgreSQL application name of public-read sessions (seen in pg_stat_activity).</summary>
    public const string ApplicationName = "gongkai-public-reads";

    public static void Add(IServiceCollection services, DatabaseProvider provider, string primary, string? replica, SqliteSynchronous synchronous)
    {
        var connection = string.IsNullOrWhiteSpace(replica) ? primary : replica;
        if (provider == DatabaseProvider.Postgres)
        {
            connection = new Npgsql.NpgsqlConnectionStringBuilder(connection) { ApplicationName = ApplicationName }.ConnectionString;
        }

        var options = new DbContextOptionsBuilder<GongkaiDbContext>();
        options.UseGongkai(provider, connection, synchronous);
        // Its own pool: a context from it is returned to the pool when the request's scope ends.
        var pool = new PooledDbContextFactory<GongkaiDbContext>(options.Options);
        services.AddKeyedScoped(Key, (_, _) => pool.CreateDbContext());
    }
}
