using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Security;

/// <summary>
/// The named rate-limit policies (ASP.NET Core rate limiting), each a fixed window per client
/// address. A feature applies one with <c>.RequireRateLimiting(AbuseLimits.Submit)</c> on an
/// endpoint or group, or <c>[EnableRateLimiting(AbuseLimits.Submit)]</c> on a page model. For
/// <see cref="Submit"/>, <see cref="Upload"/> and <see cref="Login"/> only unsafe methods (POST, PUT,
/// PATCH, DELETE) count; for <see cref="Lookup"/> and <see cref="Search"/> every request. Limits are read from configuration section <c>RateLimits:{policy}</c>.
/// </summary>
public static class AbuseLimits
{
    /// <summary>Query-code lookups (applicant's status and downloads): per address.</summary>
    public const string Lookup = "lookup";

    /// <summary>Submitting a request (portal form or API): per address per day.</summary>
    public const string Submit = "submit";

    /// <summary>Uploading files anonymously or as staff: per address per day.</summary>
    public const string Upload = "upload";

    /// <summary>Sign-in attempts: per address (per account: Identity's lockout after 5 failures).</summary>
    public const string Login = "login";

    /// <summary>Full-text search of the portal: per address.</summary>
    public const string Search = "search";

    /// <summary>The defaults: what a real installation gets when configuration says nothing.</summary>
    public static readonly IReadOnlyDictionary<string, Limit> Defaults = new Dictionary<string, Limit>
    {
        [Lookup] = new(20, TimeSpan.FromMinutes(1)),
        [Submit] = new(20, TimeSpan.FromDays(1)),
        [Upload] = new(50, TimeSpan.FromDays(1)),
        [Login] = new(20, TimeSpan.FromMinutes(5)),
        [Search] = new(60, TimeSpan.FromMinutes(1)),
    };

    /// <summary>A number of permits in a window.</summary>
    public sealed record Limit(int PermitLimit, TimeSpan Window);

    /// <summary>The limit of a policy: <c>RateLimits:{name}:PermitLimit</c> and <c>:WindowSeconds</c>, else the default.</summary>
    public static Limit Read(IConfiguration configuration, string name)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var fallback = Defaults[name];
        var section = configuration.GetSection($"RateLimits:{name}");
        var seconds = section.GetValue<double?>("WindowSeconds");
        return new Limit(
            section.GetValue("PermitLimit", fallback.PermitLimit),
            seconds is > 0 ? TimeSpan.FromSeconds(seconds.Value) : fallback.Window);
    }

    /// <summary>The client's address (after forwarded headers from configured proxies only).</summary>
    public static string ClientAddress(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        // IPv6 clients get a /64 each: one host usually holds a whole /64.
        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && !address.IsIPv4MappedToIPv6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
    }

    public static void AddAbuseLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(o =>
        {
            foreach (var name in Defaults.Keys)
            {
                var limit = Read(configuration, name);
                var everyRequest = name is Search or Lookup;
                o.AddPolicy(name, context => everyRequest || !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limit.PermitLimit,
                        Window = limit.Window,
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter("safe"));
            }

            o.OnRejected = (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                return RejectAsync(context.HttpContext, retryAfter, cancellationToken);
            };
        });
    }

    /// <summary>
    /// HTTP 429 with <c>Retry-After</c>: the API gets a ProblemDetails, a page the error page
    /// (re-executed by the status-code pages with the same status).
    /// </summary>
    public static async ValueTask RejectAsync(HttpContext context, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await context.Response.WriteAsJsonAsync(TooManyRequests(seconds), (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
        }
    }

    public const string TooManyRequestsType = "https://gongkai.example/problems/too-many-requests";

    /// <summary>The ProblemDetails of a 429.</summary>
    public static ProblemDetails TooManyRequests(int seconds) =>
        new() { Type = TooManyRequestsType, Title = Message(seconds), Status = StatusCodes.Status429TooManyRequests };

    /// <summary>The Chinese message shown with a 429.</summary>
    public static string Message(int seconds) => $"操作过于频繁，请{Wait(seconds)}后再试。";

    private static string Wait(int seconds) => seconds switch
    {
        < 60 => $"{seconds}秒",
        < 3600 => $"{(seconds + 59) / 60}分钟",
        _ => $"{(seconds + 3599) / 3600}小时",
    };
}
