using Microsoft.Net.Http.Headers;

namespace Collaboration.Web.Pages;

/// <summary>
/// The pages under /tab: configuration, moderator console, live results (meeting stage) and answer page; and under
/// /addin the Office add-in's task pane, its sign-in dialog and Office.js (files embedded as tab/addin/…).
/// </summary>
internal static class PageExtensions
{
    private const string AddinFolder = "addin/";

    public static IHostApplicationBuilder AddWebPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(_ => PageFiles.FromAssembly(typeof(PageExtensions).Assembly));
        return builder;
    }

    public static IEndpointRouteBuilder MapWebPages(this IEndpointRouteBuilder endpoints)
    {
        var development = endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment();
        var policy = ContentSecurityPolicy.For(development);
        // The add-in's files are embedded beside the tabs' but served only under /addin, with the add-in's policy.
        endpoints.MapMethods("/tab/{**path}", [HttpMethods.Get, HttpMethods.Head], (string? path, HttpContext context, PageFiles files) =>
                Serve((path ?? string.Empty).StartsWith(AddinFolder, StringComparison.Ordinal) ? null : files.Find(path ?? string.Empty), context, policy))
            .ExcludeFromDescription();
        var addinPolicy = ContentSecurityPolicy.ForAddin(development);
        endpoints.MapMethods("/addin/{**path}", [HttpMethods.Get, HttpMethods.Head], (string? path, HttpContext context, PageFiles files) =>
                Serve(files.Find(AddinFolder + (path ?? string.Empty)), context, addinPolicy))
            .ExcludeFromDescription();
        return endpoints;
    }

    private static IResult Serve(PageFile? file, HttpContext context, string policy)
    {
        if (file is null)
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.CacheControl = file.CacheControl;
        headers.ETag = file.ETag;
        headers.XContentTypeOptions = "nosniff";
        headers[HeaderNames.ContentSecurityPolicy] = policy;
        headers["Referrer-Policy"] = "no-referrer";
        if (context.Request.Headers.IfNoneMatch.Contains(file.ETag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(file.Content, file.ContentType);
    }
}
