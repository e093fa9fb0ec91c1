using Collaboration.Forums.Ports;
using Collaboration.Forums.Privacy;
using Collaboration.Telemetry;

namespace Collaboration.Web.Api;

/// <summary>
/// The answer page: a question with the user's own answer, joining the series, answering, filing and supporting needs.
/// The same use cases as the cards (one answer per person and item, the store's upsert), and every change told to
/// <see cref="ItemChanges"/> so posted cards and live views follow.
/// </summary>
internal static class ParticipantEndpoints
{
    private const int MaxClientKeyLength = 64;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/items/{id}", ShowAsync);
        api.MapPost("/onboard", OnboardAsync);
        api.MapPost("/items/{id}/answer", AnswerAsync);
        api.MapPost("/items/{id}/needs", SubmitNeedAsync);
        api.MapPost("/needs/{id}/support", SupportAsync);
    }

    private static async Task<IResult> ShowAsync(HttpContext context, string id, [FromServices] IRequestGate gate, [FromServices] ResultsService results, CancellationToken cancellationToken)
    {
        if (!RouteValues.TryId(id, context.Request, out var itemId, out var bad))
        {
            return bad!;
        }

        var (request, refusal) = await GatedRequest.PassAsync(gate, context, ActionKind.ShowItem, new ClaimedIds(ItemIds: [itemId]), cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        var view = await results.ViewItemAsync(itemId, request.User, cancellationToken);
        if (!view.Succeeded)
        {
            return ApiError.For(view.Rejection, request.Text);
        }

        var (series, item, text) = (view.Value.Series, view.Value.Item, request.Text);
        return Results.Json(new AnswerView(
            ItemForms.Create(series, item, view.Value.Results.Respondents, text),
            AnswerBody.Write(view.Value.MyAnswer, item.Spec),
            view.Value.Participant is not null,
            [.. series.Groups.Select(g => new KeyLabel(g.Key, text.Of(g.Name)))],
            series.Minimisation.Organisation != FieldUse.Off), ApiJson.Options);
    }

    private static async Task<IResult> OnboardAsync(HttpContext context, [FromServices] IRequestGate gate, [FromServices] ParticipationService participation, CancellationToken cancellationToken)
    {
        var (request, refusal) = await GatedRequest.PassAsync(gate, context, ActionKind.Onboard, ClaimedIds.None, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        var (body, unreadable) = await ApiBody.ReadAsync(context, cancellationToken);
        if (body is null)
        {
            return unreadable!;
        }

        if (ApiBody.String(body, "group") is not { } group)
        {
            return ApiError.Web(StatusCodes.Status400BadRequest, "MissingField", request.Text, "group");
        }

        var joined = await participation.OnboardAsync(request.Series.Id, request.User, group, ApiBody.String(body, "organisation") ?? string.Empty,
            ApiBody.String(body, "municipality"), cancellationToken);
        return joined.Succeeded ? Results.Json(new { ok = true }, ApiJson.Options) : ApiError.For(joined.Rejection, request.Text);
    }

    private static async Task<IResult> AnswerAsync(HttpContext context, string id, [FromServices] IRequestGate gate, [FromServices] ParticipationService participation,
        [FromServices] ItemChanges changes, [FromServices] CollaborationMetrics metrics, CancellationToken cancellationToken)
    {
        var (request, itemId, body, refusal) = await PassWithBodyAsync(context, id, ActionKind.Answer, gate, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        var stored = await participation.SubmitAnswerAsync(itemId, request.User, spec => AnswerBody.Read(spec, body!), cancellationToken);
        if (!stored.Succeeded)
        {
            return ApiError.For(stored.Rejection, request.Text);
        }

        // Counted like the card's vote, so the dashboards see votes from the answer page too.
        metrics.AnswerStored(stored.Value.View.Item.Spec.KindName);
        changes.Changed([itemId]);
        var live = LiveItemMapping.Map(stored.Value.View.Item, stored.Value.Results, request.Text);
        return Results.Json(new AnswerSaved(true, stored.Value.Write != ResponseWrite.Unchanged, live), ApiJson.Options);
    }

    private static async Task<IResult> SubmitNeedAsync(HttpContext context, string id, [FromServices] IRequestGate gate, [FromServices] ParticipationService participation,
        [FromServices] ItemChanges changes, [FromServices] CollaborationMetrics metrics, CancellationToken cancellationToken)
    {
        var (request, itemId, body, refusal) = await PassWithBodyAsync(context, id, ActionKind.SubmitNeed, gate, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        var kindText = ApiBody.String(body!, "kind");
        // Names only: Enum.TryParse would also take "2" or "Need, Wish".
        if (!Enum.GetNames<NeedKind>().Contains(kindText, StringComparer.Ordinal))
        {
            return ApiError.For(new Rejection(RejectionCode.UnknownNeedKind, kindText ?? string.Empty), request.Text);
        }

        // The client key makes a repeated delivery count once, as the card's does.
        if (ApiBody.String(body!, "clientKey") is not { Length: > 0 and <= MaxClientKeyLength } clientKey || string.IsNullOrWhiteSpace(clientKey))
        {
            return ApiError.Web(StatusCodes.Status400BadRequest, "MissingField", request.Text, "clientKey");
        }

        var submitted = await participation.SubmitNeedAsync(itemId, request.User, Enum.Parse<NeedKind>(kindText!), ApiBody.String(body!, "topic") ?? string.Empty,
            ApiBody.String(body!, "text") ?? string.Empty, clientKey, cancellationToken);
        if (!submitted.Succeeded)
        {
            return ApiError.For(submitted.Rejection, request.Text);
        }

        metrics.AnswerStored(submitted.Value.Item.Spec.KindName);
        changes.Changed([itemId]);
        return Results.Json(new { saved = true }, ApiJson.Options);
    }

    private static async Task<IResult> SupportAsync(HttpContext context, string id, [FromServices] IRequestGate gate, [FromServices] ParticipationService participation,
        [FromServices] ItemChanges changes, [FromServices] CollaborationMetrics metrics, CancellationToken cancellationToken)
    {
        if (!RouteValues.TryId(id, context.Request, out var needId, out var bad))
        {
            return bad!;
        }

        var (request, refusal) = await GatedRequest.PassAsync(gate, context, ActionKind.SupportNeed, new ClaimedIds(NeedId: needId), cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        var supported = await participation.SupportNeedAsync(needId, request.User, cancellationToken);
        if (!supported.Succeeded)
        {
            return ApiError.For(supported.Rejection, request.Text);
        }

        if (supported.Value.Added)
        {
            metrics.NeedSupported();
        }

        changes.Changed([supported.Value.Item.Id]);
        return Results.Json(new { saved = true }, ApiJson.Options);
    }

    private static async Task<(GatedRequest? Request, Guid ItemId, JsonObject? Body, IResult? Refusal)> PassWithBodyAsync(
        HttpContext context, string id, ActionKind kind, IRequestGate gate, CancellationToken cancellationToken)
    {
        if (!RouteValues.TryId(id, context.Request, out var itemId, out var bad))
        {
            return (null, itemId, null, bad);
        }

        var (request, refusal) = await GatedRequest.PassAsync(gate, context, kind, new ClaimedIds(ItemIds: [itemId]), cancellationToken);
        if (request is null)
        {
            return (null, itemId, null, refusal);
        }

        var (body, unreadable) = await ApiBody.ReadAsync(context, cancellationToken);
        return body is null ? (null, itemId, null, unreadable) : (request, itemId, body, null);
    }

    private sealed record AnswerView(ItemForm Item, JsonObject? Mine, bool Onboarded, IReadOnlyList<KeyLabel> Groups, bool OrganisationAsked);

    private sealed record AnswerSaved(bool Saved, bool Changed, LiveItem Item);
}
