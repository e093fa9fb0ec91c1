using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace Collaboration.Bot.Hosting;

/// <summary>Adds <see cref="KeyVaultSecretsSource"/> when <c>Bot:KeyVaultUri</c> is set; without it nothing changes (offline, local runs).</summary>
internal static class KeyVaultConfiguration
{
    private const string UriKey = BotOptions.Section + ":" + nameof(BotOptions.KeyVaultUri);

    public static IHostApplicationBuilder AddKeyVaultSecrets(this IHostApplicationBuilder builder)
    {
        var configured = builder.Configuration[UriKey];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return builder;
        }

        if (!Uri.TryCreate(configured, UriKind.Absolute, out var vault) || vault.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException($"{UriKey} must be the vault's https address, e.g. https://forum-bot-kv.vault.azure.net/.");
        }

        // DefaultAzureCredential: the managed identity in Azure, a developer's az / Visual Studio sign-in on a workstation.
        builder.Configuration.Add(new KeyVaultSecretsSource(new SecretClient(vault, new DefaultAzureCredential())));
        return builder;
    }
}
