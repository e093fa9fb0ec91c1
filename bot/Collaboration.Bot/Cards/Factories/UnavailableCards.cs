namespace Collaboration.Bot.Cards.Factories;

/// <summary>
/// What the user sees while the forum database cannot be reached: nothing was saved, and nothing they entered is
/// lost. The item itself cannot be shown (its definition is in the database), so the card keeps the input instead:
/// typed text comes back editable, choices ride in the data of a "send again" button that repeats the action.
/// </summary>
internal static class UnavailableCards
{
    // Inputs where people type free text; a long need or answer must not have to be typed a second time.
    private static readonly HashSet<string> TypedInputs = new(StringComparer.Ordinal)
    {
        CardInput.Text.Id(), CardInput.NeedText.Id(), CardInput.Organisation.Id(), CardInput.Municipality.Id(), CardInput.TemplateText.Id(),
        CardInput.ItemPromptDe.Id(), CardInput.ItemPromptEn.Id(), CardInput.ItemOptions.Id(),
    };

    // Longer text gets a multi-line box, as the item cards give it.
    private const int SingleLineLength = 60;

    /// <summary>The answer to a card action that could not be carried out: the action again, with what the user sent.</summary>
    public static AdaptiveCard ForAction(BotText text, string? verb, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(data);
        var body = new List<CardElement> { CardParts.Notice(text["Unavailable.Action"], ContainerStyle.Attention) };
        var inputs = AnswerInputs.Strings(data);
        var retry = (JsonObject)data.DeepClone();
        foreach (var (id, value) in inputs.Where(i => TypedInputs.Contains(i.Key) && i.Value.Length > 0))
        {
            body.Add(new InputText(id)
            {
                Label = text["Unavailable.YourInput"],
                Value = value,
                IsMultiline = value.Length > SingleLineLength || value.Contains('\n', StringComparison.Ordinal),
            });

            // The box sends the (possibly edited) text; a second copy in the data could win over it.
            retry.Remove(id);
        }

        if (inputs.Keys.Any(id => !TypedInputs.Contains(id)))
        {
            body.Add(CardParts.Subtle(text["Unavailable.SelectionKept"]));
        }

        if (string.IsNullOrEmpty(verb))
        {
            return CardParts.Card(body, lang: text.LanguageTag);
        }

        var sendAgain = new ActionExecute(verb)
        {
            Title = text["Action.SendAgain"],
            Style = ActionStyle.Positive,
            Data = retry,
            AssociatedInputs = AssociatedInputs.Auto,
        };
        return CardParts.Card(body, [sendAgain], text.LanguageTag);
    }

    /// <summary>The answer to a chat command, or to a turn that failed after its action (posting cards), that could not be carried out.</summary>
    public static AdaptiveCard Notice(BotText text) =>
        CardParts.Card([CardParts.Notice(text["Unavailable.Notice"], ContainerStyle.Attention)], lang: text.LanguageTag);
}
