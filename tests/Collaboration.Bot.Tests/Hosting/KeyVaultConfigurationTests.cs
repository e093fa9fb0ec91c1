using Collaboration.Bot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Collaboration.Bot.Tests.Hosting;

/// <summary>
/// Bot:KeyVaultUri: unset, configuration stays as it is (offline runs never reach for Azure); set wrongly, the host stops
/// with a message naming the key. What the vault's secrets do once read: SeveralInstancesOnPostgresTests.
/// </summary>
public sealed class KeyVaultConfigurationTests
{
    [Fact]
    public void Without_a_vault_address_no_source_is_added()
    {
        var builder = BuilderWith(null);
        var sources = builder.Configuration.Sources.Count;

        builder.AddKeyVaultSecrets();

        Assert.Equal(sources, builder.Configuration.Sources.Count);
        Assert.DoesNotContain(builder.Configuration.Sources, s => s is KeyVaultSecretsSource);
    }

    [Theory]
    [InlineData("http://forum-bot-kv.vault.azure.net/")]
    [InlineData("forum-bot-kv")]
    public void A_vault_address_that_is_not_https_stops_the_start_with_a_message_naming_the_setting(string address)
    {
        var builder = BuilderWith(address);

        var refused = Assert.Throws<InvalidOperationException>(() => builder.AddKeyVaultSecrets());

        Assert.Contains("Bot:KeyVaultUri", refused.Message, StringComparison.Ordinal);
        Assert.Contains("https://", refused.Message, StringComparison.Ordinal);
    }

    private static HostApplicationBuilder BuilderWith(string? address)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Bot:KeyVaultUri"] = address });
        return builder;
    }
}
