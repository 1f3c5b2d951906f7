using Gongkai.Data;
using Gongkai.Data.Desk;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Gongkai.Web.Mail;

/// <summary>A file sent with a notice.</summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Notices to applicants by e-mail (acknowledgement, correction, extension, fee, reply ready) through the
/// agency's own SMTP server (MailKit). An agency without mail settings sends nothing; a failure is
/// logged and reported to the caller, never thrown at the clerk.
/// </summary>
public sealed class ApplicantMail(GongkaiDbContext db, ILogger<ApplicantMail> log)
{
    /// <summary>Sends one message; true when the server accepted it.</summary>
    public async Task<bool> SendAsync(int agencyId, string to, string subject, string body, IReadOnlyList<MailAttachment> attachments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        var settings = await db.MailSettings.AsNoTracking().FirstOrDefaultAsync(m => m.AgencyId == agencyId, cancellationToken);
        if (settings is not { Enabled: true } || !MailboxAddress.TryParse(to, out var recipient))
        {
            return false;
        }

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(recipient);
        message.Subject = subject;
        var builder = new BodyBuilder { TextBody = body };
        foreach (var file in attachments)
        {
            builder.Attachments.Add(file.FileName, file.Content, ContentType.Parse(file.ContentType));
        }

        message.Body = builder.ToMessageBody();
        try
        {
            using var client = new SmtpClient();
            var security = Enum.TryParse<SecureSocketOptions>(settings.Security, out var s) ? s : SecureSocketOptions.StartTlsWhenAvailable;
            await client.ConnectAsync(settings.Host, settings.Port, security, cancellationToken);
            if (settings.UserName.Length > 0)
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password, cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException or MailKit.ProtocolException or MailKit.CommandException or AuthenticationException)
        {
            log.LogWarning(e, "Mail to the applicant of agency {Agency} failed", agencyId);
            return false;
        }
    }
}
