using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Catalog;

/// <summary>The last index number sequence used by an agency in a year; never decremented.</summary>
public sealed class IndexCounter
{
    public int AgencyId { get; set; }

    public int Year { get; set; }

    public long Last { get; set; }
}

/// <summary>The catalog's tables. The full-text index (publication_search) is kept by <see cref="CatalogSearch"/> outside the EF model.</summary>
internal static class CatalogModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Publication>(e =>
        {
            e.ToTable("publications");
            e.Ignore(p => p.IsPublic);
            e.Property(p => p.IndexNumber).HasMaxLength(100);
            e.HasIndex(p => p.IndexNumber).IsUnique();
            e.Property(p => p.Title).HasMaxLength(500);
            e.Property(p => p.IssuingAgency).HasMaxLength(200);
            e.Property(p => p.DocumentNumber).HasMaxLength(100);
            e.Property(p => p.Topic).HasMaxLength(TopicTree.MaxPathLength);
            e.Property(p => p.Genre).HasConversion<string>().HasMaxLength(30);
            e.Property(p => p.Summary).HasMaxLength(2000);
            e.Property(p => p.Validity).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.Mode).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.ModeBasis).HasMaxLength(1000);
            e.Property(p => p.ModeReason).HasMaxLength(2000);
            e.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.CreatedBy).HasMaxLength(450);
            e.Property(p => p.Version).IsConcurrencyToken();
            e.HasOne<Agency>().WithMany().HasForeignKey(p => p.AgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Publication>().WithMany().HasForeignKey(p => p.RepealedById).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Publication>().WithMany().HasForeignKey(p => p.InterpretsId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(p => p.History).WithOne().HasForeignKey(h => h.PublicationId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.Attachments).WithOne().HasForeignKey(a => a.PublicationId).OnDelete(DeleteBehavior.Cascade);
            // The portal's lists (by agency, newest first; by genre) and the staff's queues and ledger.
            e.HasIndex(p => new { p.AgencyId, p.State, p.PublishedOn });
            e.HasIndex(p => new { p.AgencyId, p.Genre, p.PublishedOn });
            e.HasIndex(p => new { p.AgencyId, p.ModeReviewedOn });
        });

        builder.Entity<PublicationRevision>(e =>
        {
            e.ToTable("publication_revisions");
            e.Property(r => r.Change).HasMaxLength(20);
            e.Property(r => r.By).HasMaxLength(450);
            e.Property(r => r.Note).HasMaxLength(2000);
            e.Property(r => r.Title).HasMaxLength(500);
            e.Property(r => r.DocumentNumber).HasMaxLength(100);
        });

        builder.Entity<PublicationAttachment>(e =>
        {
            e.ToTable("publication_attachments");
            e.Property(a => a.FileName).HasMaxLength(200);
            e.Property(a => a.ContentType).HasMaxLength(100);
        });

        builder.Entity<CatalogSettings>(e =>
        {
            e.ToTable("catalog_settings");
            e.HasKey(s => s.AgencyId);
            e.Ignore(s => s.Codes);
            e.Property(s => s.IndexScheme).HasMaxLength(200);
            e.Property(s => s.CreditCode).HasMaxLength(18);
            e.Property(s => s.OrgCode).HasMaxLength(20);
            e.Property(s => s.OfficeHours).HasMaxLength(200);
            e.Property(s => s.Fax).HasMaxLength(50);
            e.Property(s => s.OnlineContact).HasMaxLength(200);
            e.Property(s => s.Arrangement).HasMaxLength(4000);
            e.Property(s => s.Remedies).HasMaxLength(2000);
            e.HasOne<Agency>().WithOne().HasForeignKey<CatalogSettings>(s => s.AgencyId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Topic>(e =>
        {
            e.ToTable("topics");
            e.Property(t => t.Name).HasMaxLength(TopicTree.MaxNameLength);
            e.HasIndex(t => new { t.AgencyId, t.ParentId, t.Name }).IsUnique();
            e.HasOne<Agency>().WithMany().HasForeignKey(t => t.AgencyId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Topic>().WithMany().HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<IndexCounter>(e =>
        {
            e.ToTable("index_counters");
            e.HasKey(c => new { c.AgencyId, c.Year });
        });

        builder.Entity<DecisionFigures>(e =>
        {
            e.ToTable("decision_figures");
            e.HasIndex(f => new { f.AgencyId, f.Year }).IsUnique();
            e.Property(f => f.FeesTenThousandYuan).HasPrecision(14, 4);
            e.HasOne<Agency>().WithMany().HasForeignKey(f => f.AgencyId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
