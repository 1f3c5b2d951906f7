using System.Net;
using Gongkai.Data;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Gongkai.Web.Security;

/// <summary>The security and operations wiring of the web host: limits, headers, proxies, cookies, health.</summary>
public static class SecurityExtensions
{
    public static void AddGongkaiSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var site = new SiteAddress(configuration);
        // Personal data and the audit chain are keyed from outside the database.
        if (DataKeys.Load(configuration["Security:MasterKey"], configuration["Security:MasterKeyFile"]))
        {
            Console.Error.WriteLine($"A new master key was written to {configuration["Security:MasterKeyFile"] ?? DataKeys.DefaultKeyFile}: back it up apart from the database (see docs/deploy.md).");
        }

        builder.Services.AddScoped<SignInManager<StaffUser>, StaffSignInManager>();
        builder.Services.AddHostedService<AuditSealer>();
        builder.Services.AddSingleton(site);
        builder.Services.AddSingleton<QueryCodeGuard>();
        builder.Services.AddScoped<UploadQuota>();
        builder.Services.AddScoped<StaffAccounts>();
        builder.Services.AddAbuseLimits(configuration);

        // Forwarded headers only from the proxies named in Site:KnownProxies (addresses) and
        // Site:KnownNetworks (CIDR); none configured: the headers are ignored, not even loopback trusted.
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in configuration.GetSection("Site:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in configuration.GetSection("Site:KnownNetworks").Get<string[]>() ?? [])
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        // An idle session ends after Security:SessionIdleMinutes (default 30). The sign-in cookie is
        // Secure on an HTTPS site even when the proxy forgot X-Forwarded-Proto; the antiforgery cookie
        // follows the request (it refuses to work at all otherwise).
        var idle = TimeSpan.FromMinutes(configuration.GetValue("Security:SessionIdleMinutes", 30));
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.ExpireTimeSpan = idle;
            o.SlidingExpiration = true;
            o.Cookie.SecurePolicy = site.IsHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        // A disabled account, a reset password or a changed role ends every session at the next request.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        // One password policy for the web and `gongkai admin create` (registered after Identity's own options).
        builder.Services.Configure<IdentityOptions>(StaffPasswords.Configure);
        builder.Services.AddScoped<IPasswordValidator<StaffUser>, StaffPasswords>();

        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
    }

    /// <summary>First in the pipeline: the client's address from a trusted proxy, and the headers.</summary>
    public static void UseGongkaiSecurityFront(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        if (options.KnownProxies.Count > 0 || options.KnownIPNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseSecurityHeaders();
        if (!app.Services.GetRequiredService<SiteAddress>().IsConfigured)
        {
            app.Logger.LogWarning("Site:PublicBaseUrl is not set: absolute links use {BaseUrl}", SiteAddress.DefaultBaseUrl);
        }
    }

    /// <summary><c>/health</c>: 200 when the process runs and the database answers; <c>/health/live</c>: the process only.</summary>
    public static void MapGongkaiHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health").AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
    }
}

/// <summary>Readiness: the database answers a query.</summary>
public sealed class DatabaseHealthCheck(GongkaiDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("database unreachable");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("database unreachable");
        }
    }
}
