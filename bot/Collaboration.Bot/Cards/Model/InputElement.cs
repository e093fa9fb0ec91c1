namespace Collaboration.Bot.Cards.Model;

/// <summary>
/// What every input has. The id is required: Teams posts the input's value under it, and an input without
/// one is silently left out of the invoke.
/// </summary>
internal abstract record InputElement : CardElement
{
    protected InputElement(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string? Label { get; init; }

    public bool? IsRequired { get; init; }

    /// <summary>Shown when a required input is empty or a value is out of range; Teams wants one for every required input.</summary>
    public string? ErrorMessage { get; init; }
}
