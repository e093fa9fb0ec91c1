namespace Collaboration.Manifest.Tests;

/// <summary>The configurable tab that brings the web app into meetings, channels and group chats.</summary>
public sealed class MeetingTabTests
{
    [Fact]
    public async Task Tab_is_configured_on_the_bot_hosts_config_page_and_can_be_reconfigured()
    {
        var tab = Tab(await Sources.PackagedManifestAsync());

        Assert.Equal($"https://{Sources.Host}/tab/config", (string?)tab["configurationUrl"]);
        Assert.True((bool)tab["canUpdateConfiguration"]!);
    }

    [Fact]
    public async Task Tab_opens_in_the_meeting_side_panel_stage_chat_and_details_and_in_channel_and_group_chat_tabs()
    {
        var tab = Tab(await Sources.PackagedManifestAsync());

        Assert.Equal(
            ["channelTab", "meetingChatTab", "meetingDetailsTab", "meetingSidePanel", "meetingStage", "privateChatTab"],
            Strings(tab["context"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Tab_belongs_to_teams_and_group_chats_and_to_the_side_panel_and_stage_surfaces()
    {
        var tab = Tab(await Sources.PackagedManifestAsync());

        Assert.Equal(["team", "groupChat"], Strings(tab["scopes"]));
        Assert.Equal(["sidePanel", "stage"], Strings(tab["meetingSurfaces"]));
    }

    [Fact]
    public async Task Bot_talks_in_teams_and_group_chats_including_meeting_chats_and_takes_no_calls()
    {
        var bot = (await Sources.PackagedManifestAsync())["bots"]![0]!;

        Assert.Contains("team", Strings(bot["scopes"]));
        Assert.Contains("groupChat", Strings(bot["scopes"]));
        Assert.False((bool)bot["supportsCalling"]!);
    }

    [Fact]
    public async Task Tab_page_on_a_domain_outside_validDomains_is_refused()
    {
        using var temp = new TempDirectory();
        var source = await Sources.CopyOfManifestWithAsync(
            temp.File("manifest"), template => Tab(template)["configurationUrl"] = "https://elsewhere.example.com/tab/config");

        var refused = await Assert.ThrowsAsync<PackagingRefusedException>(() =>
            Sources.Packager(source).PackAsync(Sources.Settings(), temp.File("app.zip"), CancellationToken.None));

        Assert.Contains("is on elsewhere.example.com, which validDomains does not list", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("app.zip")));
    }

    [Fact]
    public async Task Http_tab_page_is_refused_although_the_schema_takes_it()
    {
        using var temp = new TempDirectory();
        var source = await Sources.CopyOfManifestWithAsync(
            temp.File("manifest"), template => Tab(template)["configurationUrl"] = "http://{{BOT_HOST}}/tab/config");

        var refused = await Assert.ThrowsAsync<PackagingRefusedException>(() =>
            Sources.Packager(source).PackAsync(Sources.Settings(), temp.File("app.zip"), CancellationToken.None));

        Assert.Contains($"\"http://{Sources.Host}/tab/config\" is not an https URL", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stage_context_without_the_permission_to_share_to_the_stage_is_refused()
    {
        using var temp = new TempDirectory();
        var source = await Sources.CopyOfManifestWithAsync(temp.File("manifest"), template =>
        {
            var permissions = template["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray();
            permissions.Remove(permissions.Single(p => (string?)p!["name"] == "MeetingStage.Write.Chat"));
        });

        var refused = await Assert.ThrowsAsync<PackagingRefusedException>(() =>
            Sources.Packager(source).PackAsync(Sources.Settings(), temp.File("app.zip"), CancellationToken.None));

        Assert.Contains("lacks the delegated permission MeetingStage.Write.Chat that sharing to the stage needs", refused.Message, StringComparison.Ordinal);
    }

    private static JsonNode Tab(JsonNode manifest) => Assert.Single(manifest["configurableTabs"]!.AsArray())!;

    private static IEnumerable<string?> Strings(JsonNode? array) => array!.AsArray().Select(s => (string?)s);
}
