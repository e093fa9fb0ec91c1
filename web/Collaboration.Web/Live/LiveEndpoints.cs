namespace Collaboration.Web.Live;

/// <summary>GET /api/forum/results (a snapshot) and GET /api/forum/live (the stream), both behind the one gate.</summary>
internal static class LiveEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/forum/results", SnapshotAsync);
        endpoints.MapGet("/api/forum/live", StreamAsync);
    }

    private static async Task SnapshotAsync(HttpContext context, IRequestGate gate, ILiveItemSource source)
    {
        var cancellationToken = context.RequestAborted;
        var language = RequestLanguage.Of(context.Request);
        if (await PassAsync(context, gate, language, cancellationToken) is not var (_, series, requested))
        {
            return;
        }

        var target = LiveTarget.Of(series, requested);
        var items = new List<ReadOnlyMemory<byte>>(target.ItemIds.Count);
        foreach (var itemId in target.ItemIds)
        {
            if (await source.RenderAsync(itemId, language, cancellationToken) is { } item)
            {
                items.Add(item);
            }
        }

        await LiveSnapshot.WriteAsync(context.Response, target.Forum, items, language, cancellationToken);
    }

    private static async Task StreamAsync(HttpContext context, IRequestGate gate, LiveConnections connections, IOptions<LiveOptions> options)
    {
        var cancellationToken = context.RequestAborted;
        var language = RequestLanguage.Of(context.Request);
        if (await PassAsync(context, gate, language, cancellationToken) is not var (member, series, requested))
        {
            return;
        }

        using var lease = connections.TryOpen(member.User.Id);
        if (lease is null)
        {
            // A page closes a stream when it is hidden or left; half a minute lets a reload find its old stream gone.
            var text = WebText.For(language);
            var error = new ApiError("TooManyStreams", text.Format("Web.TooManyStreams", options.Value.LiveConnectionsPerUser));
            await new ApiErrorResult(StatusCodes.Status429TooManyRequests, error, TimeSpan.FromSeconds(30)).ExecuteAsync(context);
            return;
        }

        var viewing = ActivatorUtilities.CreateInstance<LiveViewing>(context.RequestServices, series.Id, LiveTarget.Of(series, requested), language);
        await viewing.RunAsync(context, cancellationToken);
    }

    /// <returns>The member, the series the gate granted and what the query asks for; null after answering a refusal.</returns>
    private static async Task<(Teams.ConversationMember Member, ForumSeries Series, Guid Requested)?> PassAsync(
        HttpContext context, IRequestGate gate, Language language, CancellationToken cancellationToken)
    {
        if (LiveTarget.Requested(context.Request) is not { } requested)
        {
            await ApiError.Web(StatusCodes.Status400BadRequest, "NoLiveTarget", WebText.For(language)).ExecuteAsync(context);
            return null;
        }

        var claims = requested == Guid.Empty ? ClaimedIds.None : new ClaimedIds(ItemIds: [requested]);
        var grant = await gate.PassAsync(context, ActionKind.LiveResults, claims, cancellationToken);
        if (!grant.Passed)
        {
            await grant.Refusal!.ExecuteAsync(context);
            return null;
        }

        return (grant.Member!, grant.Grant!.RequiredSeries, requested);
    }
}
