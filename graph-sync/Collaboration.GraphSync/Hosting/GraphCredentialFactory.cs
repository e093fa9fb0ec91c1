using Azure.Core;
using Azure.Identity;

namespace Collaboration.GraphSync.Hosting;

/// <summary>Builds the Azure.Identity credential that <see cref="GraphSyncOptions.Credential"/> names.</summary>
internal static class GraphCredentialFactory
{
    public static TokenCredential Create(GraphSyncOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Credential switch
        {
            GraphCredentialKind.ClientSecret => new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret),
            GraphCredentialKind.ClientCertificate => new ClientCertificateCredential(options.TenantId, options.ClientId, options.CertificatePath),
            GraphCredentialKind.ManagedIdentity => string.IsNullOrWhiteSpace(options.ClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId)),
            GraphCredentialKind.WorkloadIdentity => new WorkloadIdentityCredential(new WorkloadIdentityCredentialOptions
            {
                TenantId = options.TenantId,
                ClientId = options.ClientId,
            }),
            _ => throw new InvalidOperationException($"{GraphSyncOptions.SectionName}:Credential '{options.Credential}' is not known."),
        };
    }
}
