using System.ComponentModel.DataAnnotations;

namespace Collaboration.Bot.Hosting;

/// <summary>Settings of section "Bot". The app credentials themselves are read by the SDK from the same section.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>
    /// The Entra app (client) ID of the bot. Required: without it the host does not start, unless
    /// <see cref="AllowUnauthenticated"/> is set in Development (see <see cref="BotAuthenticationValidation"/>).
    /// </summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The app's own Entra tenant; the tenant allow-list when <see cref="AllowedTenantIds"/> is empty.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>
    /// Runs the bot without authentication (no app id), for the local Playground and the tests. Honoured only in
    /// the Development environment; anywhere else the host refuses to start with it.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>
    /// Tenants whose users may talk to the bot. Empty: the app's own tenant (<see cref="MicrosoftAppTenantId"/>);
    /// only an unauthenticated Development run may leave both empty, and then every tenant may talk to it.
    /// </summary>
    public IList<string> AllowedTenantIds { get; } = [];

    /// <summary>
    /// The largest activity /api/messages takes, in bytes. Twice the template limit (256 KiB), so a pasted template that
    /// is too large still reaches the bot, JSON-escaped inside a card action, and gets the refusal that names the limit.
    /// </summary>
    [Range(4 * 1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 512 * 1024;

    /// <summary>How long checking one request's token may take (the SDK may fetch signing keys) before it counts as refused.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan AuthenticationTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Host names a file consent upload may go to, replacing <see cref="DefaultUploadHosts"/> when set: the OneDrive /
    /// SharePoint hosts Teams names in its upload sessions. "*.example.com" allows every subdomain of example.com.
    /// Only https addresses are used, except a loopback host listed here by name (a test's fake OneDrive).
    /// </summary>
    public IList<string> UploadHosts { get; } = [];

    /// <summary>Where Teams opens upload sessions for OneDrive and SharePoint: worldwide, Germany, and Microsoft's own test rings.</summary>
    public static IReadOnlyList<string> DefaultUploadHosts { get; } = ["*.sharepoint.com", "*.sharepoint.de", "*.sharepoint-df.com"];

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
    /// Which roles of a Teams meeting moderate the series bound to the meeting's chat: None, Organizer, or
    /// OrganizerAndPresenters (the default: they run the meeting the forum takes place in). Attendees never do.
    /// </summary>
    public MeetingModerators MeetingModerators { get; set; } = MeetingModerators.OrganizerAndPresenters;

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

    /// <summary>
    /// An Azure Key Vault whose secrets become configuration (<c>Bot--AnonymitySecret</c> is <c>Bot:AnonymitySecret</c>), read
    /// at start with DefaultAzureCredential (the managed identity in Azure). Empty: no vault, configuration as it is.
    /// </summary>
    public Uri? KeyVaultUri { get; set; }

    /// <summary>How long a download link for the executive deck and report works.</summary>
    /// <remarks>Short, because a link is a bearer token: whoever holds it (a forwarded mail, a browser history) may fetch the files.</remarks>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan DownloadLinkLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The bot's address as users' browsers reach it (https://forum-bot.example.org), for download links.
    /// Empty: the address the host listens on, which only works on the same machine (local Playground).
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>The shortest time between two updates of one posted results card; votes in between are coalesced.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan CardUpdateInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The tenants that may talk to the bot; empty means every tenant (only possible unauthenticated in Development).</summary>
    public IReadOnlyCollection<string> TenantAllowList() =>
        AllowedTenantIds.Count > 0 ? [.. AllowedTenantIds]
        : string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? []
        : [MicrosoftAppTenantId];

    /// <summary>The upload host patterns in force: the configured ones, or else the defaults.</summary>
    public IReadOnlyList<string> UploadHostAllowList() => UploadHosts.Count > 0 ? [.. UploadHosts] : DefaultUploadHosts;
}
