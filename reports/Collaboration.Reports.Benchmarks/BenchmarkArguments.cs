using System.Globalization;

namespace Collaboration.Reports.Benchmarks;

/// <summary>
/// <c>[--runs N] [--participants A,B] [--open-answers M]</c>: measured runs per tool (default 5), the simulated series'
/// sizes (default 60 and 10,000 participants) and one more series sized to about M open answers for the report
/// (default 100,000; 0 leaves it out), and a folder to keep the series' exports in. <c>--runs 1 --participants 60 --open-answers 0</c> is the smoke size.
/// </summary>
internal sealed record BenchmarkArguments(int Runs, IReadOnlyList<int> Participants, int OpenAnswers, string? KeepExports = null)
{
    public const string Usage = "Usage: reports-benchmarks [--runs N] [--participants A,B,...] [--open-answers M] [--keep-exports DIR]   (N from 1 to 100, default 5; participants from 10 to 200000, default 60,10000; M from 0 to 200000, default 100000)";

    /// <returns>The arguments, or null for arguments the benchmark does not understand.</returns>
    public static BenchmarkArguments? Parse(IReadOnlyList<string> args)
    {
        var parsed = new BenchmarkArguments(5, [60, 10_000], 100_000);
        if (args.Count % 2 != 0)
        {
            return null;
        }

        for (var i = 0; i < args.Count; i += 2)
        {
            var value = args[i + 1];
            parsed = args[i] switch
            {
                "--runs" when Number(value) is { } runs and >= 1 and <= 100 => parsed with { Runs = runs },
                "--participants" when value.Split(',').Select(Number).ToList() is { Count: > 0 } sizes && sizes.All(s => s is >= 10 and <= 200_000) =>
                    parsed with { Participants = [.. sizes.Select(s => s!.Value)] },
                "--open-answers" when Number(value) is { } answers and <= 200_000 => parsed with { OpenAnswers = answers },
                "--keep-exports" => parsed with { KeepExports = value },
                _ => null,
            };
            if (parsed is null)
            {
                return null;
            }
        }

        return parsed;
    }

    private static int? Number(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
