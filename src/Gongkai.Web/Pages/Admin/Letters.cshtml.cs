using Gongkai.Core.Agencies;
using Gongkai.Data;
using Gongkai.Data.Desk;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Pages.Admin;

/// <summary>An Administrator sets what the agency's letters carry (发文字号, 复议机关, court, contact, fees, sign-off) and its mail server.</summary>
public sealed class LettersModel(GongkaiDbContext db, AgencyScope scope, AuditLog audit) : PageModel
{
    public sealed class LettersInput
    {
        public string? IssuerName { get; set; }
        public string? NumberPrefix { get; set; }
        public string? ReviewBody { get; set; }
        public string? Court { get; set; }
        public string? ContactPerson { get; set; }
        public string? ContactPhone { get; set; }
        public string? PaymentMethod { get; set; }
        public string? SignOff { get; set; }
        public int DueSoonDays { get; set; } = 5;
        public string? MailHost { get; set; }
        public int MailPort { get; set; } = 25;
        public string? MailSecurity { get; set; }
        public string? MailUserName { get; set; }
        public string? MailPassword { get; set; }
        public string? MailFromAddress { get; set; }
        public string? MailFromName { get; set; }
    }

    public static readonly IReadOnlyList<(string Value, string Label)> Chains =
        [("Reviewer", "经办人 → 审核人"), ("Head", "经办人 → 负责人"), ("Reviewer,Head", "经办人 → 审核人 → 负责人")];

    [BindProperty]
    public LettersInput Input { get; set; } = new();

    public IReadOnlyDictionary<string, string> Problems { get; private set; } = new Dictionary<string, string>();

    public string AgencyName { get; private set; } = "";

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        AgencyName = (await scope.TreeAsync(cancellationToken)).Find(staff.AgencyId)?.Name ?? "";
        var letters = await db.OfficeSettings.AsNoTracking().FirstOrDefaultAsync(s => s.AgencyId == staff.AgencyId, cancellationToken) ?? new OfficeSettings();
        var mail = await db.MailSettings.AsNoTracking().FirstOrDefaultAsync(s => s.AgencyId == staff.AgencyId, cancellationToken) ?? new MailSettings();
        Input = new LettersInput
        {
            IssuerName = letters.IssuerName, NumberPrefix = letters.NumberPrefix, ReviewBody = letters.ReviewBody, Court = letters.Court,
            ContactPerson = letters.ContactPerson, ContactPhone = letters.ContactPhone, PaymentMethod = letters.PaymentMethod, SignOff = letters.SignOff, DueSoonDays = letters.DueSoonDays,
            MailHost = mail.Host, MailPort = mail.Port, MailSecurity = mail.Security, MailUserName = mail.UserName, MailFromAddress = mail.FromAddress, MailFromName = mail.FromName,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        AgencyName = (await scope.TreeAsync(cancellationToken)).Find(staff.AgencyId)?.Name ?? "";
        var candidate = new OfficeSettings
        {
            AgencyId = staff.AgencyId,
            IssuerName = Input.IssuerName?.Trim() ?? "",
            NumberPrefix = Input.NumberPrefix?.Trim() ?? "",
            ReviewBody = Input.ReviewBody?.Trim() ?? "",
            Court = Input.Court?.Trim() ?? "",
            ContactPerson = Input.ContactPerson?.Trim() ?? "",
            ContactPhone = Input.ContactPhone?.Trim() ?? "",
            PaymentMethod = Input.PaymentMethod?.Trim() ?? "",
            SignOff = Input.SignOff ?? "",
            DueSoonDays = Input.DueSoonDays,
        };
        var problems = new Dictionary<string, string>(candidate.Check());
        if (Input.MailPort is < 1 or > 65535)
        {
            problems["MailPort"] = "端口应在1至65535之间。";
        }

        if (problems.Count > 0)
        {
            Problems = problems;
            return Page();
        }

        var letters = await db.OfficeSettings.FirstOrDefaultAsync(s => s.AgencyId == staff.AgencyId, cancellationToken);
        if (letters is null)
        {
            db.OfficeSettings.Add(candidate);
        }
        else
        {
            db.Entry(letters).CurrentValues.SetValues(candidate);
        }

        var mail = await db.MailSettings.FirstOrDefaultAsync(s => s.AgencyId == staff.AgencyId, cancellationToken);
        if (mail is null)
        {
            mail = new MailSettings { AgencyId = staff.AgencyId };
            db.MailSettings.Add(mail);
        }

        mail.Host = Input.MailHost?.Trim() ?? "";
        mail.Port = Input.MailPort;
        mail.Security = Input.MailSecurity is "None" or "StartTls" or "SslOnConnect" ? Input.MailSecurity : "StartTls";
        mail.UserName = Input.MailUserName?.Trim() ?? "";
        if (!string.IsNullOrEmpty(Input.MailPassword))
        {
            mail.Password = Input.MailPassword;
        }

        mail.FromAddress = Input.MailFromAddress?.Trim() ?? "";
        mail.FromName = Input.MailFromName?.Trim() ?? "";
        audit.Record(staff, "OfficeSettingsEdited", null, $"{candidate.NumberPrefix}; {candidate.ReviewBody}; {candidate.Court}; {candidate.SignOff}; mail {mail.Host}:{mail.Port}");
        await db.SaveChangesAsync(cancellationToken);
        Message = "已保存。";
        return RedirectToPage();
    }
}
