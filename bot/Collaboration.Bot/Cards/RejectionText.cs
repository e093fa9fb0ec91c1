using Collaboration.Forums.Validation;

namespace Collaboration.Bot.Cards;

/// <summary>The sentence that explains a refusal, from the resource "Rejection.&lt;Code&gt;" filled with its arguments.</summary>
internal static class RejectionText
{
    public static string Describe(BotText text, Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rejection);

        // Arguments may be user input (an unknown key): they are escaped so they show as typed. A template's text (a
        // series title) is said in the user's language.
        var arguments = rejection.Arguments
            .Select(a => (object?)CardText.EscapeAndTruncate(a is LocalizedText localized ? text.Of(localized) : Convert.ToString(a, text.Culture), 80)).ToArray();
        return text.Format("Rejection." + rejection.Code, arguments);
    }
}
