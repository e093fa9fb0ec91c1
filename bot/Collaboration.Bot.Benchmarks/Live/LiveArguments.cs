namespace Collaboration.Bot.Benchmarks.Live;

/// <summary><c>live [--viewers N] [--votes N]</c>: defaults 1,000 and 1,000, the figures; CI runs 50 and 50.</summary>
internal sealed record LiveArguments(int Viewers, int Votes);
