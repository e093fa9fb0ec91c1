using Collaboration.Bot.Cards.Kinds;

namespace Collaboration.Bot.Cards.Factories;

/// <summary>
/// The card of one item: the question, the inputs of its kind (while it is open), and the live results.
/// The shared card in the conversation shows empty inputs; the personal card a voter gets back shows their answer.
/// </summary>
internal static class ItemCards
{
    public static AdaptiveCard Create(BotText text, ItemCardRequest request)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(request);
        var (series, forum, item) = (request.View.Series, request.View.Forum, request.View.Item);
        var values = Prefill(request);
        var body = CardParts.StartBody(request.Notice);

        // A voter's card shares its header and results section with every voter of this snapshot; the shared card's are fresh each time.
        var shared = request.Personal ? SharedVoterSections.For(text, series, forum, item, request.View.Results) : null;
        body.AddRange(shared?.Header ?? Header(text, series, forum, item));
        var actions = new List<AdaptiveAction>();
        if (item.Status == ItemStatus.Open)
        {
            body.AddRange(CardKinds.Of(item.Spec).Inputs(new KindCardContext(text, series, item, values), item.Spec));
            actions.Add(new ActionExecute(item.Spec is NeedsCollectionSpec ? CardVerb.SubmitNeed.Wire() : CardVerb.Answer.Wire())
            {
                Title = item.Spec is NeedsCollectionSpec ? text["Action.SubmitNeed"] : request.Mine is null ? text["Action.Answer"] : text["Action.ChangeAnswer"],
                Style = ActionStyle.Positive,
                Data = CardData.Of((CardData.ItemId, item.Id), (CardData.ClientKey, item.Spec is NeedsCollectionSpec ? Guid.NewGuid() : null)),
                AssociatedInputs = AssociatedInputs.Auto,
            });
        }

        if (request.Personal && request.Mine is not null)
        {
            body.Add(CardParts.Notice(text.Format("Item.YourAnswer", AnswerText.Describe(text, item, request.Mine)), ContainerStyle.Emphasis));
        }

        if (request.Personal && request.View.MyNeeds.Count > 0)
        {
            body.AddRange(OwnNeedsSection.For(text, request.View.MyNeeds));
        }

        body.AddRange(shared?.Results ?? ResultsSections.For(text, series, item, request.View.Results, withSupportButtons: true));
        if (!request.Personal)
        {
            // For a needs collection the author's own entries, and where a moderator merged them.
            actions.Add(new ActionExecute(CardVerb.Mine.Wire())
            {
                Title = item.Spec is NeedsCollectionSpec ? text["Action.ShowMyNeeds"] : text["Action.ShowMine"],
                Data = CardData.Of((CardData.ItemId, item.Id)),
                AssociatedInputs = AssociatedInputs.None,
            });
        }

        return CardParts.Card(body, actions, text.LanguageTag);
    }

    /// <summary>What the item is and where it stands: series and forum, the prompt, its help, its status.</summary>
    public static IEnumerable<CardElement> Header(BotText text, ForumSeries series, Forum forum, ForumItem item)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(forum);
        ArgumentNullException.ThrowIfNull(item);
        yield return CardParts.Subtle(CardText.Escape($"{text.Of(series.Title)} · {text.Format("Forum.Label", forum.Number)} {text.Of(forum.Title)}"));
        yield return CardParts.Title(CardText.Escape(text.Of(item.Prompt)));
        if (item.Help is { } help)
        {
            yield return new TextBlock(CardText.Escape(text.Of(help))) { IsSubtle = true };
        }

        yield return CardParts.Subtle(StatusLine(text, item));
    }

    private static string StatusLine(BotText text, ForumItem item)
    {
        var status = text["ItemStatus." + item.Status];
        return item.Anonymous ? status + " · " + text["Item.Anonymous"] : status;
    }

    private static Dictionary<string, string> Prefill(ItemCardRequest request)
    {
        var values = new Dictionary<string, string>(AnswerInputs.Write(request.View.Item.Spec, request.Mine), StringComparer.Ordinal);
        foreach (var (id, value) in AnswerInputs.Strings(request.Draft))
        {
            values[id] = value;
        }

        return values;
    }
}
