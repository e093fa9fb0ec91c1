namespace Collaboration.Web.Kinds.Choices;

/// <summary>What single and multiple choice show alike: a bar per option with its count, and the count as carry-over score.</summary>
internal static class ChoiceFigures
{
    public static LiveItem Live(LiveItem live, ItemResults results, WebText text) =>
        live with { Bars = [.. ((ChoiceResults)results).Tallies.Select(t => new LiveBar(text.Of(t.Choice.Label), t.Count, t.Share))] };

    public static double? CarryScore(ItemResults results, Choice choice) =>
        ((ChoiceResults)results).Tallies.FirstOrDefault(t => t.Choice.Key == choice.Key)?.Count;
}
