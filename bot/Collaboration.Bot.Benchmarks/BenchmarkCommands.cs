using System.CommandLine;
using System.Runtime.InteropServices;
using Collaboration.Bot.Benchmarks.Live;

namespace Collaboration.Bot.Benchmarks;

/// <summary>
/// <c>bot-benchmarks [--members N] [--tenant-rate R] [--commands C]</c>: the private fan-out;
/// <c>bot-benchmarks live [--viewers N] [--votes N]</c>: the live results.
/// </summary>
internal static class BenchmarkCommands
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var members = Bounded("--members", "Members of the chat the item is sent to privately.", 10_000, 1, 100_000);
        var rate = Bounded("--tenant-rate", "Requests per second per tenant, enforced by the fake connector and told to the bot.", 50, 1, 10_000);
        var commands = Bounded("--commands", "A moderator's command sent this many times alone, then as often during the fan-out (0: none).", 0, 0, 1_000);
        var root = new RootCommand("Sends an item privately to every member of a chat through the real bot host against the rate-limiting fake Bot Connector.")
        {
            members, rate, commands,
        };
        root.SetAction(async (parse, token) =>
        {
            Header(output);
            var result = await FanOutRun.RunAsync(new FanOutArguments(parse.GetValue(members), parse.GetValue(rate), parse.GetValue(commands)), token);
            result.Print(output);
            return result.Duplicates == 0 && result.Missed == 0 ? 0 : 1;
        });
        root.Subcommands.Add(Live(output));
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output }, cancellationToken);
    }

    private static Command Live(TextWriter output)
    {
        var viewers = Bounded("--viewers", "Viewers of the live results, each a signed-in member.", 1000, 3, 20_000);
        var votes = Bounded("--votes", "Votes cast while they watch.", 1000, 3, 20_000);
        var command = new Command("live", "Live results: how soon every viewer sees a vote, against a bare broadcast.") { viewers, votes };
        command.SetAction(async (parse, token) =>
        {
            Header(output);
            var result = await LiveRun.RunAsync(new LiveArguments(parse.GetValue(viewers), parse.GetValue(votes)), token);
            result.Print(output);
            return 0;
        });
        return command;
    }

    private static Option<int> Bounded(string name, string description, int fallback, int least, int most)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => fallback };
        option.Validators.Add(r =>
        {
            if (r.GetValue(option) is var value && (value < least || value > most))
            {
                r.AddError($"{name} must be between {least} and {most}, not {value}.");
            }
        });
        return option;
    }

    private static void Header(TextWriter output) =>
        output.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd} · {Environment.ProcessorCount} cores · {RuntimeInformation.OSDescription} · .NET {Environment.Version}");
}
