using Gongkai.Core.Agencies;
using Gongkai.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Data.Desk;

/// <summary>A year's State Council schedule loaded by an Administrator; overrides the shipped year.</summary>
public sealed class CalendarYearRecord
{
    public int Year { get; set; }

    /// <summary>The schedule in the shape of cn-workday-calendar.json, this year only.</summary>
    public required string Json { get; set; }

    public DateTimeOffset LoadedAt { get; set; }

    public string LoadedBy { get; set; } = "";
}

/// <summary>The last 发文字号 sequence an agency used in a year; never decremented.</summary>
public sealed class LetterCounter
{
    public int AgencyId { get; set; }

    public int Year { get; set; }

    public long Last { get; set; }
}

/// <summary>
/// A submission already made under a key (the API's Idempotency-Key header, or a page's one-time form
/// token): the same key again returns the same request instead of creating one.
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>"api:" or "form:" and the key.</summary>
    public required string Key { get; set; }

    /// <summary>The request created, once created.</summary>
    public long? RequestId { get; set; }

    /// <summary>The acknowledgement given the first time (with the query code), protected by ASP.NET Data Protection.</summary>
    public string? Response { get; set; }

    /// <summary>UTC (a DateTime, which SQLite can compare, unlike DateTimeOffset).</summary>
    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// An agency's outgoing mail server for notices to applicants. The password is kept as entered;
/// encrypting stored secrets is the security work's (see docs/desk.md).
/// </summary>
public sealed class MailSettings
{
    public int AgencyId { get; set; }

    public string Host { get; set; } = "";

    public int Port { get; set; } = 25;

    /// <summary>None, StartTls or SslOnConnect.</summary>
    public string Security { get; set; } = "StartTls";

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    public string FromAddress { get; set; } = "";

    public string FromName { get; set; } = "";

    /// <summary>Whether the agency sends mail at all.</summary>
    public bool Enabled => Host.Length > 0 && FromAddress.Length > 0;
}

/// <summary>The tables of the office features: calendar years, letter settings and numbers, sign-off, idempotency.</summary>
internal static class DeskOfficeModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<CalendarYearRecord>(e =>
        {
            e.ToTable("calendar_years");
            e.HasKey(y => y.Year);
            e.Property(y => y.Year).ValueGeneratedNever();
            e.Property(y => y.Json).HasMaxLength(20000);
            e.Property(y => y.LoadedBy).HasMaxLength(100);
        });

        builder.Entity<LetterCounter>(e =>
        {
            e.ToTable("letter_counters");
            e.HasKey(c => new { c.AgencyId, c.Year });
        });

        builder.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable("idempotency_keys");
            e.HasKey(k => k.Key);
            e.Property(k => k.Key).HasMaxLength(120);
            e.Property(k => k.Response).HasMaxLength(8000);
            e.HasIndex(k => k.CreatedAt);
        });

        builder.Entity<OfficeSettings>(e =>
        {
            e.ToTable("office_settings");
            e.HasKey(s => s.AgencyId);
            e.Property(s => s.AgencyId).ValueGeneratedNever();
            e.Property(s => s.IssuerName).HasMaxLength(200);
            e.Property(s => s.NumberPrefix).HasMaxLength(200);
            e.Property(s => s.ReviewBody).HasMaxLength(200);
            e.Property(s => s.Court).HasMaxLength(200);
            e.Property(s => s.ContactPerson).HasMaxLength(200);
            e.Property(s => s.ContactPhone).HasMaxLength(200);
            e.Property(s => s.PaymentMethod).HasMaxLength(1000);
            e.Property(s => s.SignOff).HasMaxLength(40);
            e.HasOne<Agency>().WithOne().HasForeignKey<OfficeSettings>(s => s.AgencyId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<MailSettings>(e =>
        {
            e.ToTable("mail_settings");
            e.HasKey(m => m.AgencyId);
            e.Property(m => m.AgencyId).ValueGeneratedNever();
            e.Ignore(m => m.Enabled);
            e.Property(m => m.Host).HasMaxLength(200);
            e.Property(m => m.Security).HasMaxLength(20);
            e.Property(m => m.UserName).HasMaxLength(200);
            e.Property(m => m.Password).HasMaxLength(200);
            e.Property(m => m.FromAddress).HasMaxLength(200);
            e.Property(m => m.FromName).HasMaxLength(200);
            e.HasOne<Agency>().WithOne().HasForeignKey<MailSettings>(m => m.AgencyId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<LetterDraft>(e =>
        {
            e.ToTable("letter_drafts");
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(d => d.State).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.FeeMethod).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.Note).HasMaxLength(4000);
            e.Property(d => d.Amount).HasPrecision(12, 2);
            e.Property(d => d.FeeReason).HasMaxLength(1000);
            e.Property(d => d.Outcome).HasMaxLength(60);
            e.Property(d => d.LegalBasis).HasMaxLength(1000);
            e.Property(d => d.Withheld).HasMaxLength(4000);
            e.Property(d => d.ThirdParty).HasMaxLength(200);
            e.Property(d => d.DraftedById).HasMaxLength(450);
            e.Property(d => d.DraftedByName).HasMaxLength(100);
            e.Property(d => d.Chain).HasMaxLength(40);
            e.Property(d => d.ReturnComment).HasMaxLength(2000);
            e.Property(d => d.Version).IsConcurrencyToken();
            e.HasIndex(d => new { d.RequestId, d.State });
            e.HasOne<DisclosureRequest>().WithMany().HasForeignKey(d => d.RequestId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(d => d.Records).WithOne().HasForeignKey(r => r.DraftId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SignOffRecord>(e =>
        {
            e.ToTable("sign_off_records");
            e.Property(r => r.ActorId).HasMaxLength(450);
            e.Property(r => r.ActorName).HasMaxLength(100);
            e.Property(r => r.Role).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.Comment).HasMaxLength(2000);
        });
    }
}
