using Collaboration.Bot.WebConsole;
using Collaboration.Web.Teams;
using Collaboration.Bot.Downloads;
using Collaboration.Bot.Gate;
using Collaboration.Bot.Posting;
using Collaboration.Bot.Teams;
using Collaboration.Forums.Participants;
using Collaboration.Forums.Retries;
using Collaboration.Forums.Store;
using Collaboration.Forums.Store.Outbox;
using Collaboration.Reports.Building;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Collaboration.Bot.Hosting;

/// <summary>Wires the Teams bot: the Bot Framework adapter and handler, the forum use cases, and card updates.</summary>
internal static class ForumBotExtensions
{
    public static IHostApplicationBuilder AddForumBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotAuthenticationValidation>();
        services.AddHostedService<AuthenticationNotice>();
        services.AddSingleton<ActivityRequestGuard>();
        // The connector client comes from the default client: every call the bot makes to Teams passes one limiter.
        services.TryAddSingleton<ConnectorRateLimiter>();
        services.AddTransient<ConnectorCallHandler>();
        // Kept connector clients hold their HttpClient for the host's lifetime, so connections are renewed instead
        // (DNS: Teams' service URLs sit behind Azure Traffic Manager, which fails over by DNS).
        services.AddHttpClient(Options.DefaultName).AddHttpMessageHandler<ConnectorCallHandler>()
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(2));
        // One connector client per app id, service URL and audience for the host's lifetime, disposed with the host.
        services.AddSingleton<KeptConnectorClients>();
        services.AddHealthChecks();
        services.TryAddSingleton(TimeProvider.System);
        // One jitter source per process for every retry (connector calls, fan-out, card updates, outbox); tests seed theirs.
        services.TryAddSingleton(_ => new Jitter(new Random()));

        // The SDK reads MicrosoftAppId / MicrosoftAppPassword / MicrosoftAppTenantId from the same section. Without an
        // app id it skips authentication, which BotAuthenticationValidation allows only in Development on request.
        services.AddSingleton<BotFrameworkAuthentication>(sp => new FailClosedAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                builder.Configuration.GetSection(BotOptions.Section), httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
                logger: sp.GetRequiredService<ILogger<ForumBotAdapter>>()),
            sp.GetRequiredService<KeptConnectorClients>(),
            sp.GetRequiredService<IOptions<BotOptions>>().Value.AuthenticationTimeout,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<FailClosedAuthentication>>()));
        services.AddSingleton<TurnTelemetry>();
        services.AddSingleton<TenantFilter>();
        services.AddSingleton<ForumBotAdapter>();
        services.AddSingleton<CloudAdapter>(sp => sp.GetRequiredService<ForumBotAdapter>());
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<ForumBotAdapter>());
        services.AddTransient<IBot, ForumBot>();

        services.AddSingleton(sp => AnonymitySecret.Load(
            sp.GetRequiredService<IOptions<BotOptions>>().Value,
            sharedDatabase: sp.GetRequiredService<IOptions<ForumStoreOptions>>().Value.Provider == ForumStoreProvider.Postgres,
            builder.Environment.ContentRootPath,
            Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData)));
        services.AddSingleton(sp => new BotSecret(sp.GetRequiredService<LoadedSecret>().Value));
        // Registered after the store's migrator (AddForumStore comes first), so the check table exists when it runs.
        services.AddHostedService<AnonymityKeyGuard>();
        services.AddSingleton(sp => new RespondentKeys(sp.GetRequiredService<BotSecret>().Value));
        services.AddSingleton<SignedDownloads>();
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<SeriesReportBuilder>();
        services.AddSingleton<ExecutiveFiles>();
        services.AddSingleton<ArchiveService>();
        services.AddSingleton<ArchiveRequests>();
        builder.AddPrivacyRequests();
        services.AddHttpClient(FileUploader.ClientName);
        services.AddSingleton<UploadHosts>();
        services.AddSingleton<FileUploader>();
        services.AddSingleton<FileHandOver>();
        services.AddSingleton(sp =>
        {
            var bot = sp.GetRequiredService<IOptions<BotOptions>>().Value;
            var moderation = new ModerationOptions { AnyoneMayCreateSeries = bot.AnyoneMayCreateSeries, MeetingModerators = bot.MeetingModerators };
            foreach (var id in bot.ModeratorIds)
            {
                moderation.ModeratorIds.Add(id);
            }

            foreach (var id in bot.AdministratorIds)
            {
                moderation.AdministratorIds.Add(id);
            }

            return moderation;
        });
        // The totals on a voter's card may be as old as the shared card's: one interval (see RecentResults).
        services.AddSingleton(sp => new RecentResults(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<BotOptions>>().Value.CardUpdateInterval));
        // Ids as the clock: injected, so no use case draws its own.
        services.AddSingleton<IIdSource, Version7Ids>();
        services.AddSingleton<ResultsService>();
        services.AddSingleton<ModerationService>();
        services.AddSingleton<ParticipationService>();
        // The moderator console merges duplicate needs through it; the bot has no command of its own for merging.
        services.AddSingleton<NeedsMerging>();
        services.AddSingleton<ModeratorActions>();
        services.AddGate();
        services.AddSingleton<CommandHandler>();
        services.AddSingleton<CardActionHandler>();
        services.AddSingleton<ConversationPoster>();
        // The web console's start/close/open/close/carry over: the same steering, its cards posted into the chat.
        services.AddSingleton<IChatSteering, ConsoleSteering>();
        services.AddSingleton<PostedCardUpdater>();
        services.AddSingleton<CardRefresher>();
        services.AddHostedService(sp => sp.GetRequiredService<CardRefresher>());
        services.AddSingleton<IItemChangeListener>(sp => sp.GetRequiredService<CardRefresher>());
        services.AddSingleton<ItemChanges>();
        // After graph-sync (in this process or its own) has archived a forum, the series' conversations get the links.
        services.AddOutboxJob<ArchiveLinksJob>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFailureClassifier, ConnectorFailureClassifier>());
        services.AddOutboxWorker();
        return builder;
    }

    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // What CloudAdapter.ProcessAsync does for a POST, minus reading the body: the guard has read the activity.
        endpoints.MapPost("/api/messages", async (HttpContext context, ActivityRequestGuard guard, ForumBotAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
        {
            if (await guard.AdmitAsync(context, cancellationToken) is not { } activity)
            {
                return;
            }

            // What the turn sends is what the user waits for: it may use the tenant's budget kept for replies.
            using var calls = TeamsCallScope.Interactive(activity.Conversation?.TenantId);
            try
            {
                var invokeResponse = await adapter.ProcessAdmittedAsync(context.Request.Headers.Authorization.ToString(), activity, bot.OnTurnAsync, cancellationToken);
                await HttpHelper.WriteResponseAsync(context.Response, invokeResponse);
            }
            catch (UnauthorizedAccessException)
            {
                // The SDK's authentication refused the request; the adapter answers that with 401, and so does this.
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            }
        });
        return endpoints;
    }
}
