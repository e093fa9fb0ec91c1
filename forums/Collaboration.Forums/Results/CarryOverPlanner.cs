using System.Globalization;
using Collaboration.Forums.Kinds;

namespace Collaboration.Forums.Results;

/// <summary>Turns an earlier item's results into the options of a later item.</summary>
public static class CarryOverPlanner
{
    /// <summary>A need's text becomes an option label; longer texts would not fit a card's choice set.</summary>
    public const int MaxLabelLength = 120;

    /// <summary>Prefix of options made from needs: "need-" and the first hex digits of the need's id (stable across re-runs).</summary>
    public const string NeedKeyPrefix = "need-";

    /// <summary>
    /// The top <paramref name="top"/> entries of <paramref name="source"/> as choices, followed by the target's own
    /// choices that are not already among them (same key, or same label ignoring case). Entries nobody supported,
    /// gave points to or chose are never carried. Sources without a ranking (rating, text, matrix choice) carry nothing.
    /// </summary>
    public static IReadOnlyList<Choice> Plan(ItemResults source, int top, IReadOnlyList<Choice> ownChoices)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(ownChoices);

        var carried = ItemKinds.OfResults(source).TopOf(source, top);

        var result = new List<Choice>();
        foreach (var choice in carried.Concat(ownChoices))
        {
            var present = result.Any(c => string.Equals(c.Key, choice.Key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(Comparable(c.Label.De), Comparable(choice.Label.De), StringComparison.Ordinal));
            if (!present)
            {
                result.Add(choice);
            }
        }

        return result;
    }

    /// <summary>
    /// The options of a carry-over target that a template or moderator gave, without those an earlier carry-over
    /// from <paramref name="sourceSpec"/> put there, so that carrying over again replaces what was carried
    /// (a need that dropped out of the top entries disappears) instead of piling the old ones up.
    /// </summary>
    public static IReadOnlyList<Choice> OwnChoices(IReadOnlyList<Choice> current, ItemSpec sourceSpec)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(sourceSpec);
        return sourceSpec is NeedsCollectionSpec
            ? [.. current.Where(c => !c.Key.StartsWith(NeedKeyPrefix, StringComparison.Ordinal))]
            : [.. current.Where(c => !sourceSpec.CarryTarget.Any(s => string.Equals(s.Key, c.Key, StringComparison.Ordinal)))];
    }

    /// <summary>
    /// Entries with the same text (ignoring case and spacing) are one option; their supporters add up, because
    /// people who filed the same need independently support it as much as a "me too".
    /// </summary>
    internal static List<Choice> FromNeeds(NeedsResults needs, int top)
    {
        var merged = needs.Ranking
            .Where(n => n.Supporters > 0 && !string.IsNullOrWhiteSpace(n.Text))
            .Select((n, position) => (Need: n, Position: position))
            .GroupBy(x => Comparable(x.Need.Text), StringComparer.Ordinal)
            .Select(g => (First: g.First(), Supporters: g.Sum(x => x.Need.Supporters)))
            .OrderByDescending(x => x.Supporters)
            .ThenBy(x => x.First.Position)
            .Take(top)
            .ToList();

        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var choices = new List<Choice>();
        foreach (var (first, _) in merged)
        {
            var hex = first.Need.NeedId.ToString("N");
            var length = 8;
            while (!keys.Add(NeedKeyPrefix + hex[..length]))
            {
                length++;
            }

            choices.Add(new Choice(NeedKeyPrefix + hex[..length], new LocalizedText(Truncate(TextRules.Normalise(first.Need.Text)))));
        }

        return choices;
    }

    private static string Comparable(string text) =>
        string.Join(' ', TextRules.Normalise(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    /// <summary>Cuts on a text-element boundary so an emoji or umlaut with a combining mark is never split.</summary>
    internal static string Truncate(string text)
    {
        var single = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var info = new StringInfo(single);
        if (info.LengthInTextElements <= MaxLabelLength)
        {
            return single;
        }

        return info.SubstringByTextElements(0, MaxLabelLength - 1).TrimEnd() + "…";
    }
}
