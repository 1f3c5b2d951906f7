using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Data.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Catalog;

/// <summary>
/// The bounded ranking window of the search (docs/search.md) on each provider: items are written
/// straight into the catalog and the index, each test with its own word, so the tests share a database.
/// </summary>
public abstract class SearchWindowTests(GongkaiFactory factory)
{
    private async Task<List<long>> AddAsync(string title, string body, int count, Func<int, long?>? id = null, ValidityState validity = ValidityState.InForce)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var items = Enumerable.Range(0, count).Select(i => new Publication
        {
            Id = id?.Invoke(i) ?? 0,
            AgencyId = 1,
            IndexNumber = $"TEST/{Guid.NewGuid():N}",
            Title = title,
            IssuingAgency = "广东省自然资源厅",
            WrittenOn = new DateOnly(2025, 6, 1),
            PublishedOn = new DateOnly(2025, 6, 3),
            Genre = Genre.WorkNews,
            Body = $"<p>{body}</p>",
            BodyText = body,
            Validity = validity,
            State = PublicationState.Published,
            Mode = DisclosureMode.Proactive,
        }).ToList();
        db.Publications.AddRange(items);
        await db.SaveChangesAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var item in items)
        {
            await db.IndexAsync(item);
        }

        await transaction.CommitAsync();
        return items.Select(i => i.Id).ToList();
    }

    private async Task<CatalogHits> SearchAsync(CatalogQuery query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().SearchAsync(query);
    }

    [DbFact]
    public async Task An_old_title_match_outranks_every_newer_body_match()
    {
        var old = await AddAsync("湿地公园管理办法", "办法全文。", 1);
        await AddAsync("工作动态", "本月开展湿地巡查。", CatalogSearch.RankedWindow + 20);

        var hits = await SearchAsync(new CatalogQuery("湿地"));

        Assert.Equal(old[0], hits.Hits[0].Id);
        Assert.True(hits.Hits[0].TitleMatch);
    }

    [DbFact]
    public async Task A_common_word_ranks_only_the_newest_window()
    {
        var ids = await AddAsync("工作动态", "开展候鸟保护宣传。", CatalogSearch.RankedWindow + 30);

        var hits = await SearchAsync(new CatalogQuery("候鸟", PageSize: 100));

        Assert.Equal(CatalogSearch.RankedWindow, hits.Ranked);
        Assert.Equal(ids.OrderDescending().Take(100), hits.Hits.Select(h => h.Id));
    }

    [DbFact]
    public async Task A_total_beyond_the_window_is_exact_or_marked_as_an_estimate()
    {
        await AddAsync("工作动态", "开展鸟类监测。", CatalogSearch.RankedWindow + 30);

        var hits = await SearchAsync(new CatalogQuery("鸟类"));

        if (hits.TotalIsEstimate)
        {
            Assert.True(hits.Total >= CatalogSearch.RankedWindow, $"estimate {hits.Total}");
        }
        else
        {
            Assert.Equal(CatalogSearch.RankedWindow + 30, hits.Total);
        }
    }

    [DbFact]
    public async Task The_search_page_says_when_only_the_newest_matches_are_listed()
    {
        await AddAsync("工作动态", "开展古树名木普查。", CatalogSearch.RankedWindow + 5);

        var html = await StaffClient.Anonymous(factory).GetStringAsync("/portal/search?q=" + Uri.EscapeDataString("古树"));

        Assert.Contains($"按相关度列出最新的 {CatalogSearch.RankedWindow} 条", html);
    }

    [DbFact]
    public async Task Paging_past_the_ranked_window_returns_nothing()
    {
        await AddAsync("工作动态", "组织红树林修复。", CatalogSearch.RankedWindow + 10);

        var hits = await SearchAsync(new CatalogQuery("红树", Page: (CatalogSearch.RankedWindow / 20) + 1));

        Assert.Empty(hits.Hits);
    }

    [DbFact]
    public async Task Matches_spread_over_far_apart_ids_are_all_found_newest_first()
    {
        long[] far = [4_100, 70_000, 300_000, 5_000_000];
        await AddAsync("关于白鹭栖息地的通告", "白鹭栖息地。", far.Length, i => far[i]);

        var hits = await SearchAsync(new CatalogQuery("白鹭"));

        Assert.Equal(far.OrderDescending(), hits.Hits.Select(h => h.Id));
        Assert.Equal(far.Length, hits.Total);
        Assert.False(hits.TotalIsEstimate);
    }

    [DbFact]
    public async Task Filters_follow_a_change_of_validity()
    {
        var ids = await AddAsync("海岸线保护规定", "海岸线。", 1);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            var item = await db.Publications.FindAsync(ids[0]);
            item!.Validity = ValidityState.Repealed;
            await db.SaveChangesAsync();
            await db.IndexAsync(item);
        }

        Assert.Empty((await SearchAsync(new CatalogQuery("海岸线", Validity: ValidityState.InForce))).Hits);
        Assert.Equal(ids, (await SearchAsync(new CatalogQuery("海岸线", Validity: ValidityState.Repealed))).Hits.Select(h => h.Id));
    }

    [DbFact]
    public async Task A_search_repeated_after_publishing_finds_the_new_item()
    {
        var first = await AddAsync("潮间带保护规定", "潮间带。", 1);
        Assert.Equal(first, (await SearchAsync(new CatalogQuery("潮间带"))).Hits.Select(h => h.Id));

        var second = await AddAsync("潮间带保护规定", "潮间带。", 1);

        Assert.Equal(second.Concat(first), (await SearchAsync(new CatalogQuery("潮间带"))).Hits.Select(h => h.Id));
    }

    [DbFact]
    public async Task A_filter_on_another_agency_finds_nothing()
    {
        await AddAsync("珊瑚礁保护", "珊瑚礁。", 1);

        Assert.Empty((await SearchAsync(new CatalogQuery("珊瑚", AgencyId: 2))).Hits);
    }

    [DbFact]
    public async Task An_emptied_index_is_rebuilt_from_the_catalog()
    {
        var ids = await AddAsync("滩涂围垦管理", "滩涂。", 2);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        await using (var command = db.Database.GetDbConnection().CreateCommand())
        {
            await db.Database.OpenConnectionAsync();
            command.CommandText = "DELETE FROM publication_search";
            await command.ExecuteNonQueryAsync();
        }

        var rebuilt = await db.RebuildIfEmptyAsync();

        Assert.True(rebuilt >= ids.Count);
        Assert.Equal(ids.OrderDescending(), (await SearchAsync(new CatalogQuery("滩涂"))).Hits.Select(h => h.Id));
    }
}

public sealed class SearchWindowTestsOnSqlite(SqliteFactory factory) : SearchWindowTests(factory), IClassFixture<SqliteFactory>;

public sealed class SearchWindowTestsOnPostgres(PostgresFactory factory) : SearchWindowTests(factory), IClassFixture<PostgresFactory>;
