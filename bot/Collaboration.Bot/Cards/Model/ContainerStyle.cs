namespace Collaboration.Bot.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<ContainerStyle>))]
internal enum ContainerStyle
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("emphasis")]
    Emphasis,

    [JsonStringEnumMemberName("good")]
    Good,

    [JsonStringEnumMemberName("attention")]
    Attention,

    [JsonStringEnumMemberName("warning")]
    Warning,

    [JsonStringEnumMemberName("accent")]
    Accent,
}
