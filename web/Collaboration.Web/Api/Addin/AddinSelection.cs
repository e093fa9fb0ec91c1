using System.Globalization;
using Collaboration.Reports.Fragments;

namespace Collaboration.Web.Api.Addin;

/// <summary>
/// What preview, slides and section ask for: a series and either one forum, some questions by id, or neither (the
/// whole series). Read from the body here, so every malformed field gets its sentence (400) before the gate runs.
/// </summary>
internal sealed record AddinSelection(Guid SeriesId, int? Forum, IReadOnlyList<Guid> ItemIds)
{
    /// <summary>More questions than any series holds: a request beyond it is no selection a person made.</summary>
    public const int MaxItems = 200;

    /// <summary>The ids the gate checks: the series, and every question, which must belong to it.</summary>
    public ClaimedIds Claims => new(SeriesId, ItemIds);

    public FragmentSelection ToFragments() =>
        ItemIds.Count > 0 ? FragmentSelection.OfItemIds(ItemIds)
        : Forum is { } number ? FragmentSelection.OfForum(number)
        : FragmentSelection.WholeSeries;

    /// <returns>The selected questions in the series' order, or the refusal for a forum the series does not have.</returns>
    public Outcome<IReadOnlyList<ForumItem>> ItemsOf(ForumSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (Forum is { } number && series.FindForum(number) is null)
        {
            return Outcome<IReadOnlyList<ForumItem>>.Failure(RejectionCode.ForumNotFound, number);
        }

        var items = series.Forums.OrderBy(f => f.Number).SelectMany(f => f.Items.OrderBy(i => i.Position).Select(i => (Forum: f, Item: i)))
            .Where(x => ItemIds.Count > 0 ? ItemIds.Contains(x.Item.Id) : Forum is not { } n || x.Forum.Number == n)
            .Select(x => x.Item);
        return Outcome<IReadOnlyList<ForumItem>>.Success([.. items]);
    }

    /// <returns>The selection, or the refusal (400) that says which field is wrong.</returns>
    public static (AddinSelection? Selection, IResult? Refusal) Read(JsonObject body, WebText text)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!AddinFields.TryId(body, "seriesId", text, out var seriesId, out var bad))
        {
            return (null, bad);
        }

        var hasForum = body.TryGetPropertyValue("forum", out var forumNode) && forumNode is not null;
        var hasItems = body.TryGetPropertyValue("itemIds", out var itemsNode) && itemsNode is not null;
        if (hasForum && hasItems)
        {
            return (null, ApiError.Web(StatusCodes.Status400BadRequest, "OneSelection", text));
        }

        int? forum = null;
        if (hasForum)
        {
            if (ApiBody.Integer(forumNode) is not { } number || number is < 1 or > 999)
            {
                return (null, ApiError.Web(StatusCodes.Status400BadRequest, "BadForum", text));
            }

            forum = number;
        }

        List<Guid> items = [];
        if (hasItems)
        {
            if (itemsNode is not JsonArray array || array.Count == 0)
            {
                return (null, ApiError.Web(StatusCodes.Status400BadRequest, "NoItems", text));
            }

            if (array.Count > MaxItems)
            {
                return (null, ApiError.Web(StatusCodes.Status400BadRequest, "TooMany", text, MaxItems));
            }

            foreach (var node in array)
            {
                if (!AddinFields.TryId(node, text, out var id, out bad))
                {
                    return (null, bad);
                }

                items.Add(id);
            }
        }

        return (new AddinSelection(seriesId, forum, [.. items.Distinct()]), null);
    }
}

/// <summary>Ids in an add-in body: a GUID as text, never the empty one; anything else is named in the 400's sentence.</summary>
internal static class AddinFields
{
    public static bool TryId(JsonObject body, string name, WebText text, out Guid id, out IResult? refusal)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!body.TryGetPropertyValue(name, out var node) || node is null)
        {
            id = Guid.Empty;
            refusal = ApiError.Web(StatusCodes.Status400BadRequest, "MissingField", text, name);
            return false;
        }

        return TryId(node, text, out id, out refusal);
    }

    public static bool TryId(JsonNode? node, WebText text, out Guid id, out IResult? refusal)
    {
        var value = node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : node?.ToJsonString();
        refusal = null;
        if (Guid.TryParse(value, CultureInfo.InvariantCulture, out id) && id != Guid.Empty)
        {
            return true;
        }

        var shown = value is null ? string.Empty : value.Length > 40 ? value[..40] + "…" : value;
        refusal = ApiError.Web(StatusCodes.Status400BadRequest, "BadId", text, shown);
        return false;
    }
}
