using System.Runtime.CompilerServices;

namespace Collaboration.Bot.Cards.Factories;

/// <summary>
/// The results section of a voter's card, built and serialised once per results snapshot and variant instead of once
/// per vote: every voter of an item within one card interval gets the same <see cref="ItemResults"/> instance (see
/// <c>RecentResults</c>), so the section's elements, and their JSON (<see cref="PreSerialisedElements"/>), are shared.
/// </summary>
/// <remarks>
/// Keyed by the snapshot instance (a new snapshot, and so a new disclosure decision, never meets an old section) and,
/// within it, by everything else the section is built from: the language's text, the series and item instances, the
/// item's spec and status (both may change on a kept item). The section holds no viewer's data: it is built with no
/// input values, as the shared card's is. Entries live exactly as long as their snapshot (the snapshot holds them),
/// and at most <see cref="MaxVariants"/> per snapshot; beyond that a section is built for the one card, as before.
/// </remarks>
internal static class SharedResultsSections
{
    private const int MaxVariants = 8;

    private static readonly ConditionalWeakTable<ItemResults, Variants> BySnapshot = new();

    public static IReadOnlyList<CardElement> For(BotText text, ForumSeries series, ForumItem item, ItemResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var variants = BySnapshot.GetValue(results, _ => new Variants());
        var key = new Variant(text, series, item, item.Spec, item.Status);
        return variants.Find(key) ?? variants.Keep(key, [.. ResultsSections.For(text, series, item, results, withSupportButtons: true).Select(PreSerialisedElements.Serialised)]);
    }

    private readonly record struct Variant(BotText Text, ForumSeries Series, ForumItem Item, ItemSpec Spec, ItemStatus Status);

    private sealed class Variants
    {
        private readonly Lock _lock = new();
        private readonly List<(Variant Key, IReadOnlyList<CardElement> Section)> _kept = [];

        public IReadOnlyList<CardElement>? Find(Variant key)
        {
            lock (_lock)
            {
                foreach (var (kept, section) in _kept)
                {
                    if (kept.Equals(key))
                    {
                        return section;
                    }
                }

                return null;
            }
        }

        public IReadOnlyList<CardElement> Keep(Variant key, IReadOnlyList<CardElement> section)
        {
            lock (_lock)
            {
                if (_kept.Count < MaxVariants)
                {
                    _kept.Add((key, section));
                }

                return section;
            }
        }
    }
}
