using System.Reflection;
using Collaboration.Bot.Cards.Factories;
using Collaboration.Bot.Cards.Model;

namespace Collaboration.Bot.Tests.Cards.Hostile;

/// <summary>
/// Every card factory, with hostile text in every field a user or a template supplies, builds cards that
/// Microsoft's Adaptive Cards JS SDK accepts and in which that text forms no link, image, emphasis, list, heading,
/// code, HTML, entity or mention: it shows as typed.
/// </summary>
public sealed class HostileTextCardTests
{
    private static readonly BotText[] Languages = [BotText.For(Language.De), BotText.For(Language.En)];

    public static TheoryData<string> CorpusNames() => [.. HostileCorpus.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CorpusNames))]
    public async Task Hostile_text_in_every_field_of_every_card_passes_the_sdk_and_forms_no_markdown(string corpusName)
    {
        var hostile = HostileCorpus.All.Single(c => c.Name == corpusName).Text;
        var pairs = new List<(string Name, string BenignJson, string HostileJson)>();
        foreach (var text in Languages)
        {
            var plain = EveryCardFactory.Render(text, HostileCorpus.Plain);
            var dressed = EveryCardFactory.Render(text, hostile);
            Assert.Equal(plain.Select(c => c.Name), dressed.Select(c => c.Name));
            pairs.AddRange(plain.Zip(dressed, (p, d) => (d.Name, CardJson.Serialize(p.Card), CardJson.Serialize(d.Card))));
        }

        var invalid = await AdaptiveCardValidator.ValidateAsync(pairs.Select(p => p.HostileJson));
        var formed = await AdaptiveCardValidator.CheckMarkdownAsync(pairs);

        Assert.True(invalid.Count == 0, string.Join(Environment.NewLine, invalid.Take(20)));
        Assert.True(formed.Count == 0, string.Join(Environment.NewLine, formed.Take(40)));
    }

    [Fact]
    public void Every_public_card_factory_method_is_rendered_with_the_hostile_corpus()
    {
        // CardParts builds pieces for the factories (its Card takes finished elements); it is no card of its own.
        var factories = typeof(ItemCards).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ItemCards).Namespace && t is { IsAbstract: true, IsSealed: true } && t != typeof(CardParts))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m.ReturnType == typeof(AdaptiveCard))
                .Select(m => $"{t.Name}.{m.Name}"))
            .ToHashSet(StringComparer.Ordinal);
        var rendered = EveryCardFactory.Render(Languages[0], HostileCorpus.Plain).Select(c => c.Factory).ToHashSet(StringComparer.Ordinal);

        var missing = factories.Except(rendered).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0,
            "Card factory methods that EveryCardFactory does not render with the hostile corpus (add them there, with "
            + "the corpus text in every user or template field): " + string.Join(", ", missing));
        Assert.Empty(rendered.Except(factories));
    }

    [Fact]
    public async Task The_markdown_check_sees_a_link_emphasis_and_a_mention_that_were_not_escaped()
    {
        // The check itself must be able to fail: the same card, once with escaped and once with raw text.
        static string Card(string text) => CardJson.Serialize(CardParts.Card([new TextBlock(text), new FactSet([new Fact(text, text)])]));
        const string raw = "[a](https://evil.example) *b* <at>c</at> https://evil.example www.evil.example &amp;";

        var clean = await AdaptiveCardValidator.CheckMarkdownAsync([("escaped", Card("Wort"), Card(CardText.Escape(raw)))]);
        var formed = await AdaptiveCardValidator.CheckMarkdownAsync([("raw", Card("Wort"), Card(raw))]);

        Assert.Empty(clean);
        string[] fields = ["TextBlock.text #0", "Fact.title #1", "Fact.value #2"];
        string[] kinds = ["forms Markdown [link_open link_close em_open em_close html_inline html_inline link_open link_close]", "forms a mention tag",
            "forms a www link", "forms an HTML entity"];
        Assert.Equal(fields.Length * kinds.Length, formed.Count);
        Assert.All(fields.SelectMany(f => kinds.Select(k => $"raw: {f} {k}")),
            expected => Assert.Single(formed, p => p.StartsWith(expected, StringComparison.Ordinal)));
    }
}
