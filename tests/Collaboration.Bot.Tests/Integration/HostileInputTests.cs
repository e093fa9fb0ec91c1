using System.Text;
using Collaboration.Fakes.Teams;

namespace Collaboration.Bot.Tests.Integration;

/// <summary>
/// Hostile text through the real pipeline: a pasted template beyond a limit or with YAML aliases is refused with a
/// card naming the limit and creates nothing; a typed template name and a template's own texts show as typed.
/// </summary>
public abstract class HostileInputTests : BotTest
{
    private readonly TeamsUser _moderator = TeamsUser.Create("Maria Moderatorin");

    private static string Template(int forums, string title = "Reihe")
    {
        var yaml = new StringBuilder($"title: {{ de: \"{title}\" }}\nstakeholderGroups: [{{ key: kommune, de: Kommune }}]\nforums:\n");
        for (var f = 1; f <= forums; f++)
        {
            yaml.Append("  - { number: ").Append(f).Append(", title: { de: Forum }, items: [{ key: frage, kind: openText, prompt: { de: Was? } }] }\n");
        }

        return yaml.ToString();
    }

    private async Task<JsonNode> PasteAsync(TeamsActivities chat, string template) =>
        await Bot.ExecuteAsync(chat, _moderator, CardVerbs.CreateSeries, new JsonObject { [CardInputs.TemplateText] = template });

    private async Task<Guid?> BoundSeriesAsync(TeamsActivities chat)
    {
        using var scope = Bot.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IConversationStore>().GetBoundSeriesAsync(chat.ConversationId, CancellationToken.None);
    }

    [Fact]
    public async Task A_pasted_template_with_eleven_forums_is_refused_naming_the_limit_and_creates_no_series()
    {
        var chat = Bot.NewChat();

        var refusal = await PasteAsync(chat, Template(forums: 11));

        Assert.Contains("Die Vorlage hat 11 Foren; höchstens 10 sind erlaubt.", CardReader.Text(refusal), StringComparison.Ordinal);
        Assert.Null(await BoundSeriesAsync(chat));
    }

    [Fact]
    public async Task The_refusal_is_in_english_for_an_english_client()
    {
        var chat = Bot.NewChat("en-US");

        var refusal = await PasteAsync(chat, Template(forums: 1) + "#" + new string('x', 300 * 1024));

        Assert.Contains("The template is too large: at most 256 KiB are allowed.", CardReader.Text(refusal), StringComparison.Ordinal);
        Assert.Null(await BoundSeriesAsync(chat));
    }

    [Fact]
    public async Task A_pasted_billion_laughs_template_is_refused_at_its_first_anchor_and_creates_no_series()
    {
        var chat = Bot.NewChat();
        var bomb = new StringBuilder("title: &a { de: lol }\n");
        for (var level = 'b'; level <= 'z'; level++)
        {
            bomb.Append(level).Append(": &").Append(level).Append(" [").AppendJoin(',', Enumerable.Repeat("*" + (char)(level - 1), 9)).Append("]\n");
        }

        var refusal = await PasteAsync(chat, bomb.ToString());

        Assert.Contains("YAML-Anker oder -Aliasse (&, *) in Zeile 1", CardReader.Text(refusal), StringComparison.Ordinal);
        Assert.Null(await BoundSeriesAsync(chat));
    }

    [Fact]
    public async Task A_typed_template_name_with_markdown_comes_back_escaped()
    {
        var chat = Bot.NewChat();

        var answer = await Bot.SayAsync(chat, _moderator, "serie anlegen [Formular](https://evil.example)<at>Alle</at>");

        var text = Assert.Single(answer).Text;
        // The command parser lower-cases what follows the command; the name comes back escaped, not as a link or mention.
        Assert.Contains("„\\[formular\\](https:/\u2060/evil.example)<\u2060at>alle<\u2060/at>“", text, StringComparison.Ordinal);
        Assert.Null(await BoundSeriesAsync(chat));
    }

    [Fact]
    public async Task A_template_title_with_a_link_and_a_bidi_override_shows_escaped_and_without_the_override()
    {
        var chat = Bot.NewChat();

        var overview = await PasteAsync(chat, Template(forums: 1, title: "[Offiziell](https://evil.example) **Reihe** \u202Etxt.exe"));

        var text = CardReader.Text(overview);
        Assert.Contains("\\[Offiziell\\](https:/\u2060/evil.example) \\*\\*Reihe\\*\\* txt.exe", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", overview.ToJsonString(), StringComparison.Ordinal);
        Assert.NotNull(await BoundSeriesAsync(chat));
    }
}

public sealed class HostileInputOnSqliteTests : HostileInputTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

[Collection(PostgresFixture.Collection)]
public sealed class HostileInputOnPostgresTests(PostgresFixture postgres) : HostileInputTests
{
    protected override Task<ThrowAwayStore> CreateStoreAsync() => ThrowAwayStore.PostgresAsync(postgres);
}
