using System.Text.Json;
using Collaboration.GraphSync.Archive;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Collaboration.GraphSync.Graph;

/// <summary>
/// Decides the writes that bring a forum's items in the needs list to the archived needs: a need without an item is
/// created, an item whose fields differ is patched (an unchanged one is left alone, so re-archiving an unchanged forum
/// writes nothing), and further items of the same need (left by an earlier, interrupted writer) are deleted, keeping
/// the oldest, so every need ends up exactly once. Items of needs that no longer exist are left to the people who work
/// on the list.
/// </summary>
internal static class NeedsListPlan
{
    /// <summary>SharePoint's single line of text holds 255 characters; the full text goes to the NeedText note field.</summary>
    private const int TitleLength = 255;

    public static IReadOnlyList<ListChange> Plan(IEnumerable<NeedRow> needs, IEnumerable<ExistingItem> existing, string forumKey)
    {
        var byNeed = existing
            .Where(i => i.Fields.GetValueOrDefault(NeedsListColumns.NeedId) is not null)
            .GroupBy(i => Normalise(i.Fields[NeedsListColumns.NeedId])!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(i => i.Id.Length).ThenBy(i => i.Id, StringComparer.Ordinal).ToList(), StringComparer.OrdinalIgnoreCase);
        var changes = new List<ListChange>();
        foreach (var need in needs)
        {
            var fields = Fields(need, forumKey);
            if (!byNeed.TryGetValue(need.NeedId.ToString(), out var items))
            {
                changes.Add(ListChange.Create(fields));
                continue;
            }

            if (!Same(items[0].Fields, fields))
            {
                changes.Add(ListChange.Update(items[0].Id, fields));
            }

            changes.AddRange(items.Skip(1).Select(i => ListChange.Delete(i.Id)));
        }

        return changes;
    }

    public static string ForumKeyOf(Guid seriesId, int forumNumber) => string.Create(CultureInfo.InvariantCulture, $"{seriesId}/{forumNumber}");

    internal static Dictionary<string, object> Fields(NeedRow need, string forumKey)
    {
        var fields = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["Title"] = need.Text.Length > TitleLength ? need.Text[..TitleLength] : need.Text,
            [NeedsListColumns.NeedId] = need.NeedId.ToString(),
            [NeedsListColumns.ForumKey] = forumKey,
            ["NeedText"] = need.Text,
            ["SeriesId"] = need.SeriesId.ToString(),
            ["ForumNumber"] = need.ForumNumber,
            ["ItemKey"] = need.ItemKey,
            ["Kind"] = need.Kind.ToString(),
            ["Topic"] = need.TopicKey,
            ["Rank"] = need.Rank,
            ["Supporters"] = need.Supporters,
            ["CreatedAt"] = Timestamp(need.CreatedAt.UtcDateTime),
        };
        if (need.Author is { } author)
        {
            fields[NeedsListColumns.NeedAuthor] = author;
        }

        return fields;
    }

    /// <summary>The names of the fields the writer owns, for the $select of the paged query.</summary>
    internal static IReadOnlyList<string> OwnedFields { get; } =
        ["Title", NeedsListColumns.NeedId, NeedsListColumns.ForumKey, "NeedText", "SeriesId", "ForumNumber", "ItemKey", "Kind", "Topic", "Rank", "Supporters",
            "CreatedAt", NeedsListColumns.NeedAuthor];

    private static bool Same(IReadOnlyDictionary<string, object?> existing, Dictionary<string, object> wanted) =>
        wanted.All(w => string.Equals(Normalise(existing.GetValueOrDefault(w.Key)), Normalise(w.Value), StringComparison.Ordinal));

    /// <summary>
    /// One text form for a field value however it arrived: Kiota hands back untyped nodes or parses a date string into a
    /// DateTime, SharePoint may send 3 as 3.0, and our own values are CLR numbers and strings.
    /// </summary>
    internal static string? Normalise(object? value) => value switch
    {
        null => null,
        string s => s,
        UntypedString s => s.GetValue(),
        UntypedInteger n => Number(n.GetValue()),
        UntypedLong n => Number(n.GetValue()),
        UntypedDouble n => Number((decimal)n.GetValue()),
        UntypedFloat n => Number((decimal)n.GetValue()),
        UntypedDecimal n => Number(n.GetValue()),
        UntypedBoolean b => b.GetValue() ? "true" : "false",
        UntypedNull => null,
        DateTime d => Timestamp(d.Kind == DateTimeKind.Local ? d.ToUniversalTime() : DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        DateTimeOffset d => Timestamp(d.UtcDateTime),
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        JsonElement { ValueKind: JsonValueKind.Number } e => Number(e.GetDecimal()),
        int n => Number(n),
        long n => Number(n),
        double n => Number((decimal)n),
        decimal n => Number(n),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static string Timestamp(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
