using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Collaboration.Web.Pages;

/// <summary>The pages under /tab: configuration, moderator console, live results (meeting stage) and answer page.</summary>
internal static class PageExtensions
{
    public static IHostApplicationBuilder AddWebPages(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapWebPages(this IEndpointRouteBuilder endpoints) => endpoints;
}
