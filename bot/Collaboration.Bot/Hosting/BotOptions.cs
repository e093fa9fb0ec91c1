using System.ComponentModel.DataAnnotations;

namespace Collaboration.Bot.Hosting;

/// <summary>Settings of section "Bot". The app credentials themselves are read by the SDK from the same section.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>The Entra app (client) ID of the bot. Empty: authentication is off (local Playground only).</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Tenants whose users may talk to the bot; empty allows every tenant.</summary>
    public IList<string> AllowedTenantIds { get; } = [];

    /// <summary>Moderators for every series (Entra object IDs), beside each series' creator.</summary>
    public IList<string> ModeratorIds { get; } = [];

    /// <summary>Operators (Entra object IDs) allowed everything a moderator of any series is allowed.</summary>
    public IList<string> AdministratorIds { get; } = [];

    /// <summary>
    /// Whether any user may create a series (and so moderate its chat). Off by default: in a district tenant only the
    /// configured moderators and administrators may. Local Development and Playground runs switch it on explicitly.
    /// </summary>
    public bool AnyoneMayCreateSeries { get; set; }

    /// <summary>
    /// Secret (base64, at least 32 bytes) for the keyed hash that stands in for a person in anonymous answers.
    /// Without it a random one is generated into the data folder at first start.
    /// </summary>
    public string? AnonymitySecret { get; set; }

    /// <summary>How long a download link for the executive deck and report works.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan DownloadLinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// The bot's address as users' browsers reach it (https://forum-bot.example.org), for download links.
    /// Empty: the address the host listens on, which only works on the same machine (local Playground).
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>The shortest time between two updates of one posted results card; votes in between are coalesced.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan CardUpdateInterval { get; set; } = TimeSpan.FromSeconds(2);
}
