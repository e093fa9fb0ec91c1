using Collaboration.Forums.Validation;

namespace Collaboration.Bot.Cards.Factories;

/// <summary>
/// Short cards that tell the user something: a confirmation, a refusal, a failure. A message is Markdown that the
/// caller composed from resources: any user or template text in it must have gone through CardText.Escape (a
/// Rejection's arguments are escaped by RejectionText). Prefer a factory method that takes the raw text and escapes
/// it, as SeriesCards.UnknownTemplate does, so the hostile-corpus test covers it.
/// </summary>
internal static class NoticeCards
{
    public static AdaptiveCard Info(BotText text, string message) =>
        CardParts.Card([CardParts.Notice(message, ContainerStyle.Emphasis)], lang: text.LanguageTag);

    public static AdaptiveCard Success(BotText text, string message) =>
        CardParts.Card([CardParts.Notice(message, ContainerStyle.Good)], lang: text.LanguageTag);

    public static AdaptiveCard Refusal(BotText text, Rejection rejection) =>
        CardParts.Card([CardParts.Notice(RejectionText.Describe(text, rejection), ContainerStyle.Attention)], lang: text.LanguageTag);

    public static AdaptiveCard Failure(BotText text) =>
        CardParts.Card([CardParts.Notice(text["Error.Unexpected"], ContainerStyle.Attention)], lang: text.LanguageTag);
}
