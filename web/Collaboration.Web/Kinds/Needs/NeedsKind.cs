namespace Collaboration.Web.Kinds.Needs;

/// <summary>
/// A needs collection: entries go through their own endpoint (several per person), so there is no single answer to
/// read or write; live it shows the ten best supported, as the cards do.
/// </summary>
internal sealed class NeedsKind : IWebKind
{
    private const int Shown = 10;

    public Type SpecType => typeof(NeedsCollectionSpec);

    public ItemForm Form(ItemForm form, ItemSpec spec, ForumSeries series, WebText text)
    {
        var s = (NeedsCollectionSpec)spec;
        return form with
        {
            NeedKinds = [.. s.Kinds.Select(k => new KeyLabel(k.ToString(), text["NeedKind." + k]))],
            Topics = [.. series.Topics.Select(t => new KeyLabel(t.Key, text.Of(t.Name)))],
            MaxLength = s.MaxLength,
        };
    }

    public Answer? Read(ItemSpec spec, JsonObject body) => null;

    public JsonObject? Write(Answer answer, ItemSpec spec) => null;

    public LiveItem Live(LiveItem live, ForumItem item, ItemResults results, WebText text)
    {
        var needs = (NeedsResults)results;
        return live with
        {
            Bars = [.. needs.Ranking.Take(Shown).Select(n => new LiveBar(n.Text, n.Supporters,
                needs.Respondents == 0 ? 0 : Math.Min(1, (double)n.Supporters / needs.Respondents), text["NeedKind." + n.Kind]))],
        };
    }

    public double? CarryScore(ItemResults results, Choice choice) =>
        ((NeedsResults)results).Ranking.Where(n => Same(n.Text, choice.Label.De)).Sum(n => n.Supporters) is var s and > 0 ? s : null;

    private static bool Same(string a, string b) =>
        string.Equals(string.Join(' ', a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), string.Join(' ', b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            StringComparison.OrdinalIgnoreCase);
}
