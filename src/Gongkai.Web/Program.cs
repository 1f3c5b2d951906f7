using Gongkai.Web;
using Gongkai.Web.Api;

var builder = WebApplication.CreateBuilder(args);
builder.AddGongkai();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseGongkai();
app.MapPortalApi();
app.MapDeskApi();
app.MapOfficeApi();
app.MapReportsApi();
app.MapCatalogApi();
app.MapRazorPages();
app.MapOpenApi();
await app.RunAsync();

/// <summary>The web host's entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
