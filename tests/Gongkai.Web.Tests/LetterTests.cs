using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Core.Agencies;
using Gongkai.Data;
using Gongkai.Web.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gongkai.Web.Tests;

/// <summary>Letters with 发文字号, 复议机关 and court; sign-off; disclosed documents for the applicant only; lapsed periods closed by the job.</summary>
public abstract class LetterTests(GongkaiFactory factory) : DeskTests(factory)
{
    private const string ReviewBody = "广东省人民政府";
    private const string Court = "广州铁路运输中级法院";

    private void SetLetters(int agency)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        if (db.OfficeSettings.Find(agency) is null)
        {
            db.OfficeSettings.Add(new OfficeSettings { AgencyId = agency, NumberPrefix = "粤自然资依公开", ReviewBody = ReviewBody, Court = Court, ContactPerson = "陈明", ContactPhone = "020-12345678", PaymentMethod = "通过广东省非税收入缴款平台缴纳", SignOff = "Reviewer" });
            db.SaveChanges();
        }
    }

    [DbFact]
    public async Task Every_letter_names_its_review_body_and_court()
    {
        SetLetters(Province);
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = await RegisterAsync(clerk);
        await Done(await clerk.StepAsync(id, Step("CorrectionRequested", days: 10, note: "请写明地块位置。")));
        await Done(await clerk.StepAsync(id, Step("Corrected")));
        await Done(await clerk.StepAsync(id, Step("Accepted")));
        await Done(await clerk.StepAsync(id, new { kind = "FeeNoticed", feeMethod = "PerVolume", feeQuantity = 120 }));
        await Done(await clerk.StepAsync(id, Step("FeePaid")));
        await Done(await clerk.StepAsync(id, Step("Replied", outcome: "Disclosed", legalBasis: Basis, note: "所需信息见附件。")));

        var letters = (await clerk.CaseAsync(id)).GetProperty("documents").EnumerateArray()
            .Where(d => d.GetProperty("kind").GetString() is "CorrectionNotice" or "AcceptanceNotice" or "FeeNotice" or "ReplyLetter").ToList();
        Assert.Equal(4, letters.Count);
        foreach (var letter in letters)
        {
            var text = await ReceiptTests.DocxTextAsync(clerk.Http, $"/api/desk/requests/{id}/documents/{letter.GetProperty("id").GetInt64()}");
            Assert.Contains($"向{ReviewBody}申请行政复议", text, StringComparison.Ordinal);
            Assert.Contains($"向{Court}提起行政诉讼", text, StringComparison.Ordinal);
            Assert.Matches("粤自然资依公开〔20\\d\\d〕第\\d+号", text);
        }
    }

    [DbFact]
    public async Task Document_numbers_are_never_given_twice()
    {
        SetLetters(Province);
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var numbers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var id = await RegisterAsync(clerk);
            await Done(await clerk.StepAsync(id, Step("Replied", outcome: "Unavailable.NotHeld", legalBasis: "第三十六条第（四）项")));
            numbers.Add((await clerk.CaseAsync(id)).GetProperty("steps").EnumerateArray().Last().GetProperty("documentNumber").GetString()!);
        }

        Assert.Equal(3, numbers.Distinct().Count());
    }

    [DbFact]
    public async Task A_fee_off_the_109_tiers_is_refused_without_a_reason()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = await RegisterAsync(clerk);
        await Done(await clerk.StepAsync(id, Step("Accepted")));
        var refusal = await Refused(await clerk.Http.PostAsJsonAsync($"/api/desk/requests/{id}/drafts",
            new { step = new { kind = "FeeNoticed", amount = 100m }, feeMethod = "PerVolume", feeQuantity = 120 }, StaffClient.Json));
        Assert.Contains("应收1100元", refusal, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task A_reply_waits_for_sign_off_and_a_returned_draft_goes_back_with_the_comment()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = await RegisterAsync(clerk);
        var draft = await (await clerk.Http.PostAsJsonAsync($"/api/desk/requests/{id}/drafts",
            new { step = new { kind = "Replied", outcome = "Disclosed", legalBasis = Basis } }, StaffClient.Json)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Received", (await clerk.CaseAsync(id)).GetProperty("state").GetString());
        Assert.Contains("起草人不能签批", await Refused(await clerk.Http.PostAsJsonAsync($"/api/desk/drafts/{draft.GetProperty("id").GetInt64()}/approve", new { comment = "" })));

        var reviewer = await StaffClient.SignInAsync(Factory, "gd.reviewer");
        var returned = await reviewer.Http.PostAsJsonAsync($"/api/desk/drafts/{draft.GetProperty("id").GetInt64()}/return", new { comment = "请补充检索范围。" });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var drafts = await clerk.Http.GetFromJsonAsync<JsonElement>($"/api/desk/requests/{id}/drafts");
        Assert.Equal("请补充检索范围。", drafts[0].GetProperty("returnComment").GetString());
        Assert.Equal("Received", (await clerk.CaseAsync(id)).GetProperty("state").GetString());
    }

    [DbFact]
    public async Task Disclosed_documents_are_downloadable_by_the_applicant_and_no_one_else()
    {
        var anonymous = StaffClient.Anonymous(Factory);
        var submitted = await (await anonymous.PostAsJsonAsync($"/api/portal/agencies/{Province}/requests", Form(), StaffClient.Json)).Content.ReadFromJsonAsync<JsonElement>();
        var number = submitted.GetProperty("trackingNumber").GetString();
        var code = submitted.GetProperty("queryCode").GetString();
        var clerk = await StaffClient.SignInAsync(Factory, "gd.clerk");
        var id = (await clerk.Http.GetFromJsonAsync<JsonElement>("/api/desk/inbox")).EnumerateArray().Single(i => i.GetProperty("trackingNumber").GetString() == number).GetProperty("id").GetInt64();

        using var upload = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4 合同"u8.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }, "files", "合同.pdf" } };
        var uploaded = await clerk.Http.PostAsync($"/api/desk/requests/{id}/disclosed", upload);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var documentId = (await uploaded.Content.ReadFromJsonAsync<JsonElement>())[0].GetInt64();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/portal/requests/{number}/documents/{documentId}?code={code}")).StatusCode);

        await Done(await clerk.StepAsync(id, Step("Replied", outcome: "Disclosed", legalBasis: Basis)));
        var download = await anonymous.GetAsync($"/api/portal/requests/{number}/documents/{documentId}?code={code}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("%PDF-1.4 合同"u8.ToArray(), await download.Content.ReadAsByteArrayAsync());

        var other = await (await anonymous.PostAsJsonAsync($"/api/portal/agencies/{Province}/requests", Form(), StaffClient.Json)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/portal/requests/{number}/documents/{documentId}?code={other.GetProperty("queryCode").GetString()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/portal/requests/{number}/documents/{documentId}")).StatusCode);
        var county = await StaffClient.SignInAsync(Factory, "rh.clerk");
        Assert.Equal(HttpStatusCode.NotFound, (await county.Http.GetAsync($"/api/desk/requests/{id}/documents/{documentId}")).StatusCode);
    }

    [DbFact]
    public async Task A_lapsed_correction_period_is_closed_once_by_the_background_job()
    {
        var clerk = await StaffClient.SignInAsync(Factory, "sx.clerk");
        var id = await RegisterAsync(clerk);
        await Done(await clerk.StepAsync(id, Step("CorrectionRequested", days: 5, note: "请写明年份。")));
        Factory.Clock.Advance(TimeSpan.FromDays(14));
        var job = Factory.Services.GetServices<IHostedService>().OfType<DeskJob>().Single();
        await job.RunOnceAsync(CancellationToken.None);
        await job.RunOnceAsync(CancellationToken.None);
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        Assert.False(db.Requests.Single(r => r.Id == id).IsOpen);
        Assert.Single(db.Audit.Where(a => a.RequestId == id && a.Action == "Lapsed").ToList());
    }
}

public sealed class LetterTestsOnSqlite(SqliteFactory factory) : LetterTests(factory), IClassFixture<SqliteFactory>;

public sealed class LetterTestsOnPostgres(PostgresFactory factory) : LetterTests(factory), IClassFixture<PostgresFactory>;
