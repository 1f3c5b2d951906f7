using Gongkai.Core;
using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Data.Catalog;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Catalog;

/// <summary>The outcome of a change to the topic tree: done, refused with a Chinese reason, or no such topic in the agency.</summary>
public sealed record TopicResult(Refusal? Refusal, bool NotFound = false)
{
    public static readonly TopicResult Done = new((Refusal?)null);

    public static readonly TopicResult Missing = new(null, NotFound: true);

    public bool IsDone => Refusal is null && !NotFound;
}

/// <summary>
/// An agency Head's 主题分类 tree: add, rename, reorder and remove topics. Items keep the topic's path
/// text, so a rename rewrites the items at and below the topic in the same transaction, and a topic in
/// use is not removed. Every change is audit-logged.
/// </summary>
public sealed class TopicDesk(GongkaiDbContext db, AuditLog audit)
{
    /// <summary>The agency's tree.</summary>
    public Task<TopicTree> TreeAsync(int agencyId, CancellationToken cancellationToken) => db.TopicTreeAsync(agencyId, cancellationToken);

    /// <summary>How many of the agency's items (any state) each topic holds, its subtopics included.</summary>
    public async Task<IReadOnlyDictionary<int, int>> UsageAsync(int agencyId, TopicTree tree, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var byTopic = await db.Publications.AsNoTracking().Where(p => p.AgencyId == agencyId && p.Topic != "")
            .GroupBy(p => p.Topic).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return tree.CountItems(byTopic.Select(g => (g.Key, g.Count)));
    }

    /// <summary>Adds a topic at the end of its siblings.</summary>
    public async Task<TopicResult> AddAsync(Staff staff, int? parentId, string? name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        if (Refuse(staff) is { } refused)
        {
            return refused;
        }

        var tree = await TreeAsync(staff.AgencyId, cancellationToken);
        if (parentId is int parent && tree.Find(parent) is null)
        {
            return TopicResult.Missing;
        }

        if (tree.CheckName(name, parentId) is { } error)
        {
            return new TopicResult(new Refusal(error));
        }

        var siblings = tree.Children(parentId);
        var topic = new Topic { AgencyId = staff.AgencyId, ParentId = parentId, Name = name!.Trim(), SortOrder = siblings.Count == 0 ? 0 : siblings.Max(s => s.Topic.SortOrder) + 1 };
        db.Topics.Add(topic);
        audit.RecordCatalog(staff, "TopicAdded", null, parentId is int p ? tree.PathOf(p) + TopicTree.Separator + topic.Name : topic.Name);
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Renames a topic; the items at and below it get the new path.</summary>
    public async Task<TopicResult> RenameAsync(Staff staff, int id, string? name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var (tree, topic, refused) = await FindAsync(staff, id, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (tree.CheckName(name, topic!.ParentId, id) is { } error)
        {
            return new TopicResult(new Refusal(error));
        }

        var oldPath = tree.PathOf(id);
        var newName = name!.Trim();
        if (newName == topic.Name)
        {
            return TopicResult.Done;
        }

        var newPath = oldPath[..^topic.Name.Length] + newName;
        var below = oldPath + TopicTree.Separator;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        topic.Name = newName;
        var items = db.Publications.Where(p => p.AgencyId == staff.AgencyId);
        // The version moves so that a form opened before the rename is refused rather than writing the old path back.
        var moved = await items.Where(p => p.Topic == oldPath)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Topic, newPath).SetProperty(p => p.Version, p => p.Version + 1), cancellationToken);
        moved += await items.Where(p => p.Topic.StartsWith(below))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Topic, p => newPath + p.Topic.Substring(oldPath.Length)).SetProperty(p => p.Version, p => p.Version + 1), cancellationToken);
        audit.RecordCatalog(staff, "TopicRenamed", null, $"{oldPath} → {newPath}（{moved}条信息随之更新）");
        var result = await SaveAsync(cancellationToken);
        if (result.IsDone)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>Moves a topic one place up or down among its siblings.</summary>
    public async Task<TopicResult> MoveAsync(Staff staff, int id, bool up, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var (tree, topic, refused) = await FindAsync(staff, id, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var siblings = tree.Children(topic!.ParentId).Select(e => e.Topic.Id).ToList();
        var at = siblings.IndexOf(id);
        var to = up ? at - 1 : at + 1;
        if (to < 0 || to >= siblings.Count)
        {
            return new TopicResult(new Refusal(up ? $"“{topic.Name}”已在最前。" : $"“{topic.Name}”已在最后。"));
        }

        (siblings[at], siblings[to]) = (siblings[to], siblings[at]);
        var tracked = await db.Topics.Where(t => siblings.Contains(t.Id)).ToListAsync(cancellationToken);
        foreach (var sibling in tracked)
        {
            sibling.SortOrder = siblings.IndexOf(sibling.Id);
        }

        audit.RecordCatalog(staff, "TopicMoved", null, $"{tree.PathOf(id)} {(up ? "上移" : "下移")}");
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Removes a topic that has no subtopics and that no item uses.</summary>
    public async Task<TopicResult> RemoveAsync(Staff staff, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var (tree, topic, refused) = await FindAsync(staff, id, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var path = tree.PathOf(id);
        var children = tree.Children(id).Count;
        if (children > 0)
        {
            return new TopicResult(new Refusal($"主题“{path}”下还有{children}个下级主题，请先删除下级主题。"));
        }

        var below = path + TopicTree.Separator;
        var used = await db.Publications.CountAsync(p => p.AgencyId == staff.AgencyId && (p.Topic == path || p.Topic.StartsWith(below)), cancellationToken);
        if (used > 0)
        {
            return new TopicResult(new Refusal($"有{used}条目录信息使用主题“{path}”，不能删除；请先把这些信息改为其他主题。"));
        }

        db.Topics.Remove(topic!);
        audit.RecordCatalog(staff, "TopicRemoved", null, path);
        return await SaveAsync(cancellationToken);
    }

    private static TopicResult? Refuse(Staff staff) =>
        staff.Role == StaffRole.Head ? null : new TopicResult(new Refusal("主题分类只能由本机关负责人修改。"));

    /// <summary>The agency's tree and the tracked topic, or why not: only the Head, only their own agency's topics.</summary>
    private async Task<(TopicTree Tree, Topic? Topic, TopicResult? Refused)> FindAsync(Staff staff, int id, CancellationToken cancellationToken)
    {
        var tree = await TreeAsync(staff.AgencyId, cancellationToken);
        if (Refuse(staff) is { } refused)
        {
            return (tree, null, refused);
        }

        var topic = tree.Find(id) is null ? null : await db.Topics.FirstOrDefaultAsync(t => t.Id == id && t.AgencyId == staff.AgencyId, cancellationToken);
        return (tree, topic, topic is null ? TopicResult.Missing : null);
    }

    private async Task<TopicResult> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return TopicResult.Done;
        }
        catch (DbUpdateException)
        {
            // The unique index (agency, parent, name) or the parent's key: someone changed the tree at the same moment.
            db.ChangeTracker.Clear();
            return new TopicResult(new Refusal("主题分类刚被他人修改（同名主题已存在或上级主题已删除），请刷新后重试。"));
        }
    }
}
