using System.ComponentModel.DataAnnotations;
using Collaboration.Forums.Text;

namespace Collaboration.GraphSync.Hosting;

/// <summary>The "GraphSync" section. Credential-specific keys are checked by <see cref="GraphSyncOptionsValidator"/>.</summary>
public sealed class GraphSyncOptions
{
    public const string SectionName = "GraphSync";

    /// <summary>Off by default: a host without a tenant must not start a worker that fails every job.</summary>
    public bool Enabled { get; set; }

    /// <summary>Graph's root including the version; tests point it at a loopback fake.</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    [Required]
    public string DriveId { get; set; } = string.Empty;

    /// <summary>The SharePoint site and list that receive one item per need.</summary>
    [Required]
    public string SiteId { get; set; } = string.Empty;

    [Required]
    public string ListId { get; set; } = string.Empty;

    public GraphCredentialKind Credential { get; set; } = GraphCredentialKind.ManagedIdentity;

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>A PFX or PEM file with the private key, for <see cref="GraphCredentialKind.ClientCertificate"/>.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Retries of one HTTP request in place (throttling, and server errors of requests that may be sent twice), waiting as <see cref="Graph.GraphRetryHandler"/> says.</summary>
    [Range(0, 10)]
    public int HttpMaxRetries { get; set; } = 5;

    /// <summary>
    /// The language of the Word report and the deck in the archive (and of their file names). A series has no language
    /// of its own (its texts carry German and, optionally, English), so the organisation chooses: German by default.
    /// </summary>
    [EnumDataType(typeof(Language))]
    public Language ReportLanguage { get; set; } = Language.De;

    /// <summary>A theme JSON file (colours, fonts, logo; see reports/README.md) for the archived report and deck; none: the default look.</summary>
    public string? ReportTheme { get; set; }

    /// <summary>Writes to the needs list per JSON batch; Graph accepts at most 20 requests in one batch.</summary>
    [Range(2, 20)]
    public int ListBatchSize { get; set; } = 20;

    /// <summary>Files above this size go through an upload session: Graph documents the simple PUT for files up to 4 MiB.</summary>
    [Range(1, 250 * 1024 * 1024)]
    public int SimpleUploadLimit { get; set; } = 4 * 1024 * 1024;

    /// <summary>Upload session chunk size; Graph requires a multiple of 320 KiB (and advises at most 60 MiB).</summary>
    [Range(320 * 1024, 60 * 1024 * 1024)]
    public int ChunkSize { get; set; } = 10 * 320 * 1024;
}
