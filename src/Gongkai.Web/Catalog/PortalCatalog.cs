using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Data.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Catalog;

/// <summary>A line of a catalog list or of search results.</summary>
public sealed record CatalogLine(long Id, int AgencyId, string IndexNumber, string Title, string DocumentNumber, Genre Genre, string Topic, DateOnly? PublishedOn, ValidityState Validity)
{
    public string GenreLabel => Genre.ChineseLabel();

    public string ValidityLabel => Validity.ChineseLabel();
}

/// <summary>A search result: the line, the title and a snippet of the body as safe HTML with &lt;mark&gt;.</summary>
public sealed record SearchResult(CatalogLine Line, string AgencyName, string TitleHtml, string SnippetHtml, bool TitleMatch);

/// <summary>
/// A page of search results: how many items match (about, when <see cref="TotalIsEstimate"/>) and how
/// many of them are listed in ranked order (<see cref="Ranked"/>, at most CatalogSearch.RankedWindow + TitleWindow).
/// </summary>
public sealed record SearchPage(string Query, int Total, bool TotalIsEstimate, int Ranked, int Page, int PageSize, IReadOnlyList<SearchResult> Results)
{
    public int Pages => (Ranked + PageSize - 1) / PageSize;
}

/// <summary>A page of a catalog list.</summary>
public sealed record CatalogPage(int Total, int Page, int PageSize, IReadOnlyList<CatalogLine> Lines)
{
    public int Pages => (Total + PageSize - 1) / PageSize;
}

/// <summary>An item page: the item, its agency, and the items it links to both ways.</summary>
public sealed record ItemView(Publication Item, string AgencyName, IReadOnlyList<CatalogLine> Interpretations, CatalogLine? Policy, CatalogLine? RepealedBy, IReadOnlyList<(long Id, string FileName)> Attachments);

/// <summary>What the public portal reads: only published, proactively disclosed items.</summary>
public sealed class PortalCatalog([FromKeyedServices(Gongkai.Web.Platform.PublicReads.Key)] GongkaiDbContext db)
{
    public const int PageSize = 20;

    private IQueryable<Publication> Public => db.Publications.AsNoTracking()
        .Where(p => p.State == PublicationState.Published && p.Mode == DisclosureMode.Proactive);

    private static IQueryable<CatalogLine> Lines(IQueryable<Publication> items) =>
        items.Select(p => new CatalogLine(p.Id, p.AgencyId, p.IndexNumber, p.Title, p.DocumentNumber, p.Genre, p.Topic, p.PublishedOn, p.Validity));

