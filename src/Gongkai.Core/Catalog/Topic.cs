namespace Gongkai.Core.Catalog;

/// <summary>
/// One node of an agency's 主题分类 tree (e.g. 国土资源、能源 › 矿产资源). Catalog items keep the
/// topic's path text (<see cref="TopicTree.PathOf"/>) in <see cref="Publication.Topic"/>.
/// </summary>
public sealed class Topic
{
    /// <summary>Database key.</summary>
    public int Id { get; set; }

    /// <summary>The agency whose tree it is.</summary>
    public int AgencyId { get; set; }

    /// <summary>The topic above, or null at the top of the tree.</summary>
    public int? ParentId { get; set; }

    /// <summary>The name, unique among its siblings; never contains <see cref="TopicTree.Separator"/>.</summary>
    public required string Name { get; set; }

    /// <summary>The position among its siblings, smallest first.</summary>
    public int SortOrder { get; set; }
}

/// <summary>A topic with its place in the tree, in display order.</summary>
/// <param name="Topic">The topic.</param>
/// <param name="Depth">0 at the top of the tree.</param>
/// <param name="Path">The names from the top down joined by <see cref="TopicTree.Separator"/>, as items store it.</param>
public sealed record TopicEntry(Topic Topic, int Depth, string Path)
{
    /// <summary>The name indented by its depth with ideographic spaces, for a list or an option of a select.</summary>
    public string IndentedName => new string('\u3000', Depth) + Topic.Name;
}

/// <summary>An agency's topic tree: the topics in display order with their paths, and the checks on names.</summary>
public sealed class TopicTree
{
    /// <summary>Between the names of a path, e.g. 国土资源、能源/矿产资源.</summary>
    public const char Separator = '/';

    /// <summary>The longest name.</summary>
    public const int MaxNameLength = 50;

    /// <summary>The longest path (the length of <see cref="Publication.Topic"/>).</summary>
    public const int MaxPathLength = 100;

    private readonly Dictionary<int, TopicEntry> byId;

    private readonly Dictionary<string, TopicEntry> byPath;

    /// <summary>Builds the tree from every topic of one agency; siblings by <see cref="Topic.SortOrder"/>, then name.</summary>
    public TopicTree(IEnumerable<Topic> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var children = topics.ToLookup(t => t.ParentId);
        var entries = new List<TopicEntry>();
        void Walk(int? parentId, int depth, string prefix)
        {
            foreach (var topic in children[parentId].OrderBy(t => t.SortOrder).ThenBy(t => t.Name, StringComparer.Ordinal).ThenBy(t => t.Id))
            {
                var path = prefix + topic.Name;
                entries.Add(new TopicEntry(topic, depth, path));
                Walk(topic.Id, depth + 1, path + Separator);
            }
        }

        Walk(null, 0, "");
        Entries = entries;
        byId = entries.ToDictionary(e => e.Topic.Id);
        byPath = entries.GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>Every topic reachable from the top, parents before children, siblings in order.</summary>
    public IReadOnlyList<TopicEntry> Entries { get; }

    /// <summary>Whether the tree has no topics (items may then have any topic text).</summary>
    public bool IsEmpty => Entries.Count == 0;

    /// <summary>The entry of a topic, or null.</summary>
    public TopicEntry? Find(int id) => byId.GetValueOrDefault(id);

    /// <summary>The entry with this path, or null.</summary>
    public TopicEntry? FindPath(string? path) => path is null ? null : byPath.GetValueOrDefault(path);

    /// <summary>The path of a topic, e.g. 国土资源、能源/矿产资源.</summary>
    public string PathOf(int id) => byId[id].Path;

    /// <summary>The topics directly below <paramref name="parentId"/> (null: the top), in order.</summary>
    public IReadOnlyList<TopicEntry> Children(int? parentId) => Entries.Where(e => e.Topic.ParentId == parentId).ToList();

    /// <summary>Whether an item's topic text lies at <paramref name="path"/> or below it.</summary>
    public static bool IsAtOrBelow(string itemTopic, string path)
    {
        ArgumentNullException.ThrowIfNull(itemTopic);
        ArgumentNullException.ThrowIfNull(path);
        return itemTopic.Length == path.Length
            ? itemTopic.Equals(path, StringComparison.Ordinal)
            : itemTopic.Length > path.Length && itemTopic[path.Length] == Separator && itemTopic.StartsWith(path, StringComparison.Ordinal);
    }

    /// <summary>Items per topic, each topic counting those of its subtopics too, from the items' topic texts and counts.</summary>
    public IReadOnlyDictionary<int, int> CountItems(IEnumerable<(string Topic, int Count)> itemsByTopic)
    {
        ArgumentNullException.ThrowIfNull(itemsByTopic);
        var counts = Entries.ToDictionary(e => e.Topic.Id, _ => 0);
        foreach (var (topic, count) in itemsByTopic)
        {
            foreach (var entry in Entries.Where(e => IsAtOrBelow(topic, e.Path)))
            {
                counts[entry.Topic.Id] += count;
            }
        }

        return counts;
    }

    /// <summary>
    /// Why <paramref name="name"/> cannot be the name of a topic under <paramref name="parentId"/>, in
    /// Chinese; null when it can. <paramref name="selfId"/> is the topic being renamed, if any.
    /// </summary>
    public string? CheckName(string? name, int? parentId, int? selfId = null)
    {
        var text = name?.Trim() ?? "";
        if (text.Length == 0)
        {
            return "请填写主题名称。";
        }

        if (text.Length > MaxNameLength)
        {
            return $"主题名称不能超过{MaxNameLength}个字。";
        }

        if (text.Contains(Separator, StringComparison.Ordinal))
        {
            return $"主题名称不能含“{Separator}”（它用来分隔上下级主题）。";
        }

        if (Children(parentId).Any(e => e.Topic.Id != selfId && e.Topic.Name.Equals(text, StringComparison.Ordinal)))
        {
            return $"同一上级主题下已有“{text}”。";
        }

        var prefix = parentId is int p ? PathOf(p) + Separator : "";
        var deepest = selfId is int self
            ? Entries.Where(e => IsAtOrBelow(e.Path, PathOf(self))).Max(e => e.Path.Length - PathOf(self).Length)
            : 0;
        return prefix.Length + text.Length + deepest > MaxPathLength
            ? $"主题的完整路径（含上级和下级主题）不能超过{MaxPathLength}个字。"
            : null;
    }
}
