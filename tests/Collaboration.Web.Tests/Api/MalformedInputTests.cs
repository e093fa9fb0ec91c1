namespace Collaboration.Web.Tests.Api;

/// <summary>Every endpoint answers malformed input with 400 and a sentence in the request's language; never a 500 or a stack trace.</summary>
public sealed class MalformedInputTests : WebTest
{
    private const string Item = "{item}";

    /// <summary>Method, path, raw body (null: none), the code expected.</summary>
    public static TheoryData<string, string, string?, string> Cases => new()
    {
        { "GET", "/items/not-an-id", null, "BadId" },
        { "GET", "/items/00000000-0000-0000-0000-000000000000", null, "BadId" },
        { "POST", "/items/12345/open", "{}", "BadId" },
        { "POST", "/items/%3Cscript%3E/close", "{}", "BadId" },
        { "POST", "/items/x/push", "{}", "BadId" },
        { "POST", "/forums/eins/start", "{}", "BadForum" },
        { "POST", "/forums/-1/close", "{}", "BadForum" },
        { "GET", "/forums/99999999999/carry-over", null, "BadForum" },
        { "POST", "/forums/1.5/carry-over", "{}", "BadForum" },
        { "POST", "/onboard", "{", "BadJson" },
        { "POST", "/onboard", "[1,2]", "BadJson" },
        { "POST", "/onboard", "{\"organisation\":\"Stadt\"}", "MissingField" },
        { "POST", "/onboard", "{\"group\":\"raumfahrt\",\"organisation\":\"Stadt\"}", "UnknownStakeholderGroup" },
        { "POST", $"/items/{Item}/answer", "not json", "BadJson" },
        { "POST", $"/items/{Item}/answer", "\"beratung\"", "BadJson" },
        { "POST", $"/items/{Item}/answer", "{\"choice\":5}", "WrongAnswerKind" },
        { "POST", $"/items/{Item}/answer", "{\"choices\":[\"beratung\"]}", "WrongAnswerKind" },
        { "POST", $"/items/{Item}/answer", "{\"choice\":\"mond\"}", "ChoiceNotInItem" },
        { "POST", $"/items/{Item}/answer", "{\"choice\":\"" + new string('x', 70_000) + "\"}", "BodyTooLarge" },
        { "POST", $"/items/{Item}/needs", "{\"kind\":\"2\",\"topic\":\"sonstiges\",\"text\":\"x\",\"clientKey\":\"k\"}", "UnknownNeedKind" },
        { "POST", $"/items/{Item}/needs", "{\"kind\":\"Need\",\"topic\":\"sonstiges\",\"text\":\"x\"}", "MissingField" },
        { "POST", "/needs/nope/support", "{}", "BadId" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Malformed_input_is_answered_400_in_German_and_in_English(string method, string path, string? body, string code)
    {
        var series = await SeriesChat.CreateAsync(Host);
        await Host.PostAsync("/forums/1/start", series.Moderator, series.Chat);
        await series.OnboardAsync(series.Participant);
        var item = await series.ItemIdAsync(1, "rolle-zentrum");
        var user = path.StartsWith("/items/", StringComparison.Ordinal) && !path.EndsWith("answer", StringComparison.Ordinal) && !path.EndsWith("needs", StringComparison.Ordinal)
            ? series.Moderator : series.Participant;
        path = path.Replace(Item, item, StringComparison.Ordinal);
        if (path.EndsWith("/needs", StringComparison.Ordinal))
        {
            path = path.Replace(item, await series.ItemIdAsync(1, "bedarfe"), StringComparison.Ordinal);
        }

        var german = await Host.ApiAsync(new HttpMethod(method), path, user, series.Chat, language: "de-DE", rawBody: body);
        var english = await Host.ApiAsync(new HttpMethod(method), path, user, series.Chat, language: "en-GB,en;q=0.9", rawBody: body);

        Assert.True(german.Status == HttpStatusCode.BadRequest, german.Text);
        Assert.Equal(code, german.Code);
        Assert.Equal(code, english.Code);
        Assert.False(string.IsNullOrWhiteSpace(german.Message));
        Assert.NotEqual(german.Message, english.Message);
        Assert.DoesNotContain("Exception", german.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_the_API_does_not_know_is_answered_404_with_a_sentence()
    {
        var series = await SeriesChat.CreateAsync(Host);

        var unknown = await Host.ApiAsync(HttpMethod.Get, "/no-such-thing", series.Moderator, series.Chat, language: "en");

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("This address does not exist.", unknown.Message);
    }

    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}
