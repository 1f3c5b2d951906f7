using Gongkai.Core.Agencies;
using Gongkai.Core.Appeals;
using Gongkai.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Reports;

/// <summary>
/// The report workspace of one agency-year: its state in the approval, the clerk's prose, and the
/// version being prepared (1 for the first publication, n+1 for a correction of version n).
/// </summary>
public sealed class ReportDraft
{
    public long Id { get; set; }

    public int AgencyId { get; set; }

    public int Year { get; set; }

    public ReportState State { get; set; }

    /// <summary>The version publication will create.</summary>
    public int Version { get; set; } = 1;

    /// <summary>The note a correction publishes with (更正说明); empty for version 1.</summary>
    public string CorrectionNote { get; set; } = "";

    public string? Active { get; set; }

    public string? OnRequest { get; set; }

    public string? Management { get; set; }

    public string? Platform { get; set; }

    public string? Supervision { get; set; }

    public string? Problems { get; set; }

    public string? OtherMatters { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: two clerks saving at once.</summary>
    public int Revision { get; set; }

    public List<ReportStep> Steps { get; set; } = [];

    public ReportProse Prose => new()
    {
        Active = Active, OnRequest = OnRequest, Management = Management, Platform = Platform,
        Supervision = Supervision, Problems = Problems, OtherMatters = OtherMatters,
    };
}

/// <summary>One step of the approval, kept with the draft (and in the audit log).</summary>
public sealed class ReportStep
{
    public long Id { get; set; }

    public long ReportDraftId { get; set; }

    public ReportStepKind Kind { get; set; }

    public int Version { get; set; }

    public DateTimeOffset At { get; set; }

    public string? ActorId { get; set; }

    public string ActorName { get; set; } = "";

    public StaffRole ActorRole { get; set; }

    public string Note { get; set; } = "";
}

/// <summary>
/// A published report, frozen as canonical JSON (shared/spec/report-json.md). A correction adds a
/// version; earlier versions stay. An uploaded report (a year made outside Gongkai) serves the
/// cross-year rules only and is not shown on the portal.
/// </summary>
public sealed class PublishedReport
{
    public long Id { get; set; }

    public int AgencyId { get; set; }

    public int Year { get; set; }

    public int Version { get; set; }

    public DateOnly PublishedOn { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>The canonical JSON of the report, findings empty.</summary>
    public string Json { get; set; } = "";

    /// <summary>更正说明 of a version after the first.</summary>
    public string CorrectionNote { get; set; } = "";

    /// <summary>The Head who approved it, or the staff member who uploaded it.</summary>
    public string ApprovedBy { get; set; } = "";

    /// <summary>True for last year's report uploaded because it was made outside Gongkai.</summary>
    public bool Uploaded { get; set; }
}

/// <summary>An opening figure entered for a cell of an agency-year (see <see cref="OpeningFigure"/>).</summary>
public sealed class EnteredFigure
{
    public long Id { get; set; }

    public int AgencyId { get; set; }

    public int Year { get; set; }

    public string Cell { get; set; } = "";

    public int Value { get; set; }

    public string Reason { get; set; } = "";

    public string EnteredBy { get; set; } = "";

    public DateTimeOffset EnteredAt { get; set; }
}

/// <summary>The register's and the report workspace's tables.</summary>
internal static class ReportTables
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<AppealCase>(e =>
        {
            e.ToTable("appeal_cases");
            e.Ignore(a => a.Result);
            e.Ignore(a => a.Facts);
            e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(a => a.Decision).HasMaxLength(500);
            e.Property(a => a.ApplicantName).HasMaxLength(200);
            e.Property(a => a.BodyName).HasMaxLength(200);
            e.Property(a => a.BodyLevel).HasConversion<string>().HasMaxLength(20);
            e.Property(a => a.CaseNumber).HasMaxLength(100);
            e.Property(a => a.Disposition).HasConversion<string>().HasMaxLength(30);
            e.Property(a => a.AppealCourt).HasMaxLength(200);
            e.Property(a => a.AppealDisposition).HasConversion<string>().HasMaxLength(30);
            e.Property(a => a.Note).HasMaxLength(4000);
            e.HasOne<Agency>().WithMany().HasForeignKey(a => a.AgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Gongkai.Core.Requests.DisclosureRequest>().WithMany().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<AppealCase>().WithMany().HasForeignKey(a => a.ReviewCaseId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(a => a.Hearings).WithOne().HasForeignKey(h => h.AppealCaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(a => a.Documents).WithOne().HasForeignKey(d => d.AppealCaseId).OnDelete(DeleteBehavior.Cascade);
            // Section 四 of a year: the cases filed by its end and not decided before its start.
            e.HasIndex(a => new { a.AgencyId, a.FiledOn });
            e.HasIndex(a => a.RequestId);
        });

        builder.Entity<AppealHearing>(e =>
        {
            e.ToTable("appeal_hearings");
            e.Property(h => h.Note).HasMaxLength(1000);
        });

        builder.Entity<AppealDocument>(e =>
        {
            e.ToTable("appeal_documents");
            e.Property(d => d.FileName).HasMaxLength(200);
            e.Property(d => d.ContentType).HasMaxLength(100);
        });

        builder.Entity<ReportDraft>(e =>
        {
            e.ToTable("report_drafts");
            e.Ignore(d => d.Prose);
            e.HasIndex(d => new { d.AgencyId, d.Year }).IsUnique();
            e.Property(d => d.State).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.CorrectionNote).HasMaxLength(2000);
            foreach (var p in new[] { nameof(ReportDraft.Active), nameof(ReportDraft.OnRequest), nameof(ReportDraft.Management), nameof(ReportDraft.Platform), nameof(ReportDraft.Supervision), nameof(ReportDraft.Problems), nameof(ReportDraft.OtherMatters) })
            {
                e.Property<string?>(p).HasMaxLength(20000);
            }

            e.Property(d => d.Revision).IsConcurrencyToken();
            e.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(d => d.Steps).WithOne().HasForeignKey(s => s.ReportDraftId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ReportStep>(e =>
        {
            e.ToTable("report_steps");
            e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.ActorRole).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.ActorId).HasMaxLength(450);
            e.Property(s => s.ActorName).HasMaxLength(100);
            e.Property(s => s.Note).HasMaxLength(2000);
        });

        builder.Entity<PublishedReport>(e =>
        {
            e.ToTable("published_reports");
            e.HasIndex(r => new { r.AgencyId, r.Year, r.Version }).IsUnique();
            e.Property(r => r.CorrectionNote).HasMaxLength(2000);
            e.Property(r => r.ApprovedBy).HasMaxLength(100);
            e.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<EnteredFigure>(e =>
        {
            e.ToTable("report_entered_figures");
            e.HasIndex(f => new { f.AgencyId, f.Year });
            e.Property(f => f.Cell).HasMaxLength(100);
            e.Property(f => f.Reason).HasMaxLength(500);
            e.Property(f => f.EnteredBy).HasMaxLength(100);
            e.HasOne<Agency>().WithMany().HasForeignKey(f => f.AgencyId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
