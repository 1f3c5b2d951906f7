using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Platform;

/// <summary>
/// A counter that moves whenever the search index changes (publishing, withdrawal, correction, a
/// rebuild), in the same transaction as the change. A host caches search windows against it: a
/// cached window is reused only while the counter, read from the same database the search reads
/// (the replica when one is configured), has not moved. One row.
/// </summary>
public sealed class SearchIndexGeneration
{
    public const int Row = 1;

    public int Id { get; set; }

    public long Value { get; set; }
}

/// <summary>The tables several web hosts share: Data Protection keys, the search index generation.</summary>
internal static class PlatformModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<DataProtectionKey>(e =>
        {
            e.ToTable("data_protection_keys");
            e.Property(k => k.FriendlyName).HasMaxLength(100);
        });

        builder.Entity<SearchIndexGeneration>(e =>
        {
            e.ToTable("search_index_generation");
            e.Property(g => g.Id).ValueGeneratedNever();
            e.HasData(new SearchIndexGeneration { Id = SearchIndexGeneration.Row, Value = 0 });
        });
    }
}
