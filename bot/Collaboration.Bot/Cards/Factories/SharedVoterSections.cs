using System.Runtime.CompilerServices;

namespace Collaboration.Bot.Cards.Factories;

/// <summary>
/// The parts of a voter's card that are the same for every voter of an item at one results snapshot: the header
/// (series, forum, prompt, help, status) and the results section. They are built and serialised once per snapshot
/// and variant instead of once per vote: every voter of an item within one card interval gets the same
/// <see cref="ItemResults"/> instance (see <c>RecentResults</c>), so the elements, and their JSON
/// (<see cref="PreSerialisedElements"/>), are shared. What is the voter's own (the notice, the inputs with their answer,
/// their needs) is built per card between them.
/// </summary>
/// <remarks>
/// Keyed by the snapshot instance (a new snapshot, and so a new disclosure decision, never meets an old section) and,
/// within it, by everything else the parts are built from: the language's text, the series, forum and item instances,
/// the item's spec and status (both may change on a kept item; the titles, prompt and help cannot). The parts hold no
/// viewer's data: they are built with no input values, as the shared card's are. Entries live exactly as long as their
/// snapshot (the snapshot holds them), and at most <see cref="MaxVariants"/> per snapshot; beyond that the parts are
/// built for the one card, as before.
/// </remarks>
internal static class SharedVoterSections
{
    private const int MaxVariants = 8;

    private static readonly ConditionalWeakTable<ItemResults, Variants> BySnapshot = new();

    public static VoterSections For(BotText text, ForumSeries series, Forum forum, ForumItem item, ItemResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var variants = BySnapshot.GetValue(results, _ => new Variants());
        var key = new Variant(text, series, forum, item, item.Spec, item.Status);
        return variants.Find(key) ?? variants.Keep(key, new VoterSections(
            [.. ItemCards.Header(text, series, forum, item).Select(PreSerialisedElements.Serialised)],
            [.. ResultsSections.For(text, series, item, results, withSupportButtons: true).Select(PreSerialisedElements.Serialised)]));
    }

    private readonly record struct Variant(BotText Text, ForumSeries Series, Forum Forum, ForumItem Item, ItemSpec Spec, ItemStatus Status);

    private sealed class Variants
    {
        private readonly Lock _lock = new();
        private readonly List<(Variant Key, VoterSections Sections)> _kept = [];

        public VoterSections? Find(Variant key)
        {
            lock (_lock)
            {
                foreach (var (kept, sections) in _kept)
                {
                    if (kept.Equals(key))
                    {
                        return sections;
                    }
                }

                return null;
            }
        }

        public VoterSections Keep(Variant key, VoterSections sections)
        {
            lock (_lock)
            {
                if (_kept.Count < MaxVariants)
                {
                    _kept.Add((key, sections));
                }

                return sections;
            }
        }
    }
}

/// <summary>The shared parts of a voter's card: the header above the inputs, the results section below them.</summary>
internal sealed record VoterSections(IReadOnlyList<CardElement> Header, IReadOnlyList<CardElement> Results);
