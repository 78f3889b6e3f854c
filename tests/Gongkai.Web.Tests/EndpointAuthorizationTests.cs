// Copyright (c) Gongkai contributors. Licensed under the MIT License.

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gongkai.Data.Entities;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>Authorization of every API endpoint and every page, generated from the app's own endpoint list: a new endpoint or
/// page fails <see cref="Every_endpoint_and_page_is_listed_here"/> until it is added to the tables below.</summary>
public sealed class EndpointAuthorizationTests
{
    // Every API endpoint. Those with {id} are about one report: another unit's clerk gets 403.
    private static readonly string[] ApiEndpoints =
    [
        "GET /api/v1/units/",
        "POST /api/v1/units/",
        "POST /api/v1/units/import/{code}",
        "GET /api/v1/reports/",
        "POST /api/v1/reports/",
        "GET /api/v1/reports/{id:int}",
        "GET /api/v1/reports/{id:int}/findings",
        "GET /api/v1/reports/{id:int}/versions",
        "GET /api/v1/reports/{id:int}/original",
        "GET /api/v1/reports/{id:int}/export/{format}",
        "POST /api/v1/reports/{id:int}/versions/{number:int}/publish",
        "POST /api/v1/reports/{id:int}/versions",
        "POST /api/v1/reports/{id:int}/versions/{number:int}/restore",
        "GET /api/v1/reports/{id:int}/diff",
    ];

    // Pages anyone may open; every other page sends an anonymous visitor to the login page.
    private static readonly string[] PublicPages = ["/Index", "/Error", "/Account/Login", "/Account/Denied", "/Account/Logout", "/Public/Index", "/Public/Report"];

    private static readonly string[] SignedInPages = ["/Reports/Index", "/Reports/Detail", "/Reports/Edit", "/Reports/History", "/Reports/Diff", "/Upload/Index", "/Units/Index", "/Admin/Audit", "/Account/Tokens"];

    [Fact]
    public void Every_endpoint_and_page_is_listed_here()
    {
        using var app = new GongkaiApp(null, demo: false);
        Assert.Equal(ApiEndpoints.Order(StringComparer.Ordinal), ApiRoutes(app).Order(StringComparer.Ordinal));
        Assert.Equal(PublicPages.Concat(SignedInPages).Order(StringComparer.Ordinal), Pages(app).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_API_endpoint_without_a_token_is_401()
    {
        using var app = new GongkaiApp(null, demo: false);
        var client = app.CreateClient();
        foreach (var route in ApiRoutes(app))
        {
            using var response = await SendAsync(client, route, 1);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{route}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Every_API_endpoint_about_a_report_refuses_another_units_clerk()
    {
        using var app = new GongkaiApp(null);
        var (clerk, _, _) = await app.UserAsync(Roles.Clerk, await app.UnitIdAsync("武陟县小董乡人民政府"));
        var admin = await app.AdminApiAsync();
        var other = (await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/reports"))!
            .First(r => r.GetProperty("unit").GetString() != "武陟县小董乡人民政府").GetProperty("id").GetInt32();
        foreach (var route in ApiRoutes(app).Where(r => r.Contains("{id", StringComparison.Ordinal)))
        {
            using var response = await SendAsync(clerk, route, other);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{route}: {response.StatusCode}");
        }

        foreach (var route in (string[])["POST /api/v1/units/", "POST /api/v1/units/import/{code}"])
        {
            using var units = await SendAsync(clerk, route, other);
            Assert.Equal(HttpStatusCode.Forbidden, units.StatusCode);
        }
    }

    [Fact]
    public async Task Every_signed_in_page_sends_the_public_to_the_login_page_and_the_public_pages_open()
    {
        using var app = new GongkaiApp(null, demo: false);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var page in SignedInPages)
        {
            using var response = await client.GetAsync(Url(page));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/Login", StringComparison.Ordinal), $"{page}: {response.StatusCode}");
        }

        foreach (var page in (string[])["/Public/Index", "/Account/Login", "/Account/Denied"])
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Url(page))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Public/Report/1")).StatusCode);
    }

    [Fact]
    public async Task Admin_pages_refuse_a_clerk()
    {
        using var app = new GongkaiApp(null);
        var (_, name, password) = await app.UserAsync(Roles.Clerk, await app.UnitIdAsync("武陟县小董乡人民政府"));
        var client = await app.SignInAsync(name, password);
        foreach (var page in (string[])["/Units/Index", "/Admin/Audit"])
        {
            using var response = await client.GetAsync(Url(page));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/Denied", StringComparison.Ordinal), $"{page}: {response.StatusCode}");
        }
    }

    private static string Url(string page) => page.Replace("/Index", "/", StringComparison.Ordinal) + (page is "/Reports/Detail" or "/Reports/Edit" or "/Reports/History" or "/Reports/Diff" ? "/1" : string.Empty);

    private static IEnumerable<string> ApiRoutes(GongkaiApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {e.RoutePattern.RawText}"));

    private static IEnumerable<string> Pages(GongkaiApp app) =>
        app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<PageActionDescriptor>().Select(p => p.ViewEnginePath).Distinct();

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string route, int id)
    {
        var parts = route.Split(' ', 2);
        var url = parts[1].Replace("{id:int}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{number:int}", "1", StringComparison.Ordinal).Replace("{code}", "410800", StringComparison.Ordinal).Replace("{format}", "json", StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(parts[0]), url);
        if (parts[0] == "POST")
        {
            request.Content = url.EndsWith("/units/", StringComparison.Ordinal)
                ? JsonContent.Create(new { name = "某单位", level = "town" })
                : new MultipartFormDataContent();
        }

        return await client.SendAsync(request);
    }
}
