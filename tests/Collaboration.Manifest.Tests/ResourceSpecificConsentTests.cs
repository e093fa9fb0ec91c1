using System.Text.RegularExpressions;

namespace Collaboration.Manifest.Tests;

/// <summary>
/// The meeting permissions the app asks a meeting's organiser or a team's owner to consent to: the least set the
/// features need, each explained in manifest/README.md. Adding one here is a decision to document there first.
/// </summary>
public sealed partial class ResourceSpecificConsentTests
{
    /// <summary>Each permission with the feature that needs it (Microsoft's RSC reference gives names and types).</summary>
    private static readonly (string Name, string Type, string Feature)[] Needed =
    [
        ("OnlineMeetingParticipant.Read.Chat", "Application", "meeting role of a user, for moderation by organiser and presenters"),
        ("ChannelMeetingParticipant.Read.Group", "Application", "the same in channel meetings"),
        ("OnlineMeeting.ReadBasic.Chat", "Application", "meeting start and end events to the bot"),
        ("ChannelMeeting.ReadBasic.Group", "Application", "the same in channel meetings"),
        ("OnlineMeetingNotification.Send.Chat", "Application", "targeted in-meeting notification that opens the answer page"),
        ("MeetingStage.Write.Chat", "Delegated", "share the live results from the side panel to the meeting stage"),
        ("ChannelMeetingStage.Write.Group", "Delegated", "the same in channel meetings"),
    ];

    [Fact]
    public async Task Manifest_asks_for_exactly_the_meeting_permissions_the_features_need_and_nothing_more()
    {
        var manifest = await Sources.PackagedManifestAsync();

        var asked = manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray()
            .Select(p => ((string)p!["name"]!, (string)p["type"]!));
        Assert.Equal(Needed.Select(p => (p.Name, p.Type)).Order(), asked.Order());
    }

    [Fact]
    public async Task Manifest_asks_for_no_tenant_wide_permission()
    {
        var manifest = await Sources.PackagedManifestAsync();

        Assert.Null(manifest["authorization"]!["permissions"]!["orgWide"]);
        Assert.Null(manifest["webApplicationInfo"]!["applicationPermissions"]);
    }

    [Fact]
    public async Task Every_permission_has_its_section_in_the_manifest_README_and_no_section_is_left_over()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Sources.Manifest.Directory, "README.md"));

        var documented = PermissionHeading().Matches(readme).Select(m => (m.Groups[1].Value, m.Groups[2].Value));
        Assert.Equal(Needed.Select(p => (p.Name, p.Type)).Order(), documented.Order());
    }

    // "### `OnlineMeeting.ReadBasic.Chat` (Application)"
    [GeneratedRegex(@"^### `([A-Za-z]+(?:\.[A-Za-z-]+)+)` \((Application|Delegated)\)\s*$", RegexOptions.Multiline)]
    private static partial Regex PermissionHeading();
}
