namespace Collaboration.Reports.Fragments;

/// <summary>
/// Where an inserted slide or section came from: the series, the item (the domain's item id), when its numbers were
/// taken and a hash of those numbers, so an add-in can tell an outdated insertion without rebuilding it.
/// </summary>
public sealed record FragmentSource(Guid SeriesId, Guid ItemId, DateTimeOffset AsOf, string Hash)
{
    /// <summary>Slide tag names; PowerPoint stores tag names in upper case, so they are written that way.</summary>
    public const string SeriesTag = "COLLABORATION_SERIES";
    public const string ItemTag = "COLLABORATION_ITEM";
    public const string AsOfTag = "COLLABORATION_ASOF";
    public const string HashTag = "COLLABORATION_HASH";

    /// <summary>The first field of a content control's tag: names the format, so a later format can be told apart.</summary>
    public const string ContentControlPrefix = "c1";

    private const string CompactTime = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>The slide's tags: ids as plain GUIDs and the time as UTC ISO 8601, readable in any tag viewer.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> SlideTags() =>
    [
        new(SeriesTag, SeriesId.ToString("D")),
        new(ItemTag, ItemId.ToString("D")),
        new(AsOfTag, AsOf.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        new(HashTag, Hash),
    ];

    /// <summary>
    /// The same data in one compact string for a Word content control's <c>w:tag</c>:
    /// <c>c1.{series}.{item}.{yyyyMMddTHHmmssZ}.{hash}</c> with the GUIDs in base64url (22 characters each).
    /// </summary>
    public string ContentControlTag() =>
        string.Join('.', ContentControlPrefix, Compact(SeriesId), Compact(ItemId), AsOf.UtcDateTime.ToString(CompactTime, CultureInfo.InvariantCulture), Hash);

    /// <summary>Reads a slide's tags (names in any case); null when they are not a complete source of ours.</summary>
    public static FragmentSource? FromSlideTags(IEnumerable<KeyValuePair<string, string>> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in tags)
        {
            byName[name] = value;
        }

        return byName.TryGetValue(SeriesTag, out var series) && Guid.TryParseExact(series, "D", out var seriesId)
            && byName.TryGetValue(ItemTag, out var item) && Guid.TryParseExact(item, "D", out var itemId)
            && byName.TryGetValue(AsOfTag, out var asOf)
            && DateTimeOffset.TryParseExact(asOf, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            && byName.TryGetValue(HashTag, out var hash) && ContentHash.IsWellFormed(hash)
            ? new FragmentSource(seriesId, itemId, time, hash)
            : null;
    }

    /// <summary>Reads a content control's tag; null for any tag that is not ours (the user's own controls).</summary>
    public static FragmentSource? FromContentControlTag(string? tag)
    {
        var fields = tag?.Split('.') ?? [];
        return fields.Length == 5 && fields[0] == ContentControlPrefix
            && FromCompact(fields[1]) is { } seriesId && FromCompact(fields[2]) is { } itemId
            && DateTimeOffset.TryParseExact(fields[3], CompactTime, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            && ContentHash.IsWellFormed(fields[4])
            ? new FragmentSource(seriesId, itemId, time, fields[4])
            : null;
    }

    private static string Compact(Guid id) => Convert.ToBase64String(id.ToByteArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static Guid? FromCompact(string value)
    {
        if (value.Length != 22)
        {
            return null;
        }

        var bytes = new byte[16];
        return Convert.TryFromBase64String(value.Replace('-', '+').Replace('_', '/') + "==", bytes, out var written) && written == 16 ? new Guid(bytes) : null;
    }
}
