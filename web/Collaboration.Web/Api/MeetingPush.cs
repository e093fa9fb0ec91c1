using Collaboration.Web.Teams;

namespace Collaboration.Web.Api;

/// <summary>
/// Pushes an open question into the meeting whose chat the console runs in: Teams' in-meeting notification to its
/// participants, opening the answer page. Outside a meeting's chat there is nobody to notify (409).
/// </summary>
internal static class MeetingPush
{
    public static async Task<IResult> PushAsync(HttpContext context, string id, [FromServices] IRequestGate gate, [FromServices] IMeetingPrompts prompts,
        [FromServices] IOptions<WebOptions> options, CancellationToken cancellationToken)
    {
        if (!RouteValues.TryId(id, context.Request, out var itemId, out var bad))
        {
            return bad!;
        }

        var (request, refusal) = await GatedRequest.PassAsync(gate, context, ActionKind.PushToMeeting, new ClaimedIds(ItemIds: [itemId]), cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        if (request.Member.MeetingId is null)
        {
            return ApiError.Web(StatusCodes.Status409Conflict, "NotAMeeting", request.Text);
        }

        var (forum, item) = request.Series.FindItem(itemId)!.Value;
        if (item.Status != ItemStatus.Open || forum.Status != Forums.Series.ForumStatus.Open)
        {
            return ApiError.For(new Rejection(RejectionCode.ItemNotOpen, item.Key), request.Text);
        }

        var baseUrl = options.Value.PublicBaseUrl ?? new Uri($"{context.Request.Scheme}://{context.Request.Host}/");
        var answerUrl = new Uri(baseUrl, $"/tab/answer?item={itemId:D}");
        var pushed = await prompts.PushAsync(request.Member, request.Series, item, answerUrl, cancellationToken);
        return Results.Json(new PushView(pushed.Recipients, pushed.Failed), ApiJson.Options);
    }

    private sealed record PushView(int Recipients, int Failed);
}
