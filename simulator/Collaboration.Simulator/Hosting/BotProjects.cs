namespace Collaboration.Simulator.Hosting;

/// <summary>The bots the simulator can start, by project folder below the repository root.</summary>
internal static class BotProjects
{
    public const string Product = "bot/Collaboration.Bot";

    /// <summary>The bare Bot Framework bot that answers every invoke with one fixed card: the benchmark's baseline.</summary>
    public const string Baseline = "bot/Collaboration.Bot.Baseline";
}
