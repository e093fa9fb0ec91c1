using Collaboration.Forums.Store;
using Collaboration.Forums.Store.Health;
using Collaboration.GraphSync.Hosting;
using Collaboration.Telemetry.Hosting;

// graph-sync on its own: the bot writes archive jobs into the shared database's outbox, this process archives them
// to SharePoint and queues the links cards, which the bot posts. Several instances may share one PostgreSQL outbox.
var builder = WebApplication.CreateBuilder(args);

// Traces, metrics and logs over OTLP or to Azure Monitor when OTEL_EXPORTER_OTLP_ENDPOINT or
// APPLICATIONINSIGHTS_CONNECTION_STRING is set (docs/observability.md); nothing otherwise.
builder.AddCollaborationTelemetry("collaboration-graph-sync");
builder.AddForumStore();
builder.AddGraphSync();

var app = builder.Build();

app.MapHealthEndpoints();

await app.RunAsync();
