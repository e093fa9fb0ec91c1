using Collaboration.Bot.Downloads;
using Collaboration.Bot.Meetings;
using Collaboration.Bot.Transparency;
using Collaboration.Forums.Store;
using Collaboration.Forums.Store.Health;
using Collaboration.Forums.Store.Privacy;
using Collaboration.GraphSync.Hosting;
using Collaboration.Telemetry.Hosting;
using Collaboration.Web;

var builder = WebApplication.CreateBuilder(args);

// First, so every later part reads the shared secrets (the anonymity key) from the vault when Bot:KeyVaultUri names one.
builder.AddKeyVaultSecrets();

// Traces, metrics and logs over OTLP or to Azure Monitor when OTEL_EXPORTER_OTLP_ENDPOINT or
// APPLICATIONINSIGHTS_CONNECTION_STRING is set (docs/observability.md); nothing otherwise.
builder.AddCollaborationTelemetry("collaboration-bot");
builder.AddForumStore();
// On PostgreSQL: live views on every instance follow votes taken on any (LISTEN/NOTIFY); nothing on SQLite.
builder.AddItemChangeNotifications();
builder.AddForumBot();
builder.AddFanOut();
// Teams meetings: roles for the gate, the meeting of a chat, membership checks and in-meeting prompts for the pages.
builder.AddMeetings();
builder.AddRetention();
// Off unless GraphSync:Enabled=true: then this process archives too; else a graph-sync process (or nobody) does.
builder.AddGraphSync();
// The pages beside the bot: live results on the meeting stage, the moderator console, the answer page.
builder.AddForumWeb();

var app = builder.Build();

app.MapForumWeb();
app.MapBotEndpoints();
app.MapDownloadEndpoints();
app.MapTransparencyEndpoints();
app.MapHealthEndpoints();

await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
