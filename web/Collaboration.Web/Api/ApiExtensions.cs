using Collaboration.Reports.Building;
using Collaboration.Web.Api.Addin;
using Collaboration.Web.Live;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Collaboration.Web.Api;

/// <summary>
/// The pages' API under /api/forum and the Office add-in's under /api/addin: every action through the access gate and the domain's use cases. No CORS policy:
/// the pages are served from this host, and a bearer or header sign-in is no cookie a foreign site could ride on.
/// </summary>
internal static class ApiExtensions
{
    public const string Base = "/api/forum";

    public static IHostApplicationBuilder AddForumApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<LiveItemSource>();
        services.AddSingleton<ILiveItemSource>(sp => sp.GetRequiredService<LiveItemSource>());
        services.AddSingleton<ConsoleViews>();
        services.AddSingleton<ApiFailures>();
        // The Office add-in: the gate's named-series reach, the series it may list, and the deck's own report builder.
        services.AddSingleton<AddinGate>();
        services.TryAddSingleton<ModeratedSeries>();
        services.TryAddSingleton<SeriesReportBuilder>();
        return builder;
    }

    public static IEndpointRouteBuilder MapForumApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Base).AddEndpointFilter<ApiFailures>();
        MeEndpoints.Map(api);
        ConsoleEndpoints.Map(api);
        ParticipantEndpoints.Map(api);
        NeedsMergeEndpoints.Map(api);
        // Unknown paths under the API get a sentence too, not an empty 404 (matched only when no endpoint is).
        api.MapFallback((HttpContext context) => ApiError.Web(StatusCodes.Status404NotFound, "NotFound", Localization.RequestLanguage.TextOf(context.Request)));
        endpoints.MapAddinApi();
        return endpoints;
    }
}
