namespace Collaboration.Bot.Cards.Model;

internal sealed record InputChoiceSet : InputElement
{
    public InputChoiceSet(string id, IReadOnlyList<Choice> choices)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(choices);
        Choices = choices;
    }

    public IReadOnlyList<Choice> Choices { get; }

    public ChoiceInputStyle? Style { get; init; }

    public bool? IsMultiSelect { get; init; }

    /// <summary>The preselected value; several values of a multi-select are joined with commas.</summary>
    public string? Value { get; init; }

    public string? Placeholder { get; init; }
}
