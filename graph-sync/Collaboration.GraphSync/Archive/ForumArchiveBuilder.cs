using System.Text.Json;
using Collaboration.Forums.Answers;
using Collaboration.Forums.Items;
using Collaboration.Forums.Results;
using Collaboration.Forums.Series;

namespace Collaboration.GraphSync.Archive;

/// <summary>
/// Builds a forum's archive from the store: the Word report and the PowerPoint deck, results.json, responses.csv and
/// needs.csv, and the rows of the needs list. The output depends only on stored data (no clock, no random order; the
/// documents are dated by the forum's last answer), so archiving twice uploads the same bytes.
/// Anonymous items carry neither name nor group nor time of day in any file: the group could single a person out in a
/// small group, the time could be lined up with the person's named answers. Every figure comes from
/// <see cref="ResultsCalculator"/> after disclosure control: an item withheld below the series' threshold has no
/// results, no response rows and no needs in any file or list item.
/// </summary>
public sealed class ForumArchiveBuilder(IForumStore store, ArchiveDocuments documents)
{
    /// <summary>Version 2: results per group are respondent counts after disclosure control, and items below k say so.</summary>
    public const int SchemaVersion = 2;

    public async Task<ForumArchive> BuildAsync(ForumSeries series, Forum forum, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(forum);
        var names = (await store.GetParticipantsAsync(series.Id, cancellationToken)).ToDictionary(p => p.Id, p => p.DisplayName);
        var items = forum.Items.OrderBy(i => i.Position).ThenBy(i => i.Key, StringComparer.Ordinal).ToList();

        var results = new List<object>();
        var responses = new CsvWriter().Row("item", "question", "respondent", "group", "answer", "updated_at");
        var needs = new List<NeedRow>();
        var lastAnswer = series.CreatedAt;
        foreach (var item in items)
        {
            ItemResults itemResults;
            if (item.Spec is NeedsCollectionSpec)
            {
                var entries = await store.GetNeedsAsync(item.Id, cancellationToken);
                var supports = await store.GetNeedSupportsAsync(item.Id, cancellationToken);
                var ranked = ResultsCalculator.ComputeNeeds(item, entries, supports, series);
                lastAnswer = Latest(lastAnswer, entries.Select(e => e.CreatedAt).Concat(supports.Select(s => s.CreatedAt)));
                itemResults = ranked;
                var byId = entries.ToDictionary(e => e.Id);
                needs.AddRange(ranked.Ranking.Select(n => new NeedRow(n.NeedId, series.Id, forum.Number, item.Key, n.Rank, n.Kind, n.TopicKey, n.Text,
                    n.Supporters, AuthorOf(series, item, byId[n.NeedId].ParticipantId, names), n.CreatedAt, item.Anonymous) { MergedFrom = MergedFrom(n) }));
            }
            else
            {
                var answers = await store.GetResponsesAsync(item.Id, cancellationToken);
                itemResults = ResultsCalculator.Compute(item, answers, series);
                lastAnswer = Latest(lastAnswer, answers.Select(a => a.UpdatedAt));
                // One row per answer would undo the withholding of an item's results below k: such items get no rows.
                var published = itemResults.WithheldBelow is null ? answers : [];
                foreach (var response in published.OrderBy(r => r.UpdatedAt).ThenBy(r => r.RespondentKey, StringComparer.Ordinal))
                {
                    responses.Row(item.Key, item.Prompt.De, AuthorOf(series, item, response.ParticipantId, names), item.Anonymous ? null : response.GroupKey,
                        JsonSerializer.Serialize(response.Answer, ArchiveJson.Compact), Timestamp(item, response.UpdatedAt));
                }
            }

            results.Add(new
            {
                id = item.Id,
                key = item.Key,
                position = item.Position,
                kind = item.Spec.KindName,
                prompt = item.Prompt,
                anonymous = item.Anonymous,
                status = item.Status,
                results = itemResults,
            });
        }

        var document = new
        {
            schemaVersion = SchemaVersion,
            series = new { id = series.Id, title = series.Title },
            forum = new { id = forum.Id, number = forum.Number, title = forum.Title, status = forum.Status },
            items = results,
        };
        var files = new List<ArchiveFile>(await documents.WriteAsync(series, forum, lastAnswer, cancellationToken))
        {
            new("results.json", JsonSerializer.SerializeToUtf8Bytes(document, ArchiveJson.Options)),
            new("responses.csv", responses.ToBytes()),
            new("needs.csv", NeedsCsv(needs)),
        };
        return new ForumArchive(ArchiveNames.FolderOf(series, forum), files, needs);
    }

    private static byte[] NeedsCsv(IEnumerable<NeedRow> needs)
    {
        var csv = new CsvWriter().Row("need_id", "item", "rank", "kind", "topic", "text", "supporters", "author", "created_at", "merged_from");
        foreach (var need in needs)
        {
            csv.Row(need.NeedId.ToString(), need.ItemKey, need.Rank.ToString(CultureInfo.InvariantCulture), need.Kind.ToString(), need.TopicKey,
                need.Text, need.Supporters.ToString(CultureInfo.InvariantCulture), need.Author,
                need.Anonymous ? Day(need.CreatedAt) : Timestamp(need.CreatedAt), need.MergedFrom);
        }

        return csv.ToBytes();
    }

    /// <summary>The sources of a merged need as "Kind: text" joined by " | ", the way the kind column names kinds; null when it stands alone.</summary>
    private static string? MergedFrom(RankedNeed need) =>
        need.IsMerged ? string.Join(" | ", need.Sources.Select(s => $"{s.Kind}: {s.Text}")) : null;

    private static DateTimeOffset Latest(DateTimeOffset so, IEnumerable<DateTimeOffset> more) => more.Append(so).Max();

    /// <summary>Names leave the database only where the series publishes them, and never for an anonymous item.</summary>
    private static string? AuthorOf(ForumSeries series, ForumItem item, Guid? participantId, IReadOnlyDictionary<Guid, string> names) =>
        !series.Minimisation.PublishNames || item.Anonymous || participantId is not { } id ? null : names.GetValueOrDefault(id);

    // Anonymous rows store only the day (RespondentKeys.StampFor); a time of day in the file would claim more.
    private static string Timestamp(ForumItem item, DateTimeOffset value) => item.Anonymous ? Day(value) : Timestamp(value);

    private static string Day(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
