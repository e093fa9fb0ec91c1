using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Collaboration.Bot.Cards.Factories;
using Collaboration.Bot.Cards.Model;
using Collaboration.Bot.Tests.Cards.Hostile;

namespace Collaboration.Bot.Tests.Cards;

/// <summary>
/// A voter's card copies its header (series, forum, prompt, help, status) and its results section in as JSON serialised
/// once per results snapshot (SharedVoterSections). Every card built that way must be byte-for-byte the card the
/// serializer writes element by element, and must show what a card built from a snapshot of its own would: no other
/// language's, variant's or item state's header or section.
/// </summary>
public sealed class VoterCardJsonTests
{
    private static readonly BotText[] Languages = [BotText.For(Language.De), BotText.For(Language.En)];

    // Today's way: the body written by the serializer's own list converter, every element serialised in full.
    private static readonly JsonSerializerOptions ElementByElement = new(CardJson.Options)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    if (info.Type == typeof(AdaptiveCard))
                    {
                        foreach (var property in info.Properties)
                        {
                            property.CustomConverter = null;
                        }
                    }
                },
            },
        },
    };

    public static TheoryData<string> CorpusNames() => [.. HostileCorpus.All.Select(c => c.Name).Prepend(HostileCorpus.Plain)];

    [Theory]
    [MemberData(nameof(CorpusNames))]
    public void Every_voters_card_from_a_shared_snapshot_is_byte_for_byte_the_card_serialised_element_by_element(string corpusName)
    {
        var hostile = corpusName == HostileCorpus.Plain ? HostileCorpus.Plain : HostileCorpus.All.Single(c => c.Name == corpusName).Text;
        var series = HostileSeries.Build(hostile);
        var forum = series.Forums[0];
        var kinds = new HashSet<string>();
        var (withheld, groupsHidden, compared) = (0, 0, 0);
        foreach (var item in forum.Items)
        {
            // 9: every group broken out; 4: small groups hidden; 2: withheld below k = 3; 0: no answers yet.
            foreach (var respondents in new[] { 9, 4, 2, 0 })
            {
                var (shared, mine) = HostileSeries.Results(series, item, hostile, respondents);
                withheld += shared.WithheldBelow is null ? 0 : 1;
                groupsHidden += shared.WithheldBelow is null && shared.Respondents > 0 && shared.ByGroup.Count < series.Groups.Count ? 1 : 0;

                // Both languages from one snapshot, twice each, so the second card of a language copies the kept section.
                foreach (var text in Languages.Concat(Languages))
                {
                    var card = ItemCards.Create(text, Request(series, forum, item, shared, mine));
                    var own = ItemCards.Create(text, Request(series, forum, item, shared with { }, mine));

                    // The needs collection's submit button carries a fresh client key per card; the body is compared whole.
                    Assert.Equal(JsonSerializer.Serialize(card with { Body = own.Body }, ElementByElement), CardJson.Serialize(card));
                    compared++;
                }

                kinds.Add(item.Spec.KindName);
            }
        }

        Assert.Equal(forum.Items.Select(i => i.Spec.KindName).Distinct().Count(), kinds.Count);
        Assert.True(withheld > 0 && groupsHidden > 0, $"withheld {withheld}, small groups hidden {groupsHidden}");
        Assert.Equal(forum.Items.Count * 4 * 4, compared);
    }

    [Fact]
    public void A_kept_item_closed_within_the_snapshot_gets_the_section_of_a_closed_item()
    {
        var series = HostileSeries.Build(HostileCorpus.Plain);
        var forum = series.Forums[0];
        var item = forum.Items.Single(i => i.Spec is NeedsCollectionSpec);
        var (shared, mine) = HostileSeries.Results(series, item, HostileCorpus.Plain);
        var text = Languages[0];
        var open = CardJson.Serialize(ItemCards.Create(text, Request(series, forum, item, shared, mine)));

        Assert.True(series.CloseItem(item.Id).Succeeded);
        var closed = ItemCards.Create(text, Request(series, forum, item, shared, mine));
        var own = ItemCards.Create(text, Request(series, forum, item, shared with { }, mine));

        Assert.Equal(JsonSerializer.Serialize(closed with { Body = own.Body }, ElementByElement), CardJson.Serialize(closed));
        Assert.NotEqual(open, CardJson.Serialize(closed));
    }

    private static ItemCardRequest Request(ForumSeries series, Forum forum, ForumItem item, ItemResults results, Answer? mine) =>
        new(new ItemView(series, forum, item, results, null, mine), Personal: true) { Notice = new CardNotice("Gespeichert", IsProblem: false) };
}
