using Collaboration.Web.Api.LiveItems;
using Collaboration.Web.Live;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Collaboration.Web.Api;

/// <summary>The pages' API under /api/forum: every action through the access gate and the domain's use cases.</summary>
internal static class ApiExtensions
{
    public static IHostApplicationBuilder AddForumApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LiveItemSource>();
        builder.Services.AddSingleton<ILiveItemSource>(sp => sp.GetRequiredService<LiveItemSource>());
        return builder;
    }

    public static IEndpointRouteBuilder MapForumApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
