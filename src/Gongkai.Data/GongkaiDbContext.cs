using Gongkai.Core.Agencies;
using Gongkai.Core.Catalog;
using Gongkai.Data.Catalog;
using Gongkai.Data.Desk;
using Gongkai.Core.Requests;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data;

/// <summary>The one database of an installation: agencies, staff (Identity), requests, steps, documents, audit.</summary>
public sealed class GongkaiDbContext(DbContextOptions<GongkaiDbContext> options) : IdentityDbContext<StaffUser>(options)
{
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

    public DbSet<CalendarYearRecord> CalendarYears => Set<CalendarYearRecord>();

    public DbSet<OfficeSettings> OfficeSettings => Set<OfficeSettings>();

    public DbSet<LetterDraft> LetterDrafts => Set<LetterDraft>();

    public DbSet<MailSettings> MailSettings => Set<MailSettings>();

    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        CatalogModel.Configure(builder);
        DeskOfficeModel.Configure(builder);

        builder.Entity<StaffUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(100);
            e.Property(u => u.Role).HasConversion<string>().HasMaxLength(20);
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
                a.Property(p => p.IdDocument).HasColumnName("applicant_id_document").HasConversion<string>().HasMaxLength(30);
                a.Property(p => p.IdNumber).HasColumnName("applicant_id_number").HasMaxLength(40);
                a.Property(p => p.Phone).HasColumnName("applicant_phone").HasMaxLength(40);
                a.Property(p => p.Email).HasColumnName("applicant_email").HasMaxLength(200);
                a.Property(p => p.Address).HasColumnName("applicant_address").HasMaxLength(300);
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
