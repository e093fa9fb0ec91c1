namespace Collaboration.Web.Api;

/// <summary>
/// The console's merging of duplicate needs, through the domain's <c>NeedsMerging</c> (moderators only, one item's
/// needs, disclosure applied).
/// </summary>
internal static class NeedsMergeEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/items/{id}/needs", ListAsync);
        api.MapPost("/items/{id}/needs/merge", MergeAsync);
        api.MapPost("/needs/{id}/unmerge", UnmergeAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext context, string id, [FromServices] IRequestGate gate, [FromServices] NeedsMerging merging, CancellationToken cancellationToken)
    {
        if (!RouteValues.TryId(id, context.Request, out var itemId, out var bad))
        {
            return bad!;
        }

        var (request, refusal) = await GatedRequest.PassAsync(gate, context, ActionKind.Console, new ClaimedIds(ItemIds: [itemId]), cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        var listed = await merging.ListNeedsAsync(request.Grant, itemId, cancellationToken);
        return listed.Succeeded ? NeedsList(listed.Value, request) : ApiError.For(listed.Rejection, request.Text);
    }

    private static async Task<IResult> MergeAsync(HttpContext context, string id, [FromServices] IRequestGate gate, [FromServices] NeedsMerging merging,
        [FromServices] ItemChanges changes, CancellationToken cancellationToken)
    {
        if (!RouteValues.TryId(id, context.Request, out var itemId, out var bad))
        {
            return bad!;
        }

        var (body, unreadable) = await ApiBody.ReadAsync(context, cancellationToken);
        var keep = body is null ? null : Id(body["keep"]);
        var merge = body?["merge"] is JsonArray array ? array.Select(Id).ToList() : null;
        // Every id the request names is claimed, so the gate refuses another chat's needs before anything is merged.
        var (request, refusal) = await GatedRequest.PassAsync(gate, context, ActionKind.MergeNeeds, new ClaimedIds(ItemIds: [itemId], NeedId: keep), cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        if (body is null)
        {
            return unreadable!;
        }

        if (keep is null || merge is null || merge.Any(m => m is null))
        {
            return ApiError.Web(StatusCodes.Status400BadRequest, "MissingField", request.Text, keep is null ? "keep" : "merge");
        }

        var merged = await merging.MergeNeedsAsync(request.Grant, keep.Value, [.. merge.Select(m => m!.Value)], ApiBody.String(body, "text"), cancellationToken);
        if (!merged.Succeeded)
        {
            return ApiError.For(merged.Rejection, request.Text);
        }

        changes.Changed(merged.Value.ItemsToRefresh);
        return NeedsList(merged.Value, request);
    }

    private static async Task<IResult> UnmergeAsync(HttpContext context, string id, [FromServices] IRequestGate gate, [FromServices] NeedsMerging merging,
        [FromServices] ItemChanges changes, CancellationToken cancellationToken)
    {
        if (!RouteValues.TryId(id, context.Request, out var needId, out var bad))
        {
            return bad!;
        }

        var (request, refusal) = await GatedRequest.PassAsync(gate, context, ActionKind.MergeNeeds, new ClaimedIds(NeedId: needId), cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        var unmerged = await merging.UnmergeNeedAsync(request.Grant, needId, cancellationToken);
        if (!unmerged.Succeeded)
        {
            return ApiError.For(unmerged.Rejection, request.Text);
        }

        changes.Changed(unmerged.Value.ItemsToRefresh);
        return NeedsList(unmerged.Value, request);
    }

    private static IResult NeedsList(NeedsMergeReceipt receipt, GatedRequest request)
    {
        var text = request.Text;
        string Topic(string key) => receipt.Series.Topics.FirstOrDefault(t => t.Key == key) is { } topic ? text.Of(topic.Name) : key;
        var needs = receipt.Results.Ranking.Select(n => new ListedNeed(n.NeedId, n.Kind.ToString(), text["NeedKind." + n.Kind], Topic(n.TopicKey), n.Text, n.Supporters, null,
            [.. n.Sources.Select(s => new ListedSource(s.NeedId, s.Kind.ToString(), s.Text))]));
        return Results.Json(new NeedsListView([.. needs]), ApiJson.Options);
    }

    private static Guid? Id(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && Guid.TryParse(text, out var id) && id != Guid.Empty ? id : null;

    private sealed record NeedsListView(IReadOnlyList<ListedNeed> Needs);

    private sealed record ListedNeed(Guid Id, string Kind, string KindLabel, string Topic, string Text, int Supporters, Guid? MergedInto, IReadOnlyList<ListedSource> Sources);

    private sealed record ListedSource(Guid Id, string Kind, string Text);
}
