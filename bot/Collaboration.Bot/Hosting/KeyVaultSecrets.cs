using Azure.Security.KeyVault.Secrets;

namespace Collaboration.Bot.Hosting;

/// <summary>
/// Secrets of an Azure Key Vault as configuration: a secret named <c>Bot--AnonymitySecret</c> is the setting
/// <c>Bot:AnonymitySecret</c> ("--" stands for ":", which secret names cannot hold; the convention of Microsoft's own
/// Key Vault configuration provider). Every instance reads the same vault, so they share the anonymity key (and with it
/// the download links' key) without the key ever sitting in the database beside the answers.
/// </summary>
internal sealed class KeyVaultSecretsSource(SecretClient client) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new KeyVaultSecretsProvider(client);
}

/// <summary>Reads the vault once, at start; a secret changed in the vault takes effect at the next start.</summary>
internal sealed class KeyVaultSecretsProvider(SecretClient client) : ConfigurationProvider
{
    private const string Delimiter = "--";

    public override void Load()
    {
        // Configuration providers load synchronously by design; this runs once, before the host starts.
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var properties in client.GetPropertiesOfSecrets())
        {
            // A disabled secret cannot be read, and an operator disables one precisely so that it is not used.
            if (properties.Enabled != true)
            {
                continue;
            }

            var secret = client.GetSecret(properties.Name).Value;
            data[properties.Name.Replace(Delimiter, ConfigurationPath.KeyDelimiter, StringComparison.Ordinal)] = secret.Value;
        }

        Data = data;
    }
}
