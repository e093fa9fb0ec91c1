using Collaboration.Reports.Building;
using Collaboration.Reports.Fragments;

namespace Collaboration.Web.Api.Addin;

/// <summary>
/// The slides and the Word section the add-in inserts: built by the reports' <see cref="FragmentBuilder"/> from the
/// same <see cref="SeriesReportBuilder"/> report as the executive deck, in the request's language, with the source of
/// each item so the pane can tag and later check what it placed.
/// </summary>
internal static class AddinDocuments
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/slides", (HttpContext c, [FromServices] AddinGate g, [FromServices] SeriesReportBuilder r, CancellationToken t) =>
            BuildAsync(c, g, r, FragmentBuilder.BuildSlides, t));
        api.MapPost("/section", (HttpContext c, [FromServices] AddinGate g, [FromServices] SeriesReportBuilder r, CancellationToken t) =>
            BuildAsync(c, g, r, FragmentBuilder.BuildSection, t));
    }

    /// <summary>Reads the selection and passes the gate with the series and every question it names.</summary>
    public static async Task<(AddinRequest? Request, AddinSelection? Selection, IResult? Refusal)> PassAsync(HttpContext context, AddinGate gate,
        CancellationToken cancellationToken)
    {
        var (body, unreadable) = await ApiBody.ReadAsync(context, cancellationToken);
        if (body is null)
        {
            return (null, null, unreadable);
        }

        var (selection, bad) = AddinSelection.Read(body, RequestLanguage.TextOf(context.Request));
        if (selection is null)
        {
            return (null, null, bad);
        }

        var (request, refusal) = await gate.PassAsync(context, ActionKind.AddinResults, selection.Claims, cancellationToken);
        return (request, selection, refusal);
    }

    private static async Task<IResult> BuildAsync(HttpContext context, AddinGate gate, SeriesReportBuilder reports,
        Func<Reports.Model.SeriesReport, FragmentSelection, Language, Reports.Theming.ReportTheme?, FragmentResult> build, CancellationToken cancellationToken)
    {
        var (request, selection, refusal) = await PassAsync(context, gate, cancellationToken);
        if (request is null || selection is null)
        {
            return refusal!;
        }

        // The forum is checked against the domain's series, so its refusal reads like the console's.
        var chosen = selection.ItemsOf(request.Grant.RequiredSeries);
        if (!chosen.Succeeded)
        {
            return ApiError.For(chosen.Rejection, request.Text);
        }

        var report = await reports.BuildAsync(selection.SeriesId, cancellationToken);
        if (report is null)
        {
            // Removed between the gate and now: answered like any series the user cannot see.
            return ApiError.For(new Forums.Validation.Rejection(Forums.Validation.RejectionCode.SeriesNotVisible), request.Text);
        }

        var built = build(report, selection.ToFragments(), request.Text.Language, null);
        if (built.Document is not { } document)
        {
            // A forum without questions: the reports' own sentence, in the request's language.
            return new ApiErrorResult(StatusCodes.Status404NotFound, new ApiError("NothingToInsert", built.Problem ?? string.Empty), null);
        }

        return Results.Json(new AddinDocument(Convert.ToBase64String(document), [.. built.Sources.Select(AddinSource.Of)]), ApiJson.Options);
    }

    private sealed record AddinDocument(string Document, IReadOnlyList<AddinSource> Sources);
}

/// <summary>A placed item's source as the pane sends and receives it; the time exactly as the slide tag carries it.</summary>
internal sealed record AddinSource(Guid SeriesId, Guid ItemId, string AsOf, string Hash)
{
    public static AddinSource Of(FragmentSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var asOf = source.SlideTags().First(t => t.Key == FragmentSource.AsOfTag).Value;
        return new AddinSource(source.SeriesId, source.ItemId, asOf, source.Hash);
    }
}
