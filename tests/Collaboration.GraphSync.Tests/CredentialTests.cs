using Azure.Core;
using Azure.Identity;
using Collaboration.Forums.Store;
using Collaboration.Forums.Store.Outbox;
using Collaboration.GraphSync.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Collaboration.GraphSync.Tests;

public sealed class CredentialTests
{
    private static readonly Dictionary<string, string?> Common = new()
    {
        ["GraphSync:DriveId"] = "drive",
        ["GraphSync:SiteId"] = "site",
        ["GraphSync:ListId"] = "list",
        ["GraphSync:TenantId"] = "00000000-0000-0000-0000-000000000001",
        ["GraphSync:ClientId"] = "00000000-0000-0000-0000-000000000002",
        ["GraphSync:ClientSecret"] = "not-a-real-secret",
        ["GraphSync:CertificatePath"] = "/nonexistent/graph-sync.pfx",
    };

    [Theory]
    [InlineData("ClientSecret", typeof(ClientSecretCredential))]
    [InlineData("ClientCertificate", typeof(ClientCertificateCredential))]
    [InlineData("ManagedIdentity", typeof(ManagedIdentityCredential))]
    [InlineData("WorkloadIdentity", typeof(WorkloadIdentityCredential))]
    public void The_configured_credential_kind_is_the_credential_built(string kind, Type expected)
    {
        using var host = Build(new(Common) { ["GraphSync:Enabled"] = "true", ["GraphSync:Credential"] = kind });

        var credential = host.Services.GetRequiredService<TokenCredential>();

        Assert.IsType(expected, credential);
    }

    [Fact]
    public async Task An_enabled_worker_without_its_client_secret_stops_the_host_at_start_naming_the_key()
    {
        var settings = new Dictionary<string, string?>(Common) { ["GraphSync:Enabled"] = "true", ["GraphSync:Credential"] = "ClientSecret" };
        settings.Remove("GraphSync:ClientSecret");
        using var host = Build(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("GraphSync:ClientSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enabled_worker_whose_report_theme_file_is_missing_stops_the_host_at_start_naming_the_key()
    {
        var settings = new Dictionary<string, string?>(Common)
        {
            ["GraphSync:Enabled"] = "true",
            ["GraphSync:Credential"] = "ManagedIdentity",
            ["GraphSync:ReportTheme"] = "/nonexistent/theme.json",
        };
        using var host = Build(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("GraphSync:ReportTheme", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disabled_graph_sync_registers_neither_the_archive_job_nor_a_worker()
    {
        using var host = Build(new(Common));

        Assert.Empty(host.Services.GetServices<IOutboxJob>());
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s is OutboxWorker);
    }

    [Fact]
    public void Disabled_graph_sync_needs_no_graph_settings_and_registers_no_graph_clients()
    {
        using var host = Build(new());

        Assert.Null(host.Services.GetService<Graph.GraphClients>());
        Assert.Null(host.Services.GetService<TokenCredential>());
    }

    [Fact]
    public void The_archive_parts_alone_resolve_without_enabling_the_worker()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(Common) { ["GraphSync:Credential"] = "ManagedIdentity" });
        builder.Services.AddSingleton<IForumStore>(Collaboration.Seeding.SimulatedSeries.Create(60, seed: 1, start: DateTimeOffset.UnixEpoch));
        builder.Services.AddGraphArchive();
        using var host = builder.Build();

        Assert.NotNull(host.Services.GetRequiredService<Graph.GraphClients>());
        Assert.NotNull(host.Services.GetRequiredService<Archive.ForumArchiveBuilder>());
        Assert.Empty(host.Services.GetServices<IOutboxJob>());
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s is OutboxWorker);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        settings["ForumStore:ConnectionString"] = "Data Source=:memory:";
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddForumStore();
        builder.AddGraphSync();
        return builder.Build();
    }
}
