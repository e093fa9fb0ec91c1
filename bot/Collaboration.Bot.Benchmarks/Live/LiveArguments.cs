using System.Globalization;

namespace Collaboration.Bot.Benchmarks.Live;

/// <summary><c>live [--viewers N] [--votes N]</c>: defaults 1,000 and 1,000, the figures; CI runs 50 and 50.</summary>
internal sealed record LiveArguments(int Viewers, int Votes)
{
    public static LiveArguments? Parse(IReadOnlyList<string> args)
    {
        var viewers = 1000;
        var votes = 1000;
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 3 || value > 20_000)
            {
                return null;
            }

            switch (args[i])
            {
                case "--viewers":
                    viewers = value;
                    break;
                case "--votes":
                    votes = value;
                    break;
                default:
                    return null;
            }
        }

        return new LiveArguments(viewers, votes);
    }
}
