using Collaboration.Web.Kinds;

namespace Collaboration.Web.Api;

/// <summary>
/// What carrying over into a forum would put into its questions, computed by the domain's planner from the published
/// results of the source questions, without storing anything: the moderator looks before the forum starts.
/// </summary>
internal static class CarryOverPreview
{
    public static async Task<IResult> PreviewAsync(HttpContext context, string number, [FromServices] IRequestGate gate, [FromServices] ResultsService results,
        CancellationToken cancellationToken)
    {
        if (!RouteValues.TryForum(number, context.Request, out var forumNumber, out var bad))
        {
            return bad!;
        }

        var (request, refusal) = await GatedRequest.PassAsync(gate, context, ActionKind.Console, ClaimedIds.None, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        var (series, text) = (request.Series, request.Text);
        if (series.FindForum(forumNumber) is not { } forum)
        {
            return ApiError.For(new Rejection(RejectionCode.ForumNotFound, forumNumber), text);
        }

        var items = new List<PreviewItem>();
        foreach (var item in forum.Items.Where(i => i.CarryOver is not null))
        {
            var rule = item.CarryOver!;
            var source = series.FindForum(rule.FromForum)?.FindItem(rule.FromItemKey);
            IReadOnlyList<PreviewChoice> choices = [];
            if (source is not null)
            {
                var sourceResults = await results.ComputeResultsAsync(series, source, cancellationToken);
                var planned = CarryOverPlanner.Plan(sourceResults, rule.Top, CarryOverPlanner.OwnChoices(item.Spec.CarryTarget, source.Spec));
                choices = [.. planned.Select(c => new PreviewChoice(text.Of(c.Label), WebKinds.For(source.Spec).CarryScore(sourceResults, c)))];
            }

            items.Add(new PreviewItem(item.Id, item.Key, text.Of(item.Prompt), new PreviewSource(rule.FromForum, rule.FromItemKey), choices));
        }

        return Results.Json(new PreviewView(items), ApiJson.Options);
    }

    private sealed record PreviewView(IReadOnlyList<PreviewItem> Items);

    private sealed record PreviewItem(Guid ItemId, string Key, string Title, PreviewSource From, IReadOnlyList<PreviewChoice> Choices);

    private sealed record PreviewSource(int Forum, string ItemKey);

    private sealed record PreviewChoice(string Label, double? Score);
}
