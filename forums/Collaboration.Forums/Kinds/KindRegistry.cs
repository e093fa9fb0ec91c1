namespace Collaboration.Forums.Kinds;

/// <summary>
/// A project's part for each item kind of <see cref="ItemKinds"/> (the bot's card parts, the web's pages, the reports'
/// renderings), found among the classes of the project's own assembly. A new kind is thus one class in each project's
/// kind folder and listed nowhere but in <see cref="ItemKinds"/>; a kind without its part, or with two, stops the
/// project the first time it asks for a part, with a message that names the kind.
/// </summary>
/// <typeparam name="TPart">The project's interface for one kind's part; its implementations live in its assembly.</typeparam>
public sealed class KindRegistry<TPart>
    where TPart : class
{
    private readonly Dictionary<IItemKind, TPart> _byKind;

    private KindRegistry(Dictionary<IItemKind, TPart> byKind)
    {
        _byKind = byKind;
        All = [.. ItemKinds.All.Select(k => byKind[k]).Distinct()];
    }

    /// <summary>Each part once, in the order of <see cref="ItemKinds.All"/> (a part that serves two kinds at the first).</summary>
    public IReadOnlyList<TPart> All { get; }

    /// <summary>
    /// Every class in <typeparamref name="TPart"/>'s assembly that implements it (made with its parameterless
    /// constructor), matched to the kinds as <see cref="Match"/> does.
    /// </summary>
    public static KindRegistry<TPart> Discover(Func<TPart, IItemKind, bool> serves)
    {
        var assembly = typeof(TPart).Assembly;
        var parts = assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && t.IsAssignableTo(typeof(TPart)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (TPart)Activator.CreateInstance(t)!);
        return Match(parts, serves, assembly.GetName().Name ?? assembly.FullName ?? typeof(TPart).Name);
    }

    /// <summary>
    /// The parts matched to the kinds: <paramref name="serves"/> says whether a part is the one for a kind (by the kind's
    /// spec type, or by its results type where one part shows the results of several kinds). Every kind must have
    /// exactly one part and every part at least one kind; otherwise this throws and names each gap.
    /// </summary>
    public static KindRegistry<TPart> Match(IEnumerable<TPart> parts, Func<TPart, IItemKind, bool> serves, string project)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(serves);
        var candidates = parts.ToList();
        var byKind = new Dictionary<IItemKind, TPart>();
        var problems = new List<string>();
        foreach (var kind in ItemKinds.All)
        {
            var serving = candidates.Where(p => serves(p, kind)).ToList();
            switch (serving.Count)
            {
                case 1:
                    byKind[kind] = serving[0];
                    break;
                case 0:
                    problems.Add($"the item kind '{kind.Name}' has no {typeof(TPart).Name}");
                    break;
                default:
                    problems.Add($"the item kind '{kind.Name}' has {serving.Count} ({string.Join(", ", serving.Select(p => p.GetType().Name))})");
                    break;
            }
        }

        problems.AddRange(candidates.Where(p => !ItemKinds.All.Any(k => serves(p, k))).Select(p => $"{p.GetType().Name} serves no item kind"));
        return problems.Count == 0
            ? new KindRegistry<TPart>(byKind)
            : throw new InvalidOperationException(
                $"{project}: {string.Join("; ", problems)}. Every kind in {nameof(ItemKinds)} needs exactly one {typeof(TPart).Name} in {project}.");
    }

    public TPart For(IItemKind kind) => _byKind[kind];

    /// <summary>The part of the kind a template or form names, or null for a name that is no kind.</summary>
    public TPart? Named(string? name) => ItemKinds.Named(name) is { } kind ? For(kind) : null;

    public TPart Of(ItemSpec spec) => For(ItemKinds.Of(spec));

    /// <summary>The part of the kind that produced <paramref name="results"/> (single and multiple choice: single choice's).</summary>
    public TPart OfResults(ItemResults results) => For(ItemKinds.OfResults(results));
}
