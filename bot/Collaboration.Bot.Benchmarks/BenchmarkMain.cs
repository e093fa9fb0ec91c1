namespace Collaboration.Bot.Benchmarks;

/// <summary>No top-level statements: those would declare a second global <c>Program</c> beside the bot's.</summary>
internal static class BenchmarkMain
{
    // Usage: dotnet run -c Release --project bot/Collaboration.Bot.Benchmarks [-- --members 10000 --tenant-rate 50 --commands 20]
    //        dotnet run -c Release --project bot/Collaboration.Bot.Benchmarks -- live [--viewers 1000 --votes 1000]
    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        return await BenchmarkCommands.RunAsync(args, Console.Out, cancel.Token);
    }
}
