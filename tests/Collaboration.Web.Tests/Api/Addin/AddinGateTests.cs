namespace Collaboration.Web.Tests.Api.Addin;

/// <summary>
/// Each refusal of the add-in's API: no sign-in (401), a series the user does not moderate and one that does not exist
/// (both 404 with the same words, so nobody learns which series exist), a question of another series (404, nothing
/// built), and bad input (400), each with a sentence in the request's language.
/// </summary>
public sealed class AddinGateTests : WebTest
{
    private const string AdministratorId = "7d2e4f60-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Bot:AdministratorIds:0"] = AdministratorId };

    [Theory]
    [InlineData("GET", "/series")]
    [InlineData("POST", "/preview")]
    [InlineData("POST", "/slides")]
    [InlineData("POST", "/section")]
    [InlineData("POST", "/check")]
    public async Task Without_sign_in_every_call_is_refused_with_401_and_a_sentence(string method, string path)
    {
        var scenario = await SeriesChat.CreateAsync(Host);
        var seriesId = (string)(await scenario.ConsoleAsync())["series"]!["id"]!;
        JsonObject? body = method == "POST" ? path == "/check" ? new JsonObject { ["placed"] = new JsonArray() } : AddinCalls.Selection(seriesId) : null;

        var refused = await Host.AddinAsync(new HttpMethod(method), path, user: null, body, "en");

        Assert.Equal((HttpStatusCode.Unauthorized, "AddinSignInRequired"), (refused.Status, refused.Code));
        Assert.StartsWith("Please sign in", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_for_another_app_is_refused_with_401()
    {
        var user = TeamsUser.Create("Maria Moderatorin");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/addin/series", UriKind.Relative));
        request.Headers.Authorization = new("Bearer", Host.Keys.Token(user, audience: "api://elsewhere.example.org/00000000-0000-4000-8000-000000000001"));

        var refused = await Host.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
    }

    [Theory]
    [InlineData("/preview")]
    [InlineData("/slides")]
    [InlineData("/section")]
    public async Task Another_moderators_series_and_a_series_that_does_not_exist_are_both_404_with_the_same_words(string path)
    {
        var ours = await SeriesChat.CreateAsync(Host);
        var theirs = await SeriesChat.CreateAsync(Host);
        var theirId = (string)(await theirs.ConsoleAsync())["series"]!["id"]!;

        var other = await Host.AddinPostAsync(path, ours.Moderator, AddinCalls.Selection(theirId), "en");
        var missing = await Host.AddinPostAsync(path, ours.Moderator, AddinCalls.Selection(Guid.NewGuid().ToString()), "en");

        Assert.Equal((HttpStatusCode.NotFound, "SeriesNotVisible"), (other.Status, other.Code));
        Assert.Equal((other.Status, other.Code, other.Message), (missing.Status, missing.Code, missing.Message));
        Assert.Equal("There is no forum series with this id that you moderate.", other.Message);
    }

    [Fact]
    public async Task A_question_of_another_series_is_404_and_nothing_is_built_even_for_a_moderator_of_both()
    {
        var ours = await SeriesChat.CreateAsync(Host);
        var ourId = (string)(await ours.ConsoleAsync())["series"]!["id"]!;
        var second = await Host.AddinAsync(HttpMethod.Get, "/series", ours.Moderator);
        // The same moderator creates a second series in another chat: its questions still do not belong to the first.
        var otherChat = Host.NewChat(ours.Moderator);
        await Host.SayAsync(otherChat, ours.Moderator, "serie anlegen " + SeriesChat.Template);
        var foreign = (string)(await Host.GetAsync("/console", ours.Moderator, otherChat)).Json!["forums"]![0]!["items"]![0]!["id"]!;
        var ownItem = await ours.ItemIdAsync(1, "bedeutung");

        var slides = await Host.AddinPostAsync("/slides", ours.Moderator, AddinCalls.Selection(ourId, ownItem, foreign), "en");
        var preview = await Host.AddinPostAsync("/preview", ours.Moderator, AddinCalls.Selection(ourId, foreign));

        Assert.Single(second.Json!["series"]!.AsArray());
        Assert.Equal((HttpStatusCode.NotFound, "ItemNotFound"), (slides.Status, slides.Code));
        Assert.Contains(foreign, slides.Message, StringComparison.Ordinal);
        Assert.Null(slides.Json!["document"]);
        Assert.Equal((HttpStatusCode.NotFound, "ItemNotFound"), (preview.Status, preview.Code));
    }

    [Fact]
    public async Task A_forum_the_series_does_not_have_is_404()
    {
        var ours = await SeriesChat.CreateAsync(Host);
        var ourId = (string)(await ours.ConsoleAsync())["series"]!["id"]!;

        var refused = await Host.AddinPostAsync("/slides", ours.Moderator, new JsonObject { ["seriesId"] = ourId, ["forum"] = 9 }, "en");

        Assert.Equal((HttpStatusCode.NotFound, "ForumNotFound"), (refused.Status, refused.Code));
        Assert.Equal("There is no forum 9 in this series.", refused.Message);
    }

    [Fact]
    public async Task Check_answers_unavailable_for_a_series_the_user_may_not_see_and_nothing_more()
    {
        var ours = await SeriesChat.CreateAsync(Host);
        var theirs = await SeriesChat.CreateAsync(Host);
        var ourId = (string)(await ours.ConsoleAsync())["series"]!["id"]!;
        var theirId = (string)(await theirs.ConsoleAsync())["series"]!["id"]!;
        var ourSource = (await Host.AddinPostAsync("/section", ours.Moderator, AddinCalls.Selection(ourId, await ours.ItemIdAsync(1, "bedeutung")))).Json!["sources"]![0]!;
        var theirSource = (await Host.AddinPostAsync("/section", theirs.Moderator, AddinCalls.Selection(theirId, await theirs.ItemIdAsync(1, "bedeutung")))).Json!["sources"]![0]!;
        var gone = ourSource.DeepClone();
        gone["itemId"] = Guid.NewGuid().ToString();

        var checkedStates = await Host.AddinPostAsync("/check", ours.Moderator,
            new JsonObject { ["placed"] = new JsonArray(ourSource.DeepClone(), theirSource.DeepClone(), gone) });

        Assert.Equal(HttpStatusCode.OK, checkedStates.Status);
        var states = checkedStates.Json!["states"]!.AsArray().Select(s => (string?)s!["state"]).ToList();
        Assert.Equal(["current", "unavailable", "gone"], states);
    }

    [Fact]
    public async Task A_configured_administrator_sees_every_series()
    {
        await SeriesChat.CreateAsync(Host);
        await SeriesChat.CreateAsync(Host);
        var administrator = TeamsUser.FromObjectId(Guid.Parse(AdministratorId), "Ada Administratorin");

        var all = await Host.AddinAsync(HttpMethod.Get, "/series", administrator);

        Assert.Equal(HttpStatusCode.OK, all.Status);
        Assert.Equal(2, all.Json!["series"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("/slides", """{"seriesId":"SERIES","forum":1,"itemIds":["SERIES"]}""", "OneSelection")]
    [InlineData("/slides", """{"seriesId":"SERIES","itemIds":[]}""", "NoItems")]
    [InlineData("/slides", """{"seriesId":"SERIES","forum":"eins"}""", "BadForum")]
    [InlineData("/preview", """{"seriesId":"nicht-eine-id"}""", "BadId")]
    [InlineData("/preview", """{"forum":1}""", "MissingField")]
    [InlineData("/section", """{"seriesId":""", "BadJson")]
    [InlineData("/check", """{"placed":[{"seriesId":"SERIES","itemId":"SERIES","asOf":"2026-12-05T10:00:00Z","hash":"kein-hash"}]}""", "BadPlaced")]
    [InlineData("/check", """{"placed":{}}""", "MissingField")]
    public async Task Bad_input_is_400_with_a_sentence(string path, string body, string code)
    {
        var ours = await SeriesChat.CreateAsync(Host);
        var ourId = (string)(await ours.ConsoleAsync())["series"]!["id"]!;

        var refused = await Host.AddinAsync(HttpMethod.Post, path, ours.Moderator, rawBody: body.Replace("SERIES", ourId, StringComparison.Ordinal), language: "en");

        Assert.Equal((HttpStatusCode.BadRequest, code), (refused.Status, refused.Code));
        Assert.False(string.IsNullOrWhiteSpace(refused.Message));
    }

    [Fact]
    public async Task More_than_200_placed_results_are_refused_with_400()
    {
        var ours = await SeriesChat.CreateAsync(Host);
        var placed = new JsonArray([.. Enumerable.Range(0, 201).Select(_ => (JsonNode)new JsonObject
        {
            ["seriesId"] = Guid.NewGuid().ToString(), ["itemId"] = Guid.NewGuid().ToString(), ["asOf"] = "2026-12-05T10:00:00Z", ["hash"] = "0123456789abcdef",
        })]);

        var refused = await Host.AddinPostAsync("/check", ours.Moderator, new JsonObject { ["placed"] = placed });

        Assert.Equal((HttpStatusCode.BadRequest, "TooMany"), (refused.Status, refused.Code));
    }

    [Fact]
    public async Task The_config_names_the_Entra_app_and_tenant_and_local_mode_and_local_sign_in_reaches_the_list()
    {
        var ours = await SeriesChat.CreateAsync(Host);

        var config = await Host.AddinAsync(HttpMethod.Get, "/config", user: null);
        var local = await Host.AddinAsync(HttpMethod.Get, "/series", ours.Moderator, local: true);

        Assert.Equal(HttpStatusCode.OK, config.Status);
        Assert.True((bool)config.Json!["local"]!);
        Assert.Equal(EntraKeys.AppId, (string?)config.Json["clientId"]);
        Assert.Equal(EntraKeys.TenantId, (string?)config.Json["tenant"]);
        Assert.Equal(HttpStatusCode.OK, local.Status);
        Assert.Single(local.Json!["series"]!.AsArray());
    }

    [Fact]
    public async Task An_unknown_add_in_path_is_404_with_a_sentence()
    {
        var ours = await SeriesChat.CreateAsync(Host);

        var missing = await Host.AddinAsync(HttpMethod.Get, "/decks", ours.Moderator, language: "en");

        Assert.Equal((HttpStatusCode.NotFound, "NotFound"), (missing.Status, missing.Code));
    }

    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(80)]
    public async Task The_ribbon_icons_the_manifest_names_are_served_without_sign_in_as_drawn_into_the_manifest_folder(int size)
    {
        var drawn = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot(), "manifest", "app", $"addin-{size}.png"));

        var (status, type, body) = await Host.GetBytesAsync($"/api/addin/icons/{size}.png");
        var (missingStatus, _, _) = await Host.GetBytesAsync("/api/addin/icons/64.png");

        Assert.Equal((HttpStatusCode.OK, "image/png"), (status, type));
        Assert.Equal(drawn, body);
        Assert.Equal(HttpStatusCode.NotFound, missingStatus);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Collaboration.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("No Collaboration.sln above the test's folder.");
    }

    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}

/// <summary>The add-in's per-user limit: a pane stuck in a loop is stopped with 429 and the time to wait.</summary>
public sealed class AddinLimitTests : WebTest
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ActionLimits:Addin:Permits"] = "2",
        ["ActionLimits:Addin:Window"] = "01:00:00",
    };

    [Fact]
    public async Task A_third_call_within_the_window_is_refused_with_429_and_Retry_After()
    {
        var ours = await SeriesChat.CreateAsync(Host);
        var ourId = (string)(await ours.ConsoleAsync())["series"]!["id"]!;

        var first = await Host.AddinAsync(HttpMethod.Get, "/series", ours.Moderator);
        var second = await Host.AddinPostAsync("/preview", ours.Moderator, AddinCalls.Selection(ourId));
        var third = await Host.AddinPostAsync("/slides", ours.Moderator, AddinCalls.Selection(ourId), "en");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.Status, second.Status));
        Assert.Equal((HttpStatusCode.TooManyRequests, "TooManyRequests"), (third.Status, third.Code));
        Assert.True(third.RetryAfter > TimeSpan.Zero, "no Retry-After");
        Assert.Null(third.Json!["document"]);
    }

    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}
