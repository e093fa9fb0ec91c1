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

    /// <summary>Whether any user may create a series (and so moderate it). Off: only configured moderators.</summary>
    public bool AnyoneMayCreateSeries { get; set; } = true;

    /// <summary>
    /// Secret (base64, at least 32 bytes) for the keyed hash that stands in for a person in anonymous answers.
    /// Without it the key comes from <see cref="AnonymityKeyFile"/> (see <see cref="Hosting.AnonymitySecret"/>).
    /// </summary>
    public string? AnonymitySecret { get; set; }

    /// <summary>
    /// A file holding the anonymity key (at least 32 random bytes), created with owner-only permissions when missing.
    /// Empty: $XDG_CONFIG_HOME/collaboration/anonymity.key (~/.config/...; %APPDATA% on Windows). Required, like
    /// <see cref="AnonymitySecret"/>, on PostgreSQL, where instances must share one key.
    /// </summary>
    public string? AnonymityKeyFile { get; set; }

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
