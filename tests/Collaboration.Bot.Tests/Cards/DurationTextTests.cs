using Collaboration.Bot.Cards.Factories;

namespace Collaboration.Bot.Tests.Cards;

/// <summary>How long a link lasts reads as people say it, in both languages, also below an hour.</summary>
public sealed class DurationTextTests
{
    [Theory]
    [InlineData(60, "1 Stunde", "1 hour")]
    [InlineData(120, "2 Stunden", "2 hours")]
    [InlineData(30, "30 Minuten", "30 minutes")]
    [InlineData(90, "90 Minuten", "90 minutes")]
    [InlineData(1, "1 Minute", "1 minute")]
    public void A_lifetime_is_said_in_hours_when_whole_and_in_minutes_otherwise(int minutes, string german, string english)
    {
        var lifetime = TimeSpan.FromMinutes(minutes);

        Assert.Equal(german, CardParts.Duration(BotText.For(Language.De), lifetime));
        Assert.Equal(english, CardParts.Duration(BotText.For(Language.En), lifetime));
    }
}
