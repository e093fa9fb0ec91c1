namespace Collaboration.Bot.Cards.Model;

internal sealed record InputNumber : InputElement
{
    public InputNumber(string id)
        : base(id)
    {
    }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public double? Value { get; init; }

    public string? Placeholder { get; init; }
}
