namespace Collaboration.Web.Tests.Api;

/// <summary>
/// Teams SSO tokens against keys served the way Entra serves them: only a token signed by those keys, for this app,
/// from an allowed tenant and still valid signs in; every other answers 401 with a sentence, never a 500.
/// </summary>
public sealed class SignInTests : WebTest
{
    public static TheoryData<string> RefusedTokens => ["wrong audience", "wrong issuer", "other tenant", "expired", "unsigned", "foreign key", "garbage", "none"];

    protected override bool LocalSignIn => false;

    [Fact]
    public async Task A_Teams_token_for_the_app_signs_in_and_the_user_comes_from_the_token()
    {
        var series = await SeriesChat.CreateAsync(Host);

        var me = await Host.GetAsync("/me", series.Participant, series.Chat);

        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.Equal(series.Participant.Name, (string?)me.Json!["user"]!["name"]);
        Assert.False((bool)me.Json["isModerator"]!);
        Assert.NotNull(me.Json["series"]);
    }

    [Fact]
    public async Task A_v1_token_with_the_bare_app_id_as_audience_signs_in_too()
    {
        var series = await SeriesChat.CreateAsync(Host);
        var token = Host.Keys.Token(series.Moderator, audience: EntraKeys.AppId, issuer: $"https://sts.windows.net/{EntraKeys.TenantId}/");

        var me = await Host.ApiAsync(HttpMethod.Get, "/me", series.Moderator, series.Chat, token: token);

        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.True((bool)me.Json!["isModerator"]!);
    }

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_token_wrong_in_one_way_is_refused_with_401_and_a_sentence(string wrong)
    {
        var series = await SeriesChat.CreateAsync(Host);
        var user = series.Moderator;
        await using var foreign = await EntraKeys.StartAsync();
        var token = wrong switch
        {
            "wrong audience" => Host.Keys.Token(user, audience: "api://forum.example.org/00000000-0000-0000-0000-00000000beef"),
            "wrong issuer" => Host.Keys.Token(user, issuer: "https://login.evil.example/" + EntraKeys.TenantId + "/v2.0"),
            "other tenant" => Host.Keys.Token(user, tenant: EntraKeys.OtherTenantId),
            "expired" => Host.Keys.Token(user, expires: DateTime.UtcNow.AddHours(-1)),
            "unsigned" => Host.Keys.Token(user, withSignature: false),
            "foreign key" => foreign.Token(user),
            "garbage" => "not-a-token",
            _ => null,
        };

        var me = await Host.ApiAsync(HttpMethod.Get, "/me", token is null ? null : user, series.Chat, token: token, language: "en");

        Assert.Equal(HttpStatusCode.Unauthorized, me.Status);
        Assert.Equal("SignInRequired", me.Code);
        Assert.Equal("Please sign in: open the page in Microsoft Teams.", me.Message);
    }

    [Fact]
    public async Task Local_sign_in_headers_mean_nothing_without_the_switch()
    {
        var series = await SeriesChat.CreateAsync(Host);

        var me = await Host.ApiAsync(HttpMethod.Get, "/me", series.Moderator, series.Chat, local: true);
        var mode = await Host.ApiAsync(HttpMethod.Get, "/sign-in-mode", null, null);

        Assert.Equal(HttpStatusCode.Unauthorized, me.Status);
        Assert.False((bool)mode.Json!["local"]!);
    }

    protected override Task<ThrowAwayStore> CreateStoreAsync() => Task.FromResult(ThrowAwayStore.Sqlite());
}
