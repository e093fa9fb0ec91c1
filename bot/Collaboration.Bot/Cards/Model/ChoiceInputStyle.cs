namespace Collaboration.Bot.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<ChoiceInputStyle>))]
internal enum ChoiceInputStyle
{
    /// <summary>A drop-down list.</summary>
    [JsonStringEnumMemberName("compact")]
    Compact,

    /// <summary>Radio buttons or check boxes, all visible.</summary>
    [JsonStringEnumMemberName("expanded")]
    Expanded,
}
