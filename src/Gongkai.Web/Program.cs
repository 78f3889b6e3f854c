// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using Gongkai.Web.Apis;
using Gongkai.Web.Hosting;

// `gongkai-web migrate` applies the migrations and exits; anything else starts the site.
var migrateOnly = args is ["migrate", ..];
var builder = WebApplication.CreateBuilder(migrateOnly ? args[1..] : args);
builder.AddApplicationServices();

var app = builder.Build();
if (migrateOnly)
{
    return await app.MigrateOnlyAsync();
}

await app.InitializeDatabaseAsync();

app.UseApplicationPipeline();
app.MapUnitsApi();
app.MapReportsApi();
app.MapApiDocuments();
app.MapRazorPages();

await app.RunAsync();
return 0;

/// <summary>The web application's entry point (named for <c>WebApplicationFactory</c> in the tests).</summary>
internal sealed partial class Program;
