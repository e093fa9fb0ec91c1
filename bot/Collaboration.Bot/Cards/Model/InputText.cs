namespace Collaboration.Bot.Cards.Model;

internal sealed record InputText : InputElement
{
    public InputText(string id)
        : base(id)
    {
    }

    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public string? Value { get; init; }
}
