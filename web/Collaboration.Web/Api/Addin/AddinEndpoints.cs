namespace Collaboration.Web.Api.Addin;

/// <summary>
/// The Office add-in's API under /api/addin: its sign-in settings, the series the user may take results from, and a
/// preview of them. Documents are in <see cref="AddinDocuments"/>, the check of placed results in <see cref="AddinCheck"/>.
/// Every number comes from the same use cases and disclosure rule as the cards, the console and the deck.
/// </summary>
internal static class AddinEndpoints
{
    public const string Base = "/api/addin";

    public static IEndpointRouteBuilder MapAddinApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Base).AddEndpointFilter<ApiFailures>();
        api.MapGet("/config", Config);
        api.MapGet("/series", SeriesAsync);
        api.MapPost("/preview", PreviewAsync);
        AddinDocuments.Map(api);
        api.MapPost("/check", AddinCheck.CheckAsync);
        AddinIcons.Map(api);
        api.MapFallback((HttpContext context) => ApiError.Web(StatusCodes.Status404NotFound, "NotFound", RequestLanguage.TextOf(context.Request)));
        return endpoints;
    }

    /// <summary>
    /// What the pane's sign-in dialog needs before anyone is signed in: the Entra app (the Teams app's, so one consent
    /// serves both) and its tenant, or "organizations" where several tenants may sign in. Nothing secret.
    /// </summary>
    private static IResult Config([FromServices] LocalSignIn local, [FromServices] IOptions<WebOptions> web)
    {
        var settings = web.Value;
        var tenants = settings.TenantAllowList();
        var tenant = tenants.Count switch
        {
            0 => null,
            1 => tenants.First(),
            _ => "organizations",
        };
        return Results.Json(new AddinConfig(local.Allowed, string.IsNullOrWhiteSpace(settings.AppId) ? null : settings.AppId, tenant), ApiJson.Options);
    }

    private static async Task<IResult> SeriesAsync(HttpContext context, [FromServices] AddinGate gate, [FromServices] ModeratedSeries moderated,
        [FromServices] ConsoleViews views, CancellationToken cancellationToken)
    {
        var (request, refusal) = await gate.PassAsync(context, ActionKind.AddinSeries, ClaimedIds.None, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        var list = new List<AddinSeries>();
        foreach (var series in await moderated.ListAsync(request.User, cancellationToken))
        {
            // The console's own view of each series, so forums and questions read the same in both places.
            if (await views.BuildAsync(series.Id, inMeeting: false, request.Text, cancellationToken) is { } view)
            {
                list.Add(new AddinSeries(view.Series.Id, view.Series.Title, view.Forums));
            }
        }

        return Results.Json(new AddinSeriesList(list), ApiJson.Options);
    }

    private static async Task<IResult> PreviewAsync(HttpContext context, [FromServices] AddinGate gate, [FromServices] LiveItemSource items,
        CancellationToken cancellationToken)
    {
        var (request, selection, refusal) = await AddinDocuments.PassAsync(context, gate, cancellationToken);
        if (request is null || selection is null)
        {
            return refusal!;
        }

        var chosen = selection.ItemsOf(request.Grant.RequiredSeries);
        if (!chosen.Succeeded)
        {
            return ApiError.For(chosen.Rejection, request.Text);
        }

        var live = new List<LiveItem>();
        foreach (var item in chosen.Value)
        {
            // The live view's own rendering: results computed now, after the disclosure rule.
            if (await items.FindAsync(item.Id, request.Text.Language, cancellationToken) is { } found)
            {
                live.Add(found);
            }
        }

        return Results.Json(new AddinPreview(live), ApiJson.Options);
    }

    private sealed record AddinConfig(bool Local, string? ClientId, string? Tenant);

    private sealed record AddinSeriesList(IReadOnlyList<AddinSeries> Series);

    private sealed record AddinSeries(Guid Id, string Title, IReadOnlyList<ConsoleForum> Forums);

    private sealed record AddinPreview(IReadOnlyList<LiveItem> Items);
}
