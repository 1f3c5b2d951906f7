using Gongkai.Core.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Catalog;

/// <summary>Reading an agency's 主题分类 tree.</summary>
public static class TopicQueries
{
    /// <summary>The agency's topic tree (empty when it has set none).</summary>
    public static async Task<TopicTree> TopicTreeAsync(this GongkaiDbContext db, int agencyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new TopicTree(await db.Topics.AsNoTracking().Where(t => t.AgencyId == agencyId).ToListAsync(cancellationToken));
    }
}
