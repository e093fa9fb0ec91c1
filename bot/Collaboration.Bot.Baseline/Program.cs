using Collaboration.Bot.Baseline;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

var builder = WebApplication.CreateBuilder(args);

// The same adapter and authentication set-up as the product bot: without an app id it accepts unauthenticated requests.
builder.Services.AddHttpClient();
builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
    builder.Configuration.GetSection("Bot"), httpClientFactory: sp.GetRequiredService<IHttpClientFactory>()));
builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => new CloudAdapter(
    sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
builder.Services.AddSingleton<IBot, FixedCardBot>();

var app = builder.Build();
app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
    adapter.ProcessAsync(request, response, bot, cancellationToken));
app.MapGet("/health/ready", () => Results.Ok());
await app.RunAsync();
