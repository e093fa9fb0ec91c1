namespace Collaboration.Bot.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<Spacing>))]
internal enum Spacing
{
    None,
    Small,
    Default,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
