using Collaboration.Forums.Store;
using Collaboration.Reports.Building;
using Collaboration.Reports.Export;
using Collaboration.Reports.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Collaboration.Reports.Cli;

/// <summary>
/// Where a report comes from: an export file (when the --series value names an existing file) or the store, read with
/// the bot's "ForumStore" settings (appsettings.json in the working directory, environment variables ForumStore__*).
/// </summary>
internal static class ReportSource
{
    public static async Task<(SeriesReport? Report, string? Error)> LoadAsync(string series, CancellationToken cancellationToken)
    {
        if (File.Exists(series))
        {
            var read = ReportJson.Read(await File.ReadAllTextAsync(series, cancellationToken));
            return read.Succeeded ? (read.Report, null) : (null, $"{series}: {read.Error}");
        }

        if (!Guid.TryParse(series, out var seriesId))
        {
            return (null, $"'{series}' is neither an export file that exists nor a series id (a GUID).");
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Directory.GetCurrentDirectory() });
        builder.AddForumStore();
        using var host = builder.Build();
        try
        {
            // Reading the options validates them, so a wrong ForumStore setting is reported here by its key.
            _ = host.Services.GetRequiredService<IOptions<ForumStoreOptions>>().Value;
            var reportBuilder = new SeriesReportBuilder(host.Services.GetRequiredService<IForumStore>(), TimeProvider.System);
            var report = await reportBuilder.BuildAsync(seriesId, cancellationToken);
            return report is null ? (null, $"The store has no series {seriesId}.") : (report, null);
        }
        catch (OptionsValidationException e)
        {
            return (null, $"The ForumStore settings are invalid: {e.Message}");
        }
        catch (System.Data.Common.DbException e)
        {
            return (null, $"The store could not be read ({e.Message}). Check ForumStore:Provider and ForumStore:ConnectionString, and that the bot has created the database.");
        }
    }
}
