namespace Collaboration.Bot.Cards.Model;

/// <summary>Which inputs an Action.Execute sends with its data.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssociatedInputs>))]
internal enum AssociatedInputs
{
    /// <summary>The inputs of the card (validated first).</summary>
    [JsonStringEnumMemberName("auto")]
    Auto,

    /// <summary>No inputs, and no input validation: for buttons such as "Cancel".</summary>
    [JsonStringEnumMemberName("none")]
    None,
}
