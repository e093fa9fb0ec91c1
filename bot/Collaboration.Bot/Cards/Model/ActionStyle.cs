namespace Collaboration.Bot.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<ActionStyle>))]
internal enum ActionStyle
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("positive")]
    Positive,

    [JsonStringEnumMemberName("destructive")]
    Destructive,
}
