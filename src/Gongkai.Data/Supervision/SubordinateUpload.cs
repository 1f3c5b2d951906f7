using Gongkai.Core.Agencies;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Supervision;

/// <summary>
/// A subordinate's annual report uploaded by a supervising office (本级政府办公室 / 上级主管部门),
/// typically from an agency that does not use Gongkai. Kept in the uploading agency's scope: the
/// file as uploaded, and what the report engine read from it at upload time.
/// </summary>
public sealed class SubordinateUpload
{
    public long Id { get; set; }

    /// <summary>The supervising agency that uploaded it: only its staff see it.</summary>
    public int OwnerAgencyId { get; set; }

    /// <summary>The year the table it was uploaded to is for.</summary>
    public int Year { get; set; }

    public string FileName { get; set; } = "";

    public byte[] Content { get; set; } = [];

    /// <summary>The agency the report names, when it could be read.</summary>
    public string? AgencyName { get; set; }

    /// <summary>The year the report is about, when it could be read (may differ from <see cref="Year"/>).</summary>
    public int? ReportYear { get; set; }

    /// <summary>Canonical report JSON with findings, reading notes and source lines; null when unreadable.</summary>
    public string? Json { get; set; }

    /// <summary>Why the file could not be read (Chinese), or null.</summary>
    public string? Error { get; set; }

    public int Errors { get; set; }

    public int Warnings { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public string UploadedBy { get; set; } = "";
}

internal static class SupervisionModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<SubordinateUpload>(e =>
        {
            e.ToTable("subordinate_uploads");
            e.Property(u => u.FileName).HasMaxLength(260);
            e.Property(u => u.AgencyName).HasMaxLength(200);
            e.Property(u => u.Error).HasMaxLength(1000);
            e.Property(u => u.UploadedBy).HasMaxLength(100);
            e.HasIndex(u => new { u.OwnerAgencyId, u.Year });
            e.HasOne<Agency>().WithMany().HasForeignKey(u => u.OwnerAgencyId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
