using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Data;
using Gongkai.Data.Desk;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>Notices reach the applicant by e-mail through a real SMTP server (smtp4dev).</summary>
public sealed class MailTests(SqliteFactory factory, MailServer mail) : DeskTests(factory), IClassFixture<SqliteFactory>, IClassFixture<MailServer>
{
    private void UseMailServer()
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        if (db.MailSettings.Find(Province) is null)
        {
            db.MailSettings.Add(new MailSettings { AgencyId = Province, Host = "127.0.0.1", Port = mail.SmtpPort, Security = "None", FromAddress = "gongkai@gd.example.cn", FromName = "广东省自然资源厅" });
            db.SaveChanges();
        }
    }

    private async Task<(string Number, long Id)> SubmitWithEmailAsync(string email)
    {
        var anonymous = StaffClient.Anonymous(Factory);
        var form = new
        {
            kind = "NaturalPerson", idDocument = "IdCard", name = "张三", idNumber = ValidId, phone = "13800138000", email,
            informationWanted = "2025年某某地块土地出让合同", deliveryForm = "Electronic", deliveryMeans = "Email",
        };
        var ack = await (await anonymous.PostAsJsonAsync($"/api/portal/agencies/{Province}/requests", form, StaffClient.Json)).Content.ReadFromJsonAsync<JsonElement>();
        var number = ack.GetProperty("trackingNumber").GetString()!;
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = (await clerk.Http.GetFromJsonAsync<JsonElement>("/api/desk/inbox")).EnumerateArray().Single(i => i.GetProperty("trackingNumber").GetString() == number).GetProperty("id").GetInt64();
        return (number, id);
    }

    [Fact]
    public async Task The_acknowledgement_is_mailed_to_the_applicant()
    {
        UseMailServer();
        var (number, _) = await SubmitWithEmailAsync("ack@applicant.example.cn");
        var messages = await mail.MessagesAsync();
        Assert.Contains(messages, m => m.To.ToString().Contains("ack@applicant.example.cn", StringComparison.Ordinal) && (m.Subject ?? "").Contains(number, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_signed_off_reply_is_mailed_with_its_letter()
    {
        UseMailServer();
        var (number, id) = await SubmitWithEmailAsync("reply@applicant.example.cn");
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        await Done(await clerk.StepAsync(id, Step("Replied", outcome: "Disclosed", legalBasis: Basis)));
        var messages = await mail.MessagesAsync();
        var reply = messages.Single(m => m.To.ToString().Contains("reply@applicant.example.cn", StringComparison.Ordinal) && (m.Subject ?? "").Contains("答复", StringComparison.Ordinal));
        Assert.Contains(reply.Attachments, a => a.ContentDisposition?.FileName?.EndsWith(".docx", StringComparison.Ordinal) == true);
        Assert.Contains(number, reply.Subject, StringComparison.Ordinal);
    }
}
