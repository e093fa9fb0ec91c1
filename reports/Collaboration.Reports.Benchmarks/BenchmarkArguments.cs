using System.Globalization;

namespace Collaboration.Reports.Benchmarks;

internal static class BenchmarkArguments
{
    public const int DefaultRuns = 5;

    /// <returns>The number of measured runs, or null for arguments the benchmark does not understand.</returns>
    public static int? Runs(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            return DefaultRuns;
        }

        return args.Count == 2 && args[0] == "--runs" && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var runs) && runs is >= 1 and <= 100
            ? runs
            : null;
    }
}
