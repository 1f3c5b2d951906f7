using Gongkai.Core.Requests;
using Gongkai.Web.Desk;
using Microsoft.Extensions.Caching.Memory;

namespace Gongkai.Web.Security;

/// <summary>
/// Limits wrong query codes per tracking number, whoever tries them: after
/// <c>RateLimits:QueryCodePerNumber:PermitLimit</c> failures (default 5) within its window (default
/// 10 minutes) the number is blocked for the window, then twice as long on each new block (at most a
/// day). A number that does not exist is counted and blocked the same way, so the answer never tells
/// whether it exists. With the per-address <see cref="AbuseLimits.Lookup"/> policy and a 50-bit query
/// code this leaves guessing hopeless.
/// </summary>
public sealed class QueryCodeGuard(IMemoryCache cache, TimeProvider clock, IConfiguration configuration)
{
    private static readonly TimeSpan LongestBlock = TimeSpan.FromDays(1);

    private readonly AbuseLimits.Limit limit = ReadLimit(configuration);

    private sealed class Tries
    {
        public DateTimeOffset WindowStart;
        public int Failures;
        public int Blocks;
        public DateTimeOffset BlockedUntil;
    }

    /// <summary>The request when number and code match; else null, or how long the number is blocked.</summary>
    public async Task<(DisclosureRequest? Request, TimeSpan? RetryAfter)> FindAsync(CaseDesk desk, string? trackingNumber, string? queryCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(desk);
        var key = "query-code:" + (trackingNumber ?? "").Trim().ToUpperInvariant();
        var tries = cache.GetOrCreate(key, entry =>
        {
            entry.SlidingExpiration = LongestBlock;
            return new Tries();
        })!;
        var now = clock.GetUtcNow();
        lock (tries)
        {
            if (tries.BlockedUntil > now)
            {
                return (null, tries.BlockedUntil - now);
            }
        }

        var request = await desk.FindForApplicantAsync(trackingNumber, queryCode, cancellationToken);
        if (request is not null)
        {
            return (request, null);
        }

        lock (tries)
        {
            if (now - tries.WindowStart >= limit.Window)
            {
                tries.WindowStart = now;
                tries.Failures = 0;
            }

            if (++tries.Failures >= limit.PermitLimit)
            {
                // Growing delay: each block twice as long as the one before.
                var block = limit.Window * Math.Pow(2, Math.Min(tries.Blocks, 16));
                tries.BlockedUntil = now + (block > LongestBlock ? LongestBlock : block);
                tries.Blocks++;
                tries.Failures = 0;
                tries.WindowStart = now;
            }
        }

        return (null, null);
    }

    private static AbuseLimits.Limit ReadLimit(IConfiguration configuration)
    {
        var section = configuration.GetSection("RateLimits:QueryCodePerNumber");
        var seconds = section.GetValue<double?>("WindowSeconds");
        return new AbuseLimits.Limit(section.GetValue("PermitLimit", 5), TimeSpan.FromSeconds(seconds is > 0 ? seconds.Value : 600));
    }
}
