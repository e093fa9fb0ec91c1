using Collaboration.Forums.Ports;
using Collaboration.Forums.Store;
using Collaboration.Reports.Building;
using Collaboration.Reports.Export;
using Collaboration.Reports.Model;
using Collaboration.Reports.Streaming;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Collaboration.Reports.Cli;

/// <summary>
/// Where a report comes from: an export file (when the --series value names an existing file) or the store, read with
/// the bot's "ForumStore" settings (appsettings.json in the working directory, environment variables ForumStore__*).
/// </summary>
internal static class ReportSource
{
    /// <param name="streamAnswers">
    /// From the store, leave the open answers there to be read while the Word report is written (see
    /// <see cref="StreamedReport"/>); the loaded report then keeps the store open until it is disposed.
    /// </param>
    public static async Task<(LoadedReport? Report, string? Error)> LoadAsync(string series, bool streamAnswers, CancellationToken cancellationToken)
    {
        if (File.Exists(series))
        {
            var read = ReportJson.Read(await File.ReadAllTextAsync(series, cancellationToken));
            return read.Succeeded ? (new LoadedReport(read.Report, null, null), null) : (null, $"{series}: {read.Error}");
        }

        if (!Guid.TryParse(series, out var seriesId))
        {
            return (null, $"'{series}' is neither an export file that exists nor a series id (a GUID).");
        }

        var host = StoreHost(Directory.GetCurrentDirectory());
        try
        {
            // Reading the options validates them, so a wrong ForumStore setting is reported here by its key.
            _ = host.Services.GetRequiredService<IOptions<ForumStoreOptions>>().Value;
            var reportBuilder = new SeriesReportBuilder(host.Services.GetRequiredService<IForumStore>(), TimeProvider.System);
            if (streamAnswers)
            {
                if (await reportBuilder.BuildStreamedAsync(seriesId, cancellationToken) is { } streamed)
                {
                    var loaded = new LoadedReport(streamed.Summary, streamed, host);
                    host = null;
                    return (loaded, null);
                }
            }
            else if (await reportBuilder.BuildAsync(seriesId, cancellationToken) is { } report)
            {
                return (new LoadedReport(report, null, null), null);
            }

            return (null, $"The store has no series {seriesId}.");
        }
        catch (OptionsValidationException e)
        {
            return (null, $"The ForumStore settings are invalid: {e.Message}");
        }
        catch (System.Data.Common.DbException e)
        {
            return (null, StoreUnreadable(e));
        }
        finally
        {
            host?.Dispose();
        }
    }

    /// <summary>
    /// The store as the bot configures it, read from <paramref name="folder"/>'s appsettings.json and ForumStore__*.
    /// A command's own output is its messages and files: the log (EF Core writes every statement at Information) goes
    /// to standard error and shows warnings and errors unless the settings (Logging:LogLevel) ask for more.
    /// </summary>
    public static IHost StoreHost(string folder)
    {
        var defaults = new ConfigurationManager();
        defaults.AddInMemoryCollection([new("Logging:LogLevel:Default", nameof(LogLevel.Warning))]);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder, Configuration = defaults });
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddForumStore();
        return builder.Build();
    }

    public static string StoreUnreadable(System.Data.Common.DbException e) =>
        $"The store could not be read ({e.Message}). Check ForumStore:Provider and ForumStore:ConnectionString, and that the bot has created the database.";
}

/// <summary>
/// A report ready to write: the whole model, or with <see cref="Streamed"/> the summary whose open answers are read
/// from the store while the Word report is written (the store stays open until this is disposed).
/// </summary>
internal sealed class LoadedReport(SeriesReport report, StreamedReport? streamed, IHost? store) : IDisposable
{
    public SeriesReport Report => report;

    public StreamedReport? Streamed => streamed;

    public void Dispose() => store?.Dispose();
}
