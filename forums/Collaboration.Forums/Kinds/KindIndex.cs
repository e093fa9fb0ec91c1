namespace Collaboration.Forums.Kinds;

/// <summary>
/// A project's per-kind parts (the domain's kinds, the bot's card parts, the web's pages, the reports' renderings) found
/// by the type of the spec or results at hand, so that each project's registry is only its list of kinds.
/// </summary>
public sealed class KindIndex<TPart>
    where TPart : class
{
    private readonly Dictionary<Type, TPart> _byType;
    private readonly string _registry;

    private KindIndex(Dictionary<Type, TPart> byType, string registry)
    {
        _byType = byType;
        _registry = registry;
    }

    /// <summary>Each part serves a type of its own (a spec type); two parts for one type are a registration error.</summary>
    public static KindIndex<TPart> Unique(IEnumerable<TPart> parts, Func<TPart, Type> type, string registry) =>
        new(parts.ToDictionary(type), registry);

    /// <summary>
    /// Parts may share a type (single and multiple choice share ChoiceResults and count, show and render it alike):
    /// the first listed stands for all of them.
    /// </summary>
    public static KindIndex<TPart> FirstOfEach(IEnumerable<TPart> parts, Func<TPart, Type> type, string registry) =>
        new(parts.DistinctBy(type).ToDictionary(type), registry);

    /// <summary>The part for <paramref name="value"/>'s type, or null when no kind registered it.</summary>
    public TPart? Find(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return _byType.GetValueOrDefault(value.GetType());
    }

    /// <summary>The part for <paramref name="value"/>'s type; a type nobody registered is a programming error.</summary>
    public TPart For(object value) =>
        Find(value) ?? throw new NotSupportedException($"Nothing in {_registry} is registered for {value.GetType().Name}; list its kind there.");
}
