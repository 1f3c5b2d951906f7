using System.Net;
using System.Net.Http.Json;
using System.Text;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Security;

/// <summary>Applicants' personal data encrypted at rest and found by keyed hash; sign-ins audited; the audit chain detects edits and deletions.</summary>
public abstract class AuditAndPrivacyTests(GongkaiFactory factory) : DeskTests(factory)
{
    private const string IdNumber = "110105198806061234";

    private async Task<T> WithDbAsync<T>(Func<GongkaiDbContext, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>());
    }

    private async Task<string> SubmitAsync()
    {
        var http = StaffClient.Anonymous(Factory);
        var response = await http.PostAsJsonAsync($"/api/portal/agencies/{Province}/requests", new
        {
            kind = "NaturalPerson", name = "王五", idNumber = IdNumber, phone = "13912345678", email = "wangwu@example.cn",
            address = "北京市朝阳区某街道88号", informationWanted = "某项目的环评批复", deliveryForm = "Electronic", deliveryMeans = "Email",
        }, StaffClient.Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("trackingNumber").GetString()!;
    }

    [DbFact]
    public async Task The_database_holds_no_applicant_id_number_phone_email_or_address_in_clear()
    {
        var number = await SubmitAsync();
        var stored = await WithDbAsync(db => db.Database.SqlQueryRaw<string>(
            "SELECT applicant_id_number || '|' || applicant_phone || '|' || applicant_email || '|' || applicant_address AS \"Value\" FROM requests WHERE \"TrackingNumber\" = {0}", number).SingleAsync());
        Assert.DoesNotContain(IdNumber, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("wangwu", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("朝阳区", stored, StringComparison.Ordinal);
        Assert.Equal(4, stored.Split('|').Count(part => part.StartsWith(PersonalDataCipher.Prefix, StringComparison.Ordinal)));
        if (Factory.Provider == DatabaseProvider.Sqlite)
        {
            // The file itself (and its write-ahead log), byte for byte.
            var path = await WithDbAsync(db => Task.FromResult(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource));
            foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer);
                Assert.Equal(-1, buffer.ToArray().AsSpan().IndexOf(Encoding.ASCII.GetBytes(IdNumber)));
            }
        }
    }

    [DbFact]
    public async Task The_desk_finds_an_applicant_by_id_number_through_the_keyed_hash_and_reads_it_decrypted()
    {
        var number = await SubmitAsync();
        var found = await WithDbAsync(db => db.RequestsByApplicantId(" " + IdNumber.ToLowerInvariant()).Select(r => r.TrackingNumber).ToListAsync());
        Assert.Contains(number, found);
        var applicant = await WithDbAsync(db => db.Requests.AsNoTracking().Where(r => r.TrackingNumber == number).Select(r => r.Applicant).SingleAsync());
        Assert.Equal(IdNumber, applicant.IdNumber);
        Assert.Equal("北京市朝阳区某街道88号", applicant.Address);
    }

    [DbFact]
    public async Task Failed_and_successful_sign_ins_and_lockouts_are_audited()
    {
        var http = StaffClient.Anonymous(Factory);
        for (var i = 0; i < 5; i++)
        {
            var token = await StaffClient.FormTokenAsync(http, "/Account/Login");
            await http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = "sx.head",
                ["Input.Password"] = "Wrong-password-" + i,
                ["__RequestVerificationToken"] = token,
            }));
        }

        await StaffClient.SignInAsync(Factory, "sx.clerk");
        var actions = await WithDbAsync(db => db.Audit.Where(a => a.Action == "SignInFailed" || a.Action == "LockedOut" || a.Action == "SignedIn").Select(a => new { a.Action, a.Detail }).ToListAsync());
        Assert.Equal(4, actions.Count(a => a.Action == "SignInFailed" && a.Detail.StartsWith("sx.head", StringComparison.Ordinal)));
        Assert.Contains(actions, a => a.Action == "LockedOut" && a.Detail.StartsWith("sx.head", StringComparison.Ordinal));
        Assert.Contains(actions, a => a.Action == "SignedIn" && a.Detail.StartsWith("sx.clerk", StringComparison.Ordinal));
        Assert.DoesNotContain(actions, a => a.Detail.Contains("Wrong-password", StringComparison.Ordinal));
    }

    [DbFact]
    public async Task An_edited_audit_entry_breaks_the_chain()
    {
        await SubmitAsync();
        await WithDbAsync(db => AuditChain.SealAsync(db));
        Assert.Empty((await WithDbAsync(db => AuditChain.VerifyAsync(db))).Breaks);
        var target = await WithDbAsync(db => db.Audit.Where(a => a.Sequence != null).OrderBy(a => a.Sequence).Select(a => a.Id).FirstAsync());
        await WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE audit_entries SET \"Detail\" = 'changed' WHERE \"Id\" = {0}", target));
        var breaks = (await WithDbAsync(db => AuditChain.VerifyAsync(db))).Breaks;
        Assert.Contains(breaks, b => b.EntryId == target);
        await WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_entries WHERE \"Id\" = {0}", target));
        Assert.NotEmpty((await WithDbAsync(db => AuditChain.VerifyAsync(db))).Breaks);
    }
}

public sealed class AuditAndPrivacyTestsOnSqlite(SqliteFactory factory) : AuditAndPrivacyTests(factory), IClassFixture<SqliteFactory>;

public sealed class AuditAndPrivacyTestsOnPostgres(PostgresFactory factory) : AuditAndPrivacyTests(factory), IClassFixture<PostgresFactory>;
