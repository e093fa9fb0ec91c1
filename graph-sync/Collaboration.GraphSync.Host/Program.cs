using Collaboration.Forums.Store;
using Collaboration.Forums.Store.Health;
using Collaboration.GraphSync.Hosting;

// graph-sync on its own: the bot writes archive jobs into the shared database's outbox, this process archives them
// to SharePoint and queues the links cards, which the bot posts. Several instances may share one PostgreSQL outbox.
var builder = WebApplication.CreateBuilder(args);

builder.AddForumStore();
builder.AddGraphSync();

var app = builder.Build();

app.MapHealthEndpoints();

await app.RunAsync();
