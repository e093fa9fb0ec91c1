using System.Diagnostics;

namespace Collaboration.Simulator.Play;

/// <summary>
/// The seed's whole series, as a moderator and the participants play it in one group chat: the moderator creates
/// the series and starts forum 1; everyone answers; the moderator closes it, carries the results over and starts
/// forum 2; and so on to forum 3, which is closed at the end.
/// </summary>
internal sealed class SeriesRun(ChatSession session, IReadOnlyList<SimParticipant> participants, int seed, int parallel, TextWriter log)
{
    public static TeamsUser Moderator { get; } = TeamsUser.FromObjectId(Guid.Parse("00000000-0000-4000-8000-00000000a11e"), "Maria Moderatorin");

    public string? SeriesId { get; private set; }

    public async Task PlayAsync(int forums, CancellationToken cancellationToken)
    {
        await CreateSeriesAsync(cancellationToken);
        for (var number = 1; number <= forums; number++)
        {
            if (number > 1)
            {
                await CommandAsync($"forum schließen {number - 1}", cancellationToken);
                if (SeedTemplate.Template.Forums.Single(f => f.Number == number).Items.Any(i => i.CarryOver is not null))
                {
                    await CommandAsync($"übertragen {number}", cancellationToken);
                }
            }

            var items = await StartForumAsync(number, cancellationToken);
            await PlayForumAsync(number, items, cancellationToken);
        }

        await CommandAsync($"forum schließen {forums}", cancellationToken);
    }

    public async Task CreateSeriesAsync(CancellationToken cancellationToken)
    {
        var cards = await CommandAsync("serie anlegen " + SeedTemplate.Name, cancellationToken);
        SeriesId = cards.SelectMany(c => c.Card.Buttons).Select(b => (string?)b.Data[CardData.SeriesId]).FirstOrDefault(id => id is not null)
            ?? throw new InvalidOperationException("The bot posted no card with the new series' id:\n" + string.Join("\n", cards.Select(c => c.Card.Text)));
    }

    /// <summary>Starts forum <paramref name="number"/> and returns its questions with the cards posted for them.</summary>
    public async Task<IReadOnlyList<(SeriesItem Item, CardForm Shared)>> StartForumAsync(int number, CancellationToken cancellationToken)
    {
        var cards = await CommandAsync($"forum starten {number}", cancellationToken);
        var items = new List<(SeriesItem, CardForm)>();
        foreach (var (_, card) in cards)
        {
            var ids = card.Buttons.Select(b => (string?)b.Data[CardData.ItemId]).OfType<string>().Distinct().ToList();
            if (ids.Count != 1 || (card.Button(CardVerb.Answer) ?? card.Button(CardVerb.SubmitNeed)) is null)
            {
                continue;
            }

            var template = SeedTemplate.FindByPrompt(number, card.Text);
            var kind = template?.Kind ?? (card.Button(CardVerb.SubmitNeed) is not null ? "needs" : "unknown");
            items.Add((new SeriesItem(number, ids[0], template?.Key ?? ids[0], kind, template), card));
        }

        if (items.Count == 0)
        {
            throw new InvalidOperationException($"Forum {number} started without question cards:\n" + string.Join("\n---\n", cards.Select(c => c.Card.Text)));
        }

        return items;
    }

    public async Task PlayForumAsync(int number, IReadOnlyList<(SeriesItem Item, CardForm Shared)> items, CancellationToken cancellationToken)
    {
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"forum {number}: {items.Count} questions ({string.Join(", ", items.Select(i => i.Item.Key))}), {participants.Count} participants"));
        var clock = Stopwatch.StartNew();
        var done = 0;
        var step = Math.Max(1, participants.Count / 10);
        await Parallel.ForEachAsync(participants, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, async (who, token) =>
        {
            await new ParticipantPlay(session, who, seed).PlayAsync(number, items, token);
            var finished = Interlocked.Increment(ref done);
            if (finished % step == 0 || finished == participants.Count)
            {
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  forum {number}: {finished}/{participants.Count} participants done, {session.Ledger.Activities} activities, {clock.Elapsed.TotalSeconds:0} s"));
            }
        });
    }

    public async Task<IReadOnlyList<(string ActivityId, CardForm Card)>> CommandAsync(string command, CancellationToken cancellationToken)
    {
        await log.WriteLineAsync("moderator: @Forum-Bot " + command);
        var cards = await session.SayAsync(Moderator, command, cancellationToken);
        foreach (var refusal in cards.Where(c => c.Card.Refuses))
        {
            session.Ledger.Refused($"'{command}': {refusal.Card.Notice}");
        }

        return cards;
    }
}
