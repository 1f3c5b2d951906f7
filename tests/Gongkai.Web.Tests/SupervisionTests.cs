using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Gongkai.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>
/// The supervising office: only the Head or an Administrator of an agency with subordinates, for an
/// agency in their scope, sees the subordinates' table, uploads and roll-up; uploads are scoped and audited.
/// </summary>
public abstract class SupervisionTests(GongkaiFactory factory) : DeskTests(factory)
{
    private static string Seeds { get; } = FindSeeds();

    private static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "seeds"))) return Path.Combine(dir.FullName, "shared", "seeds");
        throw new DirectoryNotFoundException("shared/seeds not found");
    }

    /// <summary>Seed 000 (2021) as if written by another agency.</summary>
    private static byte[] Seed000As(string agency, string? replace = null, string? with = null)
    {
        var text = File.ReadAllText(Directory.GetFiles(Seeds, "000_*.txt").Single()).Replace("山西省自然资源厅", agency, StringComparison.Ordinal);
        if (replace is not null) text = text.Replace(replace, with!, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text);
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in files)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }
        return buffer.ToArray();
    }

    private static async Task<string> UploadAsync(StaffClient staff, int agencyId, int year, params (string Name, byte[] Content)[] files)
    {
        var page = $"/Reports/Supervision?AgencyId={agencyId}&Year={year}";
        var token = await StaffClient.FormTokenAsync(staff.Http, page);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(agencyId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "AgencyId" },
            { new StringContent(year.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Year" },
        };
        foreach (var (name, content) in files) form.Add(new ByteArrayContent(content), "reports", name);
        var response = await staff.Http.PostAsync("/Reports/Supervision", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Who may supervise which agency: Heads and Administrators, for agencies with subordinates in their scope.</summary>
    private static readonly (string User, int[] Supervises, bool Role)[] Matrix =
    [
        ("gd.clerk", [], false), ("gd.reviewer", [], false), ("gd.head", [Province], true), ("gd.admin", [Province, City], true),
        ("sg.clerk", [], false), ("sg.admin", [City], true), ("rh.clerk", [], false), ("rh.head", [], true), ("sx.head", [], true),
    ];

    [DbFact]
    public async Task Only_heads_and_administrators_of_a_parent_agency_in_scope_reach_its_subordinates_table()
    {
        int year = 2023, count = 0;
        foreach (var (user, supervises, role) in Matrix)
        {
            var staff = await StaffClient.SignInAsync(Factory, user);
            foreach (var agency in new[] { Province, City, Renhua })
            {
                var label = $"{user} → agency {agency}";
                var page = await staff.Http.GetAsync($"/Reports/Supervision?AgencyId={agency}&Year={year}");
                if (!role)
                {
                    Assert.True(HttpStatusCode.Redirect == page.StatusCode, $"{label}: page");
                    Assert.StartsWith("/Account/Denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
                }
                else
                {
                    Assert.True((supervises.Contains(agency) ? HttpStatusCode.OK : HttpStatusCode.NotFound) == page.StatusCode, $"{label}: page");
                }

                var expected = !role ? HttpStatusCode.Forbidden : supervises.Contains(agency) ? HttpStatusCode.OK : HttpStatusCode.NotFound;
                foreach (var path in new[] { "table.xlsx", "rollup.json", "rollup.xlsx" })
                {
                    Assert.True(expected == (await staff.Http.GetAsync($"/api/supervision/{agency}/{year}/{path}")).StatusCode, $"{label}: {path}");
                    count++;
                }
                count++;
            }
        }

        Assert.Equal(Matrix.Length * 3 * 4, count);
    }

    [DbFact]
    public async Task Anonymous_callers_are_sent_to_sign_in_or_refused()
    {
        var anonymous = StaffClient.Anonymous(Factory);
        var page = await anonymous.GetAsync("/Reports/Supervision");
        Assert.StartsWith("/Account/Login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/supervision/{Province}/2023/rollup.json")).StatusCode);
    }

    [DbFact]
    public async Task Uploaded_reports_show_their_findings_in_the_table_of_the_uploading_agency()
    {
        var head = await StaffClient.SignInAsync(Factory, "sg.admin");
        var html = await UploadAsync(head, City, 2021,
            ("仁化.txt", Seed000As("仁化县自然资源局", "全年共收到和办理依申请公开211件", "全年共收到和办理依申请公开215件")),
            ("外省.txt", Seed000As("某某市自然资源局")),
            ("备忘录.txt", Encoding.UTF8.GetBytes("这只是一份备忘录。")),
            ("照片.jpg", [0xFF, 0xD8, 0xFF]));
        Assert.Contains("已上传并检查3份报告", html);
        Assert.Contains("“照片.jpg”不是年度报告文件", html);
        Assert.Contains("上传：仁化.txt", html);
        Assert.Contains("prose.requests", html);
        Assert.Contains("全年共收到和办理依申请公开215件", html);
        Assert.Contains("requests.rows.New[6]", html);
        Assert.Contains("无法读取：文件中找不到年度报告", html);
        Assert.Contains("逾期未发布", html);   // 始兴县 has no report and 31 January 2022 has passed

        // Scoped to the uploading agency: the province's table (its subordinate is the city) does not show them.
        var province = await StaffClient.SignInAsync(Factory, "gd.head");
        var provinceHtml = WebUtility.HtmlDecode(await province.Http.GetStringAsync($"/Reports/Supervision?AgencyId={Province}&Year=2021"));
        Assert.DoesNotContain("仁化.txt", provinceHtml);

        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        Assert.Equal(3, await db.SubordinateUploads.CountAsync(u => u.OwnerAgencyId == City && u.Year == 2021));
        Assert.True(await db.Audit.AnyAsync(a => a.Action == "SubordinateReportsUploaded" && a.AgencyId == City && a.Detail.Contains("仁化.txt")));
    }

    [DbFact]
    public async Task A_zip_is_unpacked_and_its_reports_roll_up_with_the_missing_ones_excluded()
    {
        var admin = await StaffClient.SignInAsync(Factory, "sg.admin");
        await UploadAsync(admin, City, 2022, ("reports.zip", Zip(("仁化/仁化县.txt", Seed000As("仁化县自然资源局", "2021年", "2022年")))));
        var json = await admin.Http.GetStringAsync($"/api/supervision/{City}/2022/rollup.json");
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(["report", "included", "excluded"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("仁化县自然资源局（仁化县.txt）", Assert.Single(root.GetProperty("included").EnumerateArray()).GetString());
        var missing = Assert.Single(root.GetProperty("excluded").EnumerateArray());
        Assert.Equal("始兴县自然资源局", missing.GetProperty("file").GetString());
        Assert.Equal("尚未发布或上传本年度报告", missing.GetProperty("reason").GetString());
        Assert.Equal(211, root.GetProperty("report").GetProperty("requests").GetProperty("rows").GetProperty("New")[6].GetInt32());
    }

    [DbFact]
    public async Task A_zip_that_unpacks_beyond_the_limit_is_refused_with_a_message()
    {
        var admin = await StaffClient.SignInAsync(Factory, "sg.admin");
        var html = await UploadAsync(admin, City, 2020, ("bomb.zip", Zip(("big.txt", new byte[21 * 1024 * 1024]))));
        Assert.Contains("解压后超过20MB", html);
        using var scope = Factory.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<GongkaiDbContext>().SubordinateUploads.AnyAsync(u => u.Year == 2020));
    }

    [DbFact]
    public async Task The_table_downloads_as_a_workbook_sorted_as_asked()
    {
        var admin = await StaffClient.SignInAsync(Factory, "sg.admin");
        await UploadAsync(admin, City, 2019, ("始兴.txt", Seed000As("始兴县自然资源局", "2021年", "2019年")));
        var bytes = await admin.Http.GetByteArrayAsync($"/api/supervision/{City}/2019/table.xlsx?sort=errors");
        using var xlsx = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheet = xlsx.WorkbookPart!.WorksheetParts.First().Worksheet;
        var rows = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Select(r => r.InnerText).ToList();
        Assert.Equal(3, rows.Count);
        Assert.StartsWith("始兴县自然资源局已发布始兴.txt", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("仁化县自然资源局逾期未发布", rows[2], StringComparison.Ordinal);
    }
}

public sealed class SupervisionTestsOnSqlite(SqliteFactory factory) : SupervisionTests(factory), IClassFixture<SqliteFactory>;

public sealed class SupervisionTestsOnPostgres(PostgresFactory factory) : SupervisionTests(factory), IClassFixture<PostgresFactory>;
