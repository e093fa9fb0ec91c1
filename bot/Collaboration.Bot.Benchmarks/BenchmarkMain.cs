using System.Runtime.InteropServices;

namespace Collaboration.Bot.Benchmarks;

/// <summary>No top-level statements: those would declare a second global <c>Program</c> beside the bot's.</summary>
internal static class BenchmarkMain
{
    // Usage: dotnet run -c Release --project bot/Collaboration.Bot.Benchmarks [-- --members 10000 --tenant-rate 50]
    //        dotnet run -c Release --project bot/Collaboration.Bot.Benchmarks -- live [--viewers 1000 --votes 1000]
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "live")
        {
            return await LiveAsync(args[1..]);
        }

        var arguments = FanOutArguments.Parse(args);
        if (arguments is null)
        {
            await Console.Error.WriteLineAsync("Usage: bot-benchmarks [--members N] [--tenant-rate R]   (defaults 10000 and 50 requests per second)");
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores · {RuntimeInformation.OSDescription} · .NET {Environment.Version}");

        var result = await FanOutRun.RunAsync(arguments, cancel.Token);
        result.Print(Console.Out);
        return result.Duplicates == 0 && result.Missed == 0 ? 0 : 1;
    }

    private static async Task<int> LiveAsync(string[] args)
    {
        if (Live.LiveArguments.Parse(args) is not { } arguments)
        {
            await Console.Error.WriteLineAsync("Usage: bot-benchmarks live [--viewers N] [--votes N]   (defaults 1000 and 1000)");
            return 2;
        }

        Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores · {RuntimeInformation.OSDescription} · .NET {Environment.Version}");
        var result = await Live.LiveRun.RunAsync(arguments, CancellationToken.None);
        result.Print(Console.Out);
        return 0;
    }
}
