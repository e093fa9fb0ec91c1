using Collaboration.Bot.Cards.Kinds;

namespace Collaboration.Bot.Cards;

/// <summary>A stored answer in words, for "Ihre Antwort: …" on the voter's own card.</summary>
internal static class AnswerText
{
    public static string Describe(BotText text, ForumItem item, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(answer);
        return CardKinds.Of(item.Spec).Describe(text, item.Spec, answer);
    }
}
