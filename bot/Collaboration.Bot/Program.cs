using Collaboration.Bot.Downloads;
using Collaboration.Bot.Hosting;
using Collaboration.Forums.Store;

var builder = WebApplication.CreateBuilder(args);

builder.AddForumStore();
builder.AddForumBot();

var app = builder.Build();

app.MapBotEndpoints();
app.MapDownloadEndpoints();
app.MapHealthEndpoints();

await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
