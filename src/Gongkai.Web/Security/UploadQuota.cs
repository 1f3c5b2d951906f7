using System.Globalization;
using Gongkai.Core.Requests;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Gongkai.Web.Security;

/// <summary>
/// Storage quotas for uploaded files: per anonymous client address per day
/// (<c>Uploads:QuotaPerAddressMegabytesPerDay</c>, default 100) and per agency in total
/// (<c>Uploads:QuotaPerAgencyMegabytes</c>, default 20 480 = 20 GB, counted from the files stored
/// with its cases). Call <see cref="ReserveAsync"/> before storing; it answers the Chinese message
/// when the files would pass a quota. The per-address count lives in memory (a restart forgets it).
/// </summary>
public sealed class UploadQuota(GongkaiDbContext db, IMemoryCache cache, TimeProvider clock, IConfiguration configuration)
{
    private const long Megabyte = 1024 * 1024;

    private sealed class Used
    {
        public long Bytes;
    }

    /// <summary>Null when <paramref name="bytes"/> fit both quotas (and are then counted), else the reason in Chinese.</summary>
    public async Task<string?> ReserveAsync(HttpContext context, int agencyId, long bytes, bool anonymous, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (bytes <= 0)
        {
            return null;
        }

        var agencyQuota = configuration.GetValue("Uploads:QuotaPerAgencyMegabytes", 20_480L) * Megabyte;
        var stored = await db.Requests.Where(r => r.AgencyId == agencyId)
            .SelectMany(r => r.Documents).Where(d => d.Kind == DocumentKind.Attachment)
            .SumAsync(d => (long)d.Content.Length, cancellationToken);
        if (stored + bytes > agencyQuota)
        {
            return "该机关的附件存储空间已满，暂不能接收附件。请不带附件提交，或通过邮寄、当面方式提交材料。";
        }

        if (!anonymous)
        {
            return null;
        }

        var addressQuota = configuration.GetValue("Uploads:QuotaPerAddressMegabytesPerDay", 100L) * Megabyte;
        var day = clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var used = cache.GetOrCreate($"upload-quota:{day}:{AbuseLimits.ClientAddress(context)}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(1);
            return new Used();
        })!;
        lock (used)
        {
            if (used.Bytes + bytes > addressQuota)
            {
                return $"今天从您的网络地址上传的附件已超过{addressQuota / Megabyte}MB，请明天再提交，或通过邮寄、当面方式提交材料。";
            }

            used.Bytes += bytes;
        }

        return null;
    }
}
