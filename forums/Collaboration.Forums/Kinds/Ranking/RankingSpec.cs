namespace Collaboration.Forums.Kinds.Ranking;

/// <summary>
/// Participants put up to <see cref="MaxRanked"/> of the options in order (first = most important). Options left out
/// get no Borda points, so a short ranking does not push the unranked options up.
/// </summary>
public sealed record RankingSpec(IReadOnlyList<Choice> Choices, int MaxRanked) : ItemSpec
{
    public const string Name = "ranking";

    /// <summary>At most five places: more is hard to order on a phone and in a card.</summary>
    public const int MaxPlaces = 5;

    public override string KindName => Name;
    public override IReadOnlyList<Choice> CarryTarget => Choices;
    public override ItemSpec WithCarried(IReadOnlyList<Choice> choices) => this with { Choices = choices };
}
