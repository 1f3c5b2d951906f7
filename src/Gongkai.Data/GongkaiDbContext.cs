using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;
using Gongkai.Data.Catalog;
using Gongkai.Data.Platform;
using Gongkai.Core.Requests;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>The one database of an installation: agencies, staff (Identity), requests, steps, documents, audit.</summary>
public sealed class GongkaiDbContext(DbContextOptions<GongkaiDbContext> options) : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    /// <summary>ASP.NET Core Data Protection keys, shared by every web host (docs/deploy.md, "A province's platform").</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<DisclosureRequest> Requests => Set<DisclosureRequest>();

    public DbSet<RequestStep> Steps => Set<RequestStep>();

    public DbSet<CaseDocument> Documents => Set<CaseDocument>();

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    public DbSet<NoticeTemplate> NoticeTemplates => Set<NoticeTemplate>();

    public DbSet<Publication> Publications => Set<Publication>();

    public DbSet<PublicationAttachment> PublicationAttachments => Set<PublicationAttachment>();

    public DbSet<CatalogSettings> CatalogSettings => Set<CatalogSettings>();

    public DbSet<DecisionFigures> DecisionFigures => Set<DecisionFigures>();

    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<Gongkai.Core.Appeals.AppealCase> AppealCases => Set<Gongkai.Core.Appeals.AppealCase>();

    public DbSet<Reports.ReportDraft> ReportDrafts => Set<Reports.ReportDraft>();

    public DbSet<Reports.PublishedReport> PublishedReports => Set<Reports.PublishedReport>();

    public DbSet<Reports.EnteredFigure> EnteredFigures => Set<Reports.EnteredFigure>();

    public DbSet<Supervision.SubordinateUpload> SubordinateUploads => Set<Supervision.SubordinateUpload>();

    /// <summary>The shadow property holding the keyed hash of an applicant's ID number.</summary>
    public const string IdNumberHash = "IdNumberHash";

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampLookupHashes();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampLookupHashes();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Requests whose applicant has this ID number or credit code (found by keyed hash, nothing decrypted).</summary>
    public IQueryable<DisclosureRequest> RequestsByApplicantId(string idNumber)
    {
        var hash = PersonalDataCipher.LookupHash(idNumber);
        return Requests.Where(r => EF.Property<string>(r.Applicant, IdNumberHash) == hash);
    }

    private void StampLookupHashes()
    {
        foreach (var entry in ChangeTracker.Entries<Applicant>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                var hash = string.IsNullOrEmpty(entry.Entity.IdNumber) ? null : PersonalDataCipher.LookupHash(entry.Entity.IdNumber);
                if (!Equals(entry.Property(IdNumberHash).CurrentValue, hash))
                {
                    entry.Property(IdNumberHash).CurrentValue = hash;
                }
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        CatalogModel.Configure(builder);
        Reports.ReportTables.Configure(builder);
        Supervision.SupervisionModel.Configure(builder);
        PlatformModel.Configure(builder);

        builder.Entity<StaffUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(100);
            e.Property(u => u.Role).HasConversion<string>().HasMaxLength(20);
            e.Property(u => u.IsDisabled);
            e.Property(u => u.MustChangePassword);
            e.HasOne<Agency>().WithMany().HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<Agency>(e =>
        {
            e.ToTable("agencies");
            e.Property(a => a.Name).HasMaxLength(200);
            e.Property(a => a.Level).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.OfficeAddress).HasMaxLength(300);
            e.Property(a => a.OfficePhone).HasMaxLength(50);
            e.HasOne<Agency>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<DisclosureRequest>(e =>
        {
            e.ToTable("requests");
            e.Property(r => r.TrackingNumber).HasMaxLength(32);
            e.HasIndex(r => r.TrackingNumber).IsUnique();
            e.Property(r => r.QueryCodeHash).HasMaxLength(64);
            e.OwnsOne(r => r.Applicant, a =>
            {
                a.Property(p => p.Kind).HasColumnName("applicant_kind").HasConversion<string>().HasMaxLength(40);
                a.Property(p => p.Name).HasColumnName("applicant_name").HasMaxLength(200);
                // Encrypted at rest (PersonalDataCipher); the ID number is found by its keyed hash.
                a.Property(p => p.IdNumber).HasColumnName("applicant_id_number").HasMaxLength(200).HasConversion(PersonalDataCipher.Converter);
                a.Property(p => p.Phone).HasColumnName("applicant_phone").HasMaxLength(200).HasConversion(PersonalDataCipher.Converter);
                a.Property(p => p.Email).HasColumnName("applicant_email").HasMaxLength(600).HasConversion(PersonalDataCipher.Converter);
                a.Property(p => p.Address).HasColumnName("applicant_address").HasMaxLength(2000).HasConversion(PersonalDataCipher.Converter);
                a.Property<string>(IdNumberHash).HasColumnName("applicant_id_hash").HasMaxLength(64);
                a.HasIndex(IdNumberHash);
                a.Property(p => p.ContactPerson).HasColumnName("applicant_contact_person").HasMaxLength(100);
            });
            e.Navigation(r => r.Applicant).IsRequired();
            e.Property(r => r.InformationWanted).HasMaxLength(4000);
            e.Property(r => r.DeliveryForm).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.DeliveryMeans).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.State).HasConversion<string>().HasMaxLength(30);
            e.Property(r => r.Outcome).HasMaxLength(60);
            e.Property(r => r.ClerkId).HasMaxLength(450);
            e.Property(r => r.ClerkName).HasMaxLength(100);
            e.Property(r => r.Version).IsConcurrencyToken();
            e.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(r => r.Documents).WithOne().HasForeignKey(d => d.RequestId).OnDelete(DeleteBehavior.Cascade);
            // The inbox: open requests of an agency by due date (a partial index: open requests are few
            // among millions); section 三: by receipt and closing dates.
            e.HasIndex(r => new { r.AgencyId, r.DueOn }, "IX_requests_open_by_due").HasFilter("\"IsOpen\"");
            e.HasIndex(r => new { r.AgencyId, r.ReceivedOn });
            e.HasIndex(r => new { r.AgencyId, r.ClosedOn });
        });

        builder.Entity<RequestStep>(e =>
        {
            e.ToTable("request_steps");
            e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(s => s.ActorId).HasMaxLength(450);
            e.Property(s => s.ActorName).HasMaxLength(100);
            e.Property(s => s.Note).HasMaxLength(4000);
            e.Property(s => s.Outcome).HasMaxLength(60);
            e.Property(s => s.LegalBasis).HasMaxLength(1000);
            e.Property(s => s.Amount).HasPrecision(12, 2);
        });

        builder.Entity<CaseDocument>(e =>
        {
            e.ToTable("case_documents");
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(d => d.FileName).HasMaxLength(200);
            e.Property(d => d.ContentType).HasMaxLength(100);
        });

        builder.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_entries");
            e.Property(a => a.UserId).HasMaxLength(450);
            e.Property(a => a.UserName).HasMaxLength(100);
            e.Property(a => a.Action).HasMaxLength(60);
            e.Property(a => a.Detail).HasMaxLength(2000);
            e.HasIndex(a => a.RequestId);
            e.Property(a => a.Hash).HasMaxLength(64);
            e.HasIndex(a => a.Sequence).IsUnique();
            e.HasIndex(a => new { a.UserName, a.At });
            e.HasIndex(a => a.At);
        });

        builder.Entity<NoticeTemplate>(e =>
        {
            e.ToTable("notice_templates");
            e.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(t => t.Title).HasMaxLength(200);
            e.Property(t => t.Body).HasMaxLength(8000);
            e.HasIndex(t => new { t.AgencyId, t.Kind }).IsUnique();
        });
    }
}
