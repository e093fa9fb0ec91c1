namespace Collaboration.Bot.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<ImageSize>))]
internal enum ImageSize
{
    Auto,
    Stretch,
    Small,
    Medium,
    Large,
}
