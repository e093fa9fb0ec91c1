namespace Collaboration.Forums.Kinds;

/// <summary>
/// The numbers and switches by which an item of some kinds is limited, each read by the kinds it concerns (which supply
/// their defaults when it is left out). Declared once for both their readers: <see cref="KindFields"/>, which the kinds
/// build from, and a series template's item (<see cref="Templates.TemplateItem"/>), whose fields of the same names
/// authors write. Renaming one here renames a field of the template format (docs/templates.md).
/// </summary>
public abstract record KindLimits
{
    public int? MaxChoices { get; init; }

    /// <summary>Places of a ranking (at most five); by default as many as there are choices, up to five.</summary>
    public int? MaxRanked { get; init; }

    public int? Min { get; init; }

    public int? Max { get; init; }

    public int? Budget { get; init; }

    public int? MaxPerChoice { get; init; }

    public bool RequireFullBudget { get; init; }

    public int? MaxLength { get; init; }
}
