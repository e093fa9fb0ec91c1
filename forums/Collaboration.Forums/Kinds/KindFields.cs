namespace Collaboration.Forums.Kinds;

/// <summary>
/// The fields a series template or the moderator's add-item form may give for an item; each kind reads the ones it
/// needs and supplies its own defaults for those left out, so the defaults live with the kind and nowhere else.
/// </summary>
public sealed record KindFields : KindLimits
{
    public KindFields()
    {
    }

    /// <summary>Fields that take over <paramref name="limits"/> (e.g. as a template's item gives them).</summary>
    public KindFields(KindLimits limits)
        : base(limits)
    {
    }

    public IReadOnlyList<Choice> Choices { get; init; } = [];

    public IReadOnlyList<Choice> Rows { get; init; } = [];

    public IReadOnlyList<Choice> Columns { get; init; } = [];

    /// <summary>How many options a carry-over adds at forum start; limits that count options include them.</summary>
    public int CarriedTop { get; init; }

    public LocalizedText? MinLabel { get; init; }

    public LocalizedText? MaxLabel { get; init; }

    /// <summary>Kinds of need a needs collection offers; null means all of them.</summary>
    public IReadOnlyList<NeedKind>? NeedKinds { get; init; }
}