    public Task<Agency?> AgencyAsync(int id, CancellationToken cancellationToken) =>
        db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<List<Agency>> AgenciesAsync(CancellationToken cancellationToken) =>
        db.Agencies.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);

    public async Task<CatalogSettings> SettingsAsync(int agencyId, CancellationToken cancellationToken) =>
        await db.CatalogSettings.AsNoTracking().FirstOrDefaultAsync(s => s.AgencyId == agencyId, cancellationToken) ?? new CatalogSettings { AgencyId = agencyId };

    /// <summary>The agency's topic tree, for browsing the catalog by topic.</summary>
    public Task<TopicTree> TopicsAsync(int agencyId, CancellationToken cancellationToken) => db.TopicTreeAsync(agencyId, cancellationToken);

    /// <summary>The agency's items by genre, topic (with its subtopics) and year, newest first.</summary>
    public async Task<CatalogPage> ListAsync(int agencyId, Genre? genre, string? topic, int? year, int page, CancellationToken cancellationToken)
    {
        var query = Public.Where(p => p.AgencyId == agencyId);
        if (genre is Genre g)
        {
            query = query.Where(p => p.Genre == g);
        }

        if (!string.IsNullOrWhiteSpace(topic))
        {
            // A topic holds its subtopics' items too (the stored text is the path, e.g. 国土资源、能源/矿产资源).
            var below = topic + TopicTree.Separator;
            query = query.Where(p => p.Topic == topic || p.Topic.StartsWith(below));
        }

        if (year is int y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = from.AddYears(1);
            query = query.Where(p => p.PublishedOn >= from && p.PublishedOn < to);
        }

        page = Math.Clamp(page, 1, 10_000);
        var total = await query.CountAsync(cancellationToken);
        var lines = await Lines(query.OrderByDescending(p => p.PublishedOn).ThenByDescending(p => p.Id).Skip((page - 1) * PageSize).Take(PageSize)).ToListAsync(cancellationToken);
        return new CatalogPage(total, page, PageSize, lines);
    }

    /// <summary>The genres, topics and years the agency has published, for the catalog's navigation.</summary>
    public async Task<(IReadOnlyList<(Genre Genre, int Count)> Genres, IReadOnlyList<string> Topics, IReadOnlyList<int> Years)> FacetsAsync(int agencyId, CancellationToken cancellationToken)
    {
        var mine = Public.Where(p => p.AgencyId == agencyId);
        var genres = await mine.GroupBy(p => p.Genre).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var topics = await mine.Where(p => p.Topic != "").Select(p => p.Topic).Distinct().ToListAsync(cancellationToken);
        var dates = await mine.GroupBy(p => p.PublishedOn!.Value.Year).Select(g => g.Key).ToListAsync(cancellationToken);
        return (genres.OrderBy(g => g.Key).Select(g => (g.Key, g.Count)).ToList(), topics.Order(StringComparer.Ordinal).ToList(), dates.OrderDescending().ToList());
    }

    /// <summary>
    /// A public item with its interpretations, the policy it interprets and what repealed it: one
    /// round trip for the item with its agency's name, attachment names and interpretations, and a
    /// second only for an item that interprets a policy or was repealed.
    /// </summary>
    public async Task<ItemView?> ItemAsync(int agencyId, long id, CancellationToken cancellationToken)
    {
        var row = await Public.Where(p => p.Id == id && p.AgencyId == agencyId)
            .Select(p => new
            {
                Item = p,
                Agency = db.Agencies.Where(a => a.Id == p.AgencyId).Select(a => a.Name).FirstOrDefault(),
                Files = p.Attachments.OrderBy(a => a.Id).Select(a => new { a.Id, a.FileName }).ToList(),
                Interpretations = Public.Where(l => l.InterpretsId == p.Id).OrderBy(l => l.Id)
                    .Select(l => new CatalogLine(l.Id, l.AgencyId, l.IndexNumber, l.Title, l.DocumentNumber, l.Genre, l.Topic, l.PublishedOn, l.Validity))
                    .ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var item = row.Item;
        var linked = item.InterpretsId is null && item.RepealedById is null
            ? []
            : await Lines(Public.Where(p => p.Id == item.InterpretsId || p.Id == item.RepealedById)).ToListAsync(cancellationToken);
        return new ItemView(
            item,
            row.Agency ?? "",
            row.Interpretations,
            linked.FirstOrDefault(l => l.Id == item.InterpretsId),
            linked.FirstOrDefault(l => l.Id == item.RepealedById),
            row.Files.Select(f => (f.Id, f.FileName)).ToList());
    }

    /// <summary>An attachment of a public item.</summary>
    public Task<PublicationAttachment?> AttachmentAsync(long itemId, long attachmentId, CancellationToken cancellationToken) =>
        db.PublicationAttachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && a.PublicationId == itemId && Public.Any(p => p.Id == itemId))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Searches in the database and renders highlighted titles and snippets.</summary>
    public async Task<SearchPage> SearchAsync(CatalogQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var hits = await db.SearchAsync(query, cancellationToken);
        var ids = hits.Hits.Select(h => h.Id).ToList();
        var rows = await Public.Where(p => ids.Contains(p.Id))
            .Select(p => new { Line = new CatalogLine(p.Id, p.AgencyId, p.IndexNumber, p.Title, p.DocumentNumber, p.Genre, p.Topic, p.PublishedOn, p.Validity), p.BodyText })
            .ToDictionaryAsync(r => r.Line.Id, cancellationToken);
        var names = (await AgenciesAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.Name);
        var results = hits.Hits.Where(h => rows.ContainsKey(h.Id)).Select(h =>
        {
            var row = rows[h.Id];
            return new SearchResult(row.Line, names.GetValueOrDefault(row.Line.AgencyId, ""), SearchText.Highlight(row.Line.Title, hits.Terms), SearchText.Snippet(row.BodyText, hits.Terms), h.TitleMatch);
        }).ToList();
        return new SearchPage(query.Text ?? "", hits.Total, hits.TotalIsEstimate, hits.Ranked, Math.Max(1, query.Page), query.PageSize, results);
    }

    /// <summary>The newest public items of an agency, for the Atom feed.</summary>
    public Task<List<Publication>> NewestAsync(int agencyId, int count, CancellationToken cancellationToken) =>
        Public.Where(p => p.AgencyId == agencyId).OrderByDescending(p => p.PublishedOn).ThenByDescending(p => p.Id).Take(count).ToListAsync(cancellationToken);
}
