namespace Collaboration.Bot.Cards.Model;

[JsonConverter(typeof(JsonStringEnumConverter<HorizontalBarDisplayMode>))]
internal enum HorizontalBarDisplayMode
{
    AbsoluteWithAxis,
    AbsoluteNoAxis,
    PartToWhole,
}
