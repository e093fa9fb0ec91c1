namespace Collaboration.Forums.Kinds.Shared;

/// <summary>Looking options up by key and normalising their labels, for every kind that has options.</summary>
internal static class Options
{
    public static Choice? Find(IReadOnlyList<Choice> options, string? key) =>
        key is null ? null : options.FirstOrDefault(o => string.Equals(o.Key, key, StringComparison.Ordinal));

    public static bool Has(IReadOnlyList<Choice> options, string? key) => Find(options, key) is not null;

    // A null list or entry stays null: the definition check refuses it with a reason afterwards.
    public static IReadOnlyList<Choice> NormaliseLabels(IReadOnlyList<Choice>? choices) =>
        choices is null ? null! : [.. choices.Select(c => c is null ? c! : c with { Label = ItemTexts.Normalise(c.Label)! })];

    public static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
