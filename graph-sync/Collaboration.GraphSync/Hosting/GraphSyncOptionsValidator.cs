namespace Collaboration.GraphSync.Hosting;

/// <summary>The keys each credential kind needs, so a missing secret stops the host at start and names the key.</summary>
internal sealed class GraphSyncOptionsValidator : IValidateOptions<GraphSyncOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphSyncOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var missing = new List<string>();
        void Require(string? value, string key)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                missing.Add($"{GraphSyncOptions.SectionName}:{key} is required when {GraphSyncOptions.SectionName}:Credential is {options.Credential}.");
            }
        }

        switch (options.Credential)
        {
            case GraphCredentialKind.ClientSecret:
                Require(options.TenantId, nameof(options.TenantId));
                Require(options.ClientId, nameof(options.ClientId));
                Require(options.ClientSecret, nameof(options.ClientSecret));
                break;
            case GraphCredentialKind.ClientCertificate:
                Require(options.TenantId, nameof(options.TenantId));
                Require(options.ClientId, nameof(options.ClientId));
                Require(options.CertificatePath, nameof(options.CertificatePath));
                break;
            case GraphCredentialKind.ManagedIdentity:
            case GraphCredentialKind.WorkloadIdentity:
                // Both may take everything from the environment (IMDS, AZURE_FEDERATED_TOKEN_FILE and friends).
                break;
            default:
                missing.Add($"{GraphSyncOptions.SectionName}:Credential '{options.Credential}' is not known.");
                break;
        }

        if (options.ChunkSize % GraphLimits.ChunkMultiple != 0)
        {
            missing.Add($"{GraphSyncOptions.SectionName}:ChunkSize must be a multiple of {GraphLimits.ChunkMultiple} bytes (320 KiB).");
        }

        if (options.ReportTheme is { Length: > 0 } theme && !File.Exists(theme))
        {
            missing.Add($"{GraphSyncOptions.SectionName}:ReportTheme names the file '{theme}', which does not exist.");
        }

        return missing.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(missing);
    }
}
