using System.Security.Cryptography;
using System.Text;
using Collaboration.Forums.Items;
using Collaboration.Forums.Participants;
using Collaboration.Forums.Ports;

namespace Collaboration.Simulator.Verify;

/// <summary>
/// The store read back after a run and compared with the <see cref="Ledger"/>: per question the answers (so the
/// count of every option), per respondent where the respondent can be traced, the needs and the supports. The
/// fingerprints identify the results independently of ids, so two runs with the same seed can be compared.
/// </summary>
internal sealed record StoreCheck(
    IReadOnlyList<ItemCheck> Items,
    int Participants,
    int NeedsSent,
    int NeedsStored,
    int SupportsSent,
    int SupportsStored,
    string CountsFingerprint,
    string RespondentsFingerprint)
{
    public int AnswersSent => Items.Where(i => i.Kind != "needs").Sum(i => i.Sent);

    public int AnswersStored => Items.Where(i => i.Kind != "needs").Sum(i => i.Stored);

    public bool Passed => Items.All(i => i.Passed) && NeedsSent == NeedsStored && SupportsSent == SupportsStored;

    /// <param name="secret">The bot's anonymity secret, to trace anonymous answers to simulated participants; null: not traced.</param>
    public static async Task<StoreCheck> RunAsync(IForumStore store, Guid seriesId, Ledger ledger, IReadOnlyList<SimParticipant> population, byte[]? secret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(population);
        var series = await store.GetSeriesAsync(seriesId, cancellationToken) ?? throw new InvalidOperationException($"The store has no series {seriesId}.");
        var byUser = population.SelectMany(p => new[] { (p.User.AadObjectId, p.Index), (p.User.Id, p.Index) })
            .ToDictionary(p => p.Item1, p => p.Index, StringComparer.OrdinalIgnoreCase);
        var joined = (await store.GetParticipantsAsync(seriesId, cancellationToken))
            .Where(p => byUser.ContainsKey(p.UserId)).ToList();
        var keys = secret is null ? null : new RespondentKeys(secret);
        var sentAnswers = ledger.Answers.GroupBy(a => Guid.Parse(a.Key.ItemId)).ToDictionary(g => g.Key, g => g.ToDictionary(a => a.Key.Participant, a => a.Value));
        var sentNeeds = ledger.Needs.GroupBy(n => Guid.Parse(n.ItemId)).ToDictionary(g => g.Key, g => g.ToList());

        var checks = new List<ItemCheck>();
        var countLines = new List<string>();
        var respondentLines = new List<string>();
        var (needsSent, needsStored, supportsSent, supportsStored) = (0, 0, 0, 0);
        foreach (var forum in series.Forums)
        {
            foreach (var item in forum.Items)
            {
                // Anonymous rows carry a keyed hash instead of a participant id; with the secret it is recomputed per participant.
                var traced = keys is null ? null : joined.ToDictionary(p => keys.For(item, p), p => byUser[p.UserId], StringComparer.Ordinal);
                var byParticipantId = joined.ToDictionary(p => p.Id, p => byUser[p.UserId]);
                var prefix = $"{forum.Number}|{item.Key}|";
                if (item.Spec is NeedsCollectionSpec)
                {
                    var stored = await store.GetNeedsAsync(item.Id, cancellationToken);
                    var sent = sentNeeds.GetValueOrDefault(item.Id) ?? [];
                    var storedTexts = stored.Select(n => (Who: Trace(n.ParticipantId, n.RespondentKey, byParticipantId, traced), Text: StoredAnswers.Of(n))).ToList();
                    var same = Multiset(sent.Select(s => s.Need)).SequenceEqual(Multiset(storedTexts.Select(s => s.Text)));
                    bool? perRespondent = storedTexts.Any(s => s.Who is null) ? null
                        : Multiset(sent.Select(s => $"{s.Participant}:{s.Need}")).SequenceEqual(Multiset(storedTexts.Select(s => $"{s.Who}:{s.Text}")));
                    checks.Add(new ItemCheck(forum.Number, item.Key, "needs", sent.Count, stored.Count, same, perRespondent));
                    countLines.AddRange(Counted(storedTexts.Select(s => s.Text)).Select(c => prefix + c));
                    respondentLines.AddRange(storedTexts.Select(s => $"{prefix}{s.Who?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}|{s.Text}"));
                    needsSent += sent.Count;
                    needsStored += stored.Count;
                    supportsSent += ledger.SupportsFor(item.Id.ToString());
                    supportsStored += (await store.GetNeedSupportsAsync(item.Id, cancellationToken)).Count;
                }
                else
                {
                    var stored = await store.GetResponsesAsync(item.Id, cancellationToken);
                    var sent = sentAnswers.GetValueOrDefault(item.Id) ?? [];
                    var storedAnswers = stored.Select(r => (Who: Trace(r.ParticipantId, r.RespondentKey, byParticipantId, traced), Text: StoredAnswers.Of(r.Answer))).ToList();
                    var same = Multiset(sent.Values).SequenceEqual(Multiset(storedAnswers.Select(s => s.Text)));
                    bool? perRespondent = storedAnswers.Any(s => s.Who is null) ? null
                        : storedAnswers.Count == sent.Count && storedAnswers.All(s => sent.TryGetValue(s.Who!.Value, out var mine) && mine == s.Text);
                    checks.Add(new ItemCheck(forum.Number, item.Key, item.Spec.GetType().Name.Replace("Spec", string.Empty, StringComparison.Ordinal), sent.Count, stored.Count, same, perRespondent));
                    countLines.AddRange(Counted(storedAnswers.Select(s => s.Text)).Select(c => prefix + c));
                    respondentLines.AddRange(storedAnswers.Select(s => $"{prefix}{s.Who?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}|{s.Text}"));
                }
            }
        }

        return new StoreCheck(checks, joined.Count, needsSent, needsStored, supportsSent, supportsStored, Fingerprint(countLines), Fingerprint(respondentLines));
    }

    private static int? Trace(Guid? participantId, string respondentKey, Dictionary<Guid, int> byParticipantId, Dictionary<string, int>? traced) =>
        participantId is { } id && byParticipantId.TryGetValue(id, out var index) ? index
        : traced is not null && traced.TryGetValue(respondentKey, out var hashed) ? hashed
        : null;

    private static List<string> Multiset(IEnumerable<string> values) => [.. values.Order(StringComparer.Ordinal)];

    private static IEnumerable<string> Counted(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).Select(g => $"{g.Key}|{g.Count()}");

    private static string Fingerprint(IEnumerable<string> lines) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines.Order(StringComparer.Ordinal)))))[..16].ToLowerInvariant();
}
