using Collaboration.Web.Teams;

namespace Collaboration.Web.Api;

/// <summary>
/// The moderator console: the series' state, and steering that does exactly what the bot's commands do (through
/// <see cref="IChatSteering"/>, which posts the cards into the chat). Each answers with the console's fresh view.
/// </summary>
internal static class ConsoleEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/console", ConsoleAsync);
        api.MapPost("/forums/{number}/start", (HttpContext c, string number, [FromServices] IRequestGate g, [FromServices] IChatSteering s, [FromServices] ConsoleViews v, CancellationToken t) =>
            ForumAsync(c, number, ActionKind.StartForum, (m, grant, n) => s.StartForumAsync(m, grant, n, t), g, v, t));
        api.MapPost("/forums/{number}/close", (HttpContext c, string number, [FromServices] IRequestGate g, [FromServices] IChatSteering s, [FromServices] ConsoleViews v, CancellationToken t) =>
            ForumAsync(c, number, ActionKind.CloseForum, (m, grant, n) => s.CloseForumAsync(m, grant, n, t), g, v, t));
        api.MapPost("/forums/{number}/carry-over", (HttpContext c, string number, [FromServices] IRequestGate g, [FromServices] IChatSteering s, [FromServices] ConsoleViews v, CancellationToken t) =>
            ForumAsync(c, number, ActionKind.CarryOver, (m, grant, n) => s.CarryOverAsync(m, grant, n, t), g, v, t));
        api.MapGet("/forums/{number}/carry-over", CarryOverPreview.PreviewAsync);
        api.MapPost("/items/{id}/open", (HttpContext c, string id, [FromServices] IRequestGate g, [FromServices] IChatSteering s, [FromServices] ConsoleViews v, CancellationToken t) =>
            ItemAsync(c, id, open: true, g, s, v, t));
        api.MapPost("/items/{id}/close", (HttpContext c, string id, [FromServices] IRequestGate g, [FromServices] IChatSteering s, [FromServices] ConsoleViews v, CancellationToken t) =>
            ItemAsync(c, id, open: false, g, s, v, t));
        api.MapPost("/items/{id}/push", MeetingPush.PushAsync);
    }

    private static async Task<IResult> ConsoleAsync(HttpContext context, [FromServices] IRequestGate gate, [FromServices] ConsoleViews views, CancellationToken cancellationToken)
    {
        var (request, refusal) = await GatedRequest.PassAsync(gate, context, ActionKind.Console, ClaimedIds.None, cancellationToken);
        return request is null ? refusal! : await ViewAsync(request, views, cancellationToken);
    }

    private static async Task<IResult> ForumAsync(HttpContext context, string number, ActionKind kind, Func<ConversationMember, Grant, int, Task<SteeringResult>> steer,
        IRequestGate gate, ConsoleViews views, CancellationToken cancellationToken)
    {
        if (!RouteValues.TryForum(number, context.Request, out var forum, out var bad))
        {
            return bad!;
        }

        var (request, refusal) = await GatedRequest.PassAsync(gate, context, kind, ClaimedIds.None, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        var steered = await steer(request.Member, request.Grant, forum);
        return steered.Refusal is { } refused ? ApiError.For(refused, request.Text) : await ViewAsync(request, views, cancellationToken);
    }

    private static async Task<IResult> ItemAsync(HttpContext context, string id, bool open, IRequestGate gate, IChatSteering steering, ConsoleViews views, CancellationToken cancellationToken)
    {
        if (!RouteValues.TryId(id, context.Request, out var itemId, out var bad))
        {
            return bad!;
        }

        var kind = open ? ActionKind.OpenItem : ActionKind.CloseItem;
        var (request, refusal) = await GatedRequest.PassAsync(gate, context, kind, new ClaimedIds(ItemIds: [itemId]), cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        var steered = await steering.SetItemStatusAsync(request.Member, request.Grant, itemId, open, cancellationToken);
        return steered.Refusal is { } refused ? ApiError.For(refused, request.Text) : await ViewAsync(request, views, cancellationToken);
    }

    private static async Task<IResult> ViewAsync(GatedRequest request, ConsoleViews views, CancellationToken cancellationToken) =>
        await views.BuildAsync(request.Series.Id, request.Member.MeetingId is not null, request.Text, cancellationToken) is { } view
            ? Results.Json(view, ApiJson.Options)
            : ApiError.For(new Forums.Validation.Rejection(Forums.Validation.RejectionCode.SeriesNotFound), request.Text);
}
