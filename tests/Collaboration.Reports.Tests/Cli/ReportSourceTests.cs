using Collaboration.Reports.Cli;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Collaboration.Reports.Tests.Cli;

/// <summary>The store as the command reads it: its log stays out of the command's output unless asked for.</summary>
public sealed class ReportSourceTests
{
    private const string StatementLog = "Microsoft.EntityFrameworkCore.Database.Command";

    [Fact]
    public void Without_settings_only_warnings_are_logged_and_to_standard_error()
    {
        var folder = ArtifactDump.Folder("cli-log-default");
        File.Delete(Path.Combine(folder, "appsettings.json"));

        using var host = ReportSource.StoreHost(folder);

        var log = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(StatementLog);
        Assert.False(log.IsEnabled(LogLevel.Information));
        Assert.True(log.IsEnabled(LogLevel.Warning));
        Assert.Equal(LogLevel.Trace, host.Services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.LogToStandardErrorThreshold);
    }

    [Fact]
    public void The_settings_in_the_working_folder_can_ask_for_the_statements()
    {
        var folder = ArtifactDump.Folder("cli-log-statements");
        File.WriteAllText(Path.Combine(folder, "appsettings.json"), $$"""{ "Logging": { "LogLevel": { "{{StatementLog}}": "Information" } } }""");

        using var host = ReportSource.StoreHost(folder);

        Assert.True(host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(StatementLog).IsEnabled(LogLevel.Information));
    }
}
