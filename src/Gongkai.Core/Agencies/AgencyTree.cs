namespace Gongkai.Core.Agencies;

/// <summary>The agency hierarchy of one installation, for scoping what a staff member may see.</summary>
public sealed class AgencyTree
{
    private readonly Dictionary<int, Agency> byId;
    private readonly ILookup<int?, Agency> children;

    /// <summary>Builds the tree from every agency of the installation (parents by <see cref="Agency.ParentId"/>).</summary>
    public AgencyTree(IEnumerable<Agency> agencies)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        byId = agencies.ToDictionary(a => a.Id);
        children = byId.Values.ToLookup(a => a.ParentId);
    }

    /// <summary>Every agency of the installation.</summary>
    public IReadOnlyCollection<Agency> All => byId.Values;

    /// <summary>The agency with this id, or null.</summary>
    public Agency? Find(int id) => byId.GetValueOrDefault(id);

    /// <summary>The agency itself and every agency below it, at any depth.</summary>
    public IReadOnlySet<int> SelfAndDescendants(int agencyId)
    {
        var result = new HashSet<int>();
        var pending = new Stack<int>();
        pending.Push(agencyId);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (!byId.ContainsKey(id) || !result.Add(id))
            {
                continue;
            }

            foreach (var child in children[id])
            {
                pending.Push(child.Id);
            }
        }

        return result;
    }

    /// <summary>
    /// The agencies whose requests a staff member may see: their own agency; an Administrator also
    /// every agency below it.
    /// </summary>
    public IReadOnlySet<int> VisibleTo(int agencyId, StaffRole role) =>
        role == StaffRole.Administrator ? SelfAndDescendants(agencyId) : new HashSet<int> { agencyId };
}
