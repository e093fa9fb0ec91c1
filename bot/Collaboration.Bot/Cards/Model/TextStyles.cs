namespace Collaboration.Bot.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<TextWeight>))]
internal enum TextWeight
{
    Lighter,
    Default,
    Bolder,
}

[JsonConverter(typeof(JsonStringEnumConverter<TextSize>))]
internal enum TextSize
{
    Small,
    Default,
    Medium,
    Large,
    ExtraLarge,
}

[JsonConverter(typeof(JsonStringEnumConverter<TextColor>))]
internal enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
