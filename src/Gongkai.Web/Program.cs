using Gongkai.Web;
using Gongkai.Web.Api;
using Gongkai.Web.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddGongkai();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseGongkai();
app.MapPortalApi();
app.MapDeskApi();
app.MapReportsApi();
app.MapAnnualReportsApi();
app.MapSupervisionApi();
app.MapCatalogApi();
app.MapRazorPages();
app.MapOpenApi();
app.MapGongkaiHealth();
await app.RunAsync();

/// <summary>The web host's entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
