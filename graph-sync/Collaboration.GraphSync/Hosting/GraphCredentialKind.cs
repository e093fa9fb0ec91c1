namespace Collaboration.GraphSync.Hosting;

/// <summary>How the worker authenticates to Microsoft Entra ID; each maps to one Azure.Identity credential.</summary>
public enum GraphCredentialKind
{
    ClientSecret,
    ClientCertificate,
    ManagedIdentity,
    WorkloadIdentity,
}
