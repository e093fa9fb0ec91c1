namespace Collaboration.Bot.Hosting;

/// <summary>Says loudly at start when the host runs without authentication, so a Development opt-in never goes unnoticed.</summary>
internal sealed class AuthenticationNotice(IOptions<BotOptions> options, ILogger<AuthenticationNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.MicrosoftAppId))
        {
            HostingLog.AuthenticationOff(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
