using Collaboration.Seeding;

namespace Collaboration.Simulator.Play;

/// <summary>
/// One participant working through a forum's questions: answers (sometimes changing one), files needs, supports
/// other people's needs, and joins the series when the bot asks for it. Each question's card is the one the
/// participant currently sees: the shared card at first, then the card the bot answered their last click with.
/// The answers follow from the seed; which needs they support depends on what their card shows at that moment.
/// </summary>
internal sealed class ParticipantPlay(ChatSession session, SimParticipant who, int seed)
{
    public async Task PlayAsync(int forum, IReadOnlyList<(SeriesItem Item, CardForm Shared)> items, CancellationToken cancellationToken)
    {
        var random = new Random(StableHash.Seed(seed, "answers", Index, Forum(forum)));
        var supportRandom = new Random(StableHash.Seed(seed, "supports", Index, Forum(forum)));
        foreach (var (item, shared) in items)
        {
            if (item.IsNeeds)
            {
                await NeedsAsync(item, shared, random, supportRandom, cancellationToken);
                continue;
            }

            // Open questions get fewer answers than clicks do.
            var willing = item.Kind == "openText" ? who.Diligence * 0.4 : who.Diligence;
            if (random.NextDouble() >= willing)
            {
                continue;
            }

            var card = await AnswerAsync(item, shared, random, cancellationToken);
            if (card is not null && item.Kind is "rating" or "singleChoice" or "multipleChoice" && random.NextDouble() < 0.05)
            {
                // Second thoughts: the personal card shows the answer and lets them change it.
                await AnswerAsync(item, card, random, cancellationToken);
            }
        }
    }

    private string Index => who.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Forum(int forum) => forum.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<CardForm?> AnswerAsync(SeriesItem item, CardForm card, Random random, CancellationToken cancellationToken)
    {
        var planned = AnswerPicker.Pick(item, card, who, random);
        if (planned is null || card.Button(CardVerb.Answer) is not { } button)
        {
            session.Ledger.Refused($"{item.Key}: the card offers no way to answer");
            return null;
        }

        session.Ledger.AnswerSent();
        var reply = await ClickAsync(button, card, planned, cancellationToken);
        if (Confirmed(item, reply))
        {
            session.Ledger.Answered(item.ItemId, who.Index, planned.Canonical);
            return reply;
        }

        return null;
    }

    private async Task NeedsAsync(SeriesItem item, CardForm shared, Random random, Random supportRandom, CancellationToken cancellationToken)
    {
        var roll = random.NextDouble();
        var count = roll < 0.45 ? 0 : roll < 0.8 ? 1 : roll < 0.95 ? 2 : 3;
        if (random.NextDouble() >= who.Diligence)
        {
            count = 0;
        }

        var card = shared;
        for (var i = 0; i < count; i++)
        {
            if (AnswerPicker.PickNeed(card, random) is not { } planned || card.Button(CardVerb.SubmitNeed) is not { } button)
            {
                break;
            }

            var reply = await ClickAsync(button, card, planned, cancellationToken);
            if (!Confirmed(item, reply))
            {
                break;
            }

            session.Ledger.NeedFiled(item.ItemId, who.Index, planned.Canonical);
            card = reply!;
        }

        foreach (var support in card.Buttons.Where(b => b.Verb == CardVerb.SupportNeed.Wire()).ToList())
        {
            if (supportRandom.NextDouble() < 0.3)
            {
                var reply = await session.ExecuteAsync(who.User, CardVerb.SupportNeed.Wire(), support.Data, cancellationToken);
                if (Confirmed(item, reply))
                {
                    session.Ledger.Supported(item.ItemId);
                }
            }
        }
    }

    /// <summary>
    /// Sends the button with every input of the card: the planned values, the rest cleared (a participant changing
    /// an answer empties the fields they no longer want). When the bot asks for onboarding first, it is filled in
    /// and its button pressed; the bot then saves the interrupted answer itself.
    /// </summary>
    private async Task<CardForm?> ClickAsync(CardButton button, CardForm card, PlannedAnswer planned, CancellationToken cancellationToken)
    {
        var data = (JsonObject)button.Data.DeepClone();
        foreach (var input in card.Inputs)
        {
            data[input.Id] = planned.Inputs.TryGetValue(input.Id, out var value) ? value : string.Empty;
        }

        var reply = await session.ExecuteAsync(who.User, button.Verb, data, cancellationToken);
        if (reply?.Button(CardVerb.Onboard) is { } onboard)
        {
            reply = await OnboardAsync(reply, onboard, cancellationToken);
        }

        return reply;
    }

    private async Task<CardForm?> OnboardAsync(CardForm card, CardButton onboard, CancellationToken cancellationToken)
    {
        var groups = card.Inputs.FirstOrDefault(i => i.Id == CardInput.Group.Id())?.Choices ?? [];
        var data = (JsonObject)onboard.Data.DeepClone();
        data[CardInput.Group.Id()] = groups.Contains(who.GroupKey) ? who.GroupKey : (groups.Count > 0 ? groups[0] : who.GroupKey);
        data[CardInput.Organisation.Id()] = who.Organisation;
        data[CardInput.Municipality.Id()] = who.Municipality ?? string.Empty;
        return await session.ExecuteAsync(who.User, CardVerb.Onboard.Wire(), data, cancellationToken);
    }

    private bool Confirmed(SeriesItem item, CardForm? reply)
    {
        if (reply is null)
        {
            return false;
        }

        if (!reply.Confirms)
        {
            session.Ledger.Refused($"{item.Key} by {who.User.Name}: {reply.Notice ?? "(no notice on the card)"}");
            return false;
        }

        return true;
    }
}
