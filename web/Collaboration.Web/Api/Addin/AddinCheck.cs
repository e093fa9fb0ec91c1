using System.Globalization;
using Collaboration.Reports.Building;
using Collaboration.Reports.Fragments;

namespace Collaboration.Web.Api.Addin;

/// <summary>
/// Whether the results the pane placed (read back from slide tags or content control tags) still show the current
/// numbers. Each series named passes the gate on its own; one the user may not see answers "unavailable" for all its
/// entries and nothing more, so a deck handed on from someone else tells its new owner nothing about that series.
/// </summary>
internal static class AddinCheck
{
    /// <summary>A deck of a few series' results has far fewer placed items; the gate is passed once per series named.</summary>
    public const int MaxPlaced = 200;

    public static async Task<IResult> CheckAsync(HttpContext context, [FromServices] AddinGate gate, [FromServices] SeriesReportBuilder reports,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (AddinGate.SignInRequired(context) is { } unsigned)
        {
            return unsigned;
        }

        var text = RequestLanguage.TextOf(context.Request);
        var (body, unreadable) = await ApiBody.ReadAsync(context, cancellationToken);
        if (body is null)
        {
            return unreadable!;
        }

        var (placed, bad) = Read(body, text);
        if (placed is null)
        {
            return bad!;
        }

        var states = new Dictionary<Guid, Func<FragmentSource, string>>();
        foreach (var seriesId in placed.Select(p => p.SeriesId).Distinct())
        {
            var (request, refusal) = await gate.PassAsync(context, ActionKind.AddinResults, new ClaimedIds(seriesId), cancellationToken);
            if (request is null)
            {
                if (refusal is ApiErrorResult { Error.Code: nameof(RejectionCode.SeriesNotVisible) })
                {
                    states[seriesId] = _ => "unavailable";
                    continue;
                }

                return refusal!;
            }

            var report = await reports.BuildAsync(seriesId, cancellationToken);
            states[seriesId] = report is null ? _ => "unavailable" : source => StateName(FragmentBuilder.Check(report, source));
        }

        return Results.Json(new CheckAnswer([.. placed.Select(p => new PlacedState(p.SeriesId, p.ItemId, states[p.SeriesId](p)))]), ApiJson.Options);
    }

    private static string StateName(FragmentState state) => state switch
    {
        FragmentState.Current => "current",
        FragmentState.Outdated => "outdated",
        // OtherSeries cannot come from a report of the series the source names; it would mean nothing to refresh.
        _ => "gone",
    };

    private static (IReadOnlyList<FragmentSource>? Placed, IResult? Refusal) Read(JsonObject body, WebText text)
    {
        if (!body.TryGetPropertyValue("placed", out var node) || node is not JsonArray array)
        {
            return (null, ApiError.Web(StatusCodes.Status400BadRequest, "MissingField", text, "placed"));
        }

        if (array.Count > MaxPlaced)
        {
            return (null, ApiError.Web(StatusCodes.Status400BadRequest, "TooMany", text, MaxPlaced));
        }

        var placed = new List<FragmentSource>();
        foreach (var entry in array)
        {
            if (entry is not JsonObject source)
            {
                return (null, ApiError.Web(StatusCodes.Status400BadRequest, "BadPlaced", text));
            }

            if (!AddinFields.TryId(source, "seriesId", text, out var seriesId, out var bad) || !AddinFields.TryId(source, "itemId", text, out var itemId, out bad))
            {
                return (null, bad);
            }

            if (ReadSource(seriesId, itemId, ApiBody.String(source, "asOf"), ApiBody.String(source, "hash")) is not { } read)
            {
                return (null, ApiError.Web(StatusCodes.Status400BadRequest, "BadPlaced", text));
            }

            placed.Add(read);
        }

        return (placed, null);
    }

    /// <summary>
    /// The source as the reports read a slide's tags back, so a hash that is none of ours is refused as they refuse it.
    /// The time may come in any ISO 8601 form (the Word tag's compact one, parsed by the pane); only the hash decides.
    /// </summary>
    private static FragmentSource? ReadSource(Guid seriesId, Guid itemId, string? asOf, string? hash)
    {
        if (asOf is null || hash is null
            || !DateTimeOffset.TryParse(asOf, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return null;
        }

        var tags = new FragmentSource(seriesId, itemId, time, hash).SlideTags();
        return FragmentSource.FromSlideTags(tags);
    }

    private sealed record CheckAnswer(IReadOnlyList<PlacedState> States);

    /// <param name="State">"current", "outdated", "gone" or "unavailable".</param>
    private sealed record PlacedState(Guid SeriesId, Guid ItemId, string State);
}
