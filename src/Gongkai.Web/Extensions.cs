using System.Text.Json.Serialization;
using Gongkai.Core.Calendar;
using Gongkai.Data;
using Gongkai.Data.Catalog;
using Gongkai.Web.Demo;
using Gongkai.Web.Desk;
using Gongkai.Web.Attachments;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web;

/// <summary>The wiring of the web host, in one place.</summary>
public static class Extensions
{
    public static void AddGongkai(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("Gongkai");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Directory.CreateDirectory("data");
            connectionString = "Data Source=data/gongkai.db";
        }

        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = (Uploads.MaxFiles * Uploads.MaxBytes) + (1024 * 1024));
        builder.Services.AddDbContextPool<GongkaiDbContext>(o => o.UseGongkai(provider, connectionString));
        builder.Services.AddSingleton(TimeProvider.System);
        // The calendar: shipped years and those loaded since (CalendarSource), as of the request.
        builder.Services.AddSingleton<Gongkai.Web.Calendar.CalendarSource>();
        builder.Services.AddScoped(sp => sp.GetRequiredService<Gongkai.Web.Calendar.CalendarSource>().Current);
        builder.Services.AddMemoryCache();
        // Chinese text is written as text, not as numeric character references (half the page weight on a phone).
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<AgencyScope>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<CaseDesk>();
        builder.Services.AddScoped<Gongkai.Web.Calendar.CalendarDesk>();
        builder.Services.AddScoped<Gongkai.Web.Office.OfficeDesk>();
        builder.Services.AddScoped<Gongkai.Web.SignOff.SignOffDesk>();
        builder.Services.AddScoped<Gongkai.Web.Submissions.Idempotency>();
        builder.Services.AddScoped<Gongkai.Web.Mail.ApplicantMail>();
        builder.Services.AddHostedService<Gongkai.Web.Jobs.DeskJob>();
        builder.Services.AddScoped<DemoSeed>();
        builder.Services.AddScoped<CatalogSeed>();
        builder.Services.AddScoped<Gongkai.Web.Catalog.CatalogDesk>();
        builder.Services.AddScoped<Gongkai.Web.Catalog.PortalCatalog>();
        builder.Services.AddScoped<Gongkai.Web.Catalog.SettingsDesk>();
        builder.Services.AddScoped<Gongkai.Web.Catalog.TopicDesk>();

        builder.Services.AddIdentityCore<StaffUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<GongkaiDbContext>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddDefaultTokenProviders();
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.AccessDeniedPath = "/Account/Denied";
            o.Cookie.Name = "gongkai.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // API callers get status codes, not redirects to the login page.
            o.Events.OnRedirectToLogin = ctx => RejectApi(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => RejectApi(ctx, StatusCodes.Status403Forbidden);
        });
        builder.Services.AddStaffAuthorization();
        builder.Services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
        builder.Services.AddRazorPages(o => o.Conventions.AuthorizeStaffFolders());
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            if (ctx.ProblemDetails.Status >= 500)
            {
                ctx.ProblemDetails.Title = "系统内部错误，请稍后再试。";
                ctx.ProblemDetails.Detail = null;
            }
        });
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddOpenApi();
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        await db.Database.MigrateAsync();
        await app.Services.GetRequiredService<Gongkai.Web.Calendar.CalendarSource>().RefreshAsync(db, CancellationToken.None);
        var reindexed = await db.RebuildIfEmptyAsync();
        if (reindexed > 0)
        {
            app.Logger.LogInformation("Search index rebuilt: {Count} public catalog items", reindexed);
        }

        if (app.Configuration.GetValue("Demo:Seed", true))
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeed>().SeedAsync();
            await scope.ServiceProvider.GetRequiredService<CatalogSeed>().SeedAsync();
        }
    }

    public static void UseGongkai(this WebApplication app)
    {
        // Pages get a friendly Chinese page, the API a ProblemDetails; neither ever a stack trace.
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler());
        app.UseWhen(ctx => !ctx.Request.Path.StartsWithSegments("/api"), pages =>
        {
            pages.UseExceptionHandler("/Error");
            pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
    }

    private static Task RejectApi(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
