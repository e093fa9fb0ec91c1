using Collaboration.Web.Live;
using Collaboration.Web.Pages;

namespace Collaboration.Web;

/// <summary>Wires the forum's web app into a host: sign-in, the pages' API, the live results stream and the pages.</summary>
public static class WebExtensions
{
    public static IHostApplicationBuilder AddForumWeb(this IHostApplicationBuilder builder)
    {
        builder.AddWebSignIn();
        builder.AddForumApi();
        builder.AddLiveResults();
        builder.AddWebPages();
        return builder;
    }

    public static WebApplication MapForumWeb(this WebApplication app)
    {
        app.UseWebSignIn();
        app.MapWebPages();
        app.MapForumApi();
        app.MapLiveResults();
        return app;
    }
}
