using System.Text.Json.Serialization;
using Collaboration.Forums.Kinds.Ranking;

namespace Collaboration.Forums.Items;

/// <summary>What an item asks and what a valid answer looks like; one subtype per item kind.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(SingleChoiceSpec), SingleChoiceSpec.Name)]
[JsonDerivedType(typeof(MultipleChoiceSpec), MultipleChoiceSpec.Name)]
[JsonDerivedType(typeof(RatingScaleSpec), RatingScaleSpec.Name)]
[JsonDerivedType(typeof(OpenTextSpec), OpenTextSpec.Name)]
[JsonDerivedType(typeof(NeedsCollectionSpec), NeedsCollectionSpec.Name)]
[JsonDerivedType(typeof(PointsSpec), PointsSpec.Name)]
[JsonDerivedType(typeof(MatrixChoiceSpec), MatrixChoiceSpec.Name)]
[JsonDerivedType(typeof(MatrixRatingSpec), MatrixRatingSpec.Name)]
[JsonDerivedType(typeof(RankingSpec), RankingSpec.Name)]
public abstract record ItemSpec
{
    /// <summary>The kind's name as templates and commands spell it.</summary>
    public abstract string KindName { get; }

    /// <summary>The list a carry-over fills: options for choice/points items, rows for matrices; empty when none.</summary>
    public virtual IReadOnlyList<Choice> CarryTarget => [];

    /// <summary>A copy whose carry-over target is <paramref name="choices"/>; items without one return themselves.</summary>
    public virtual ItemSpec WithCarried(IReadOnlyList<Choice> choices) => this;
}

public sealed record SingleChoiceSpec(IReadOnlyList<Choice> Choices) : ItemSpec
{
    public const string Name = "singleChoice";

    public override string KindName => Name;
    public override IReadOnlyList<Choice> CarryTarget => Choices;
    public override ItemSpec WithCarried(IReadOnlyList<Choice> choices) => this with { Choices = choices };
}

public sealed record MultipleChoiceSpec(IReadOnlyList<Choice> Choices, int MaxChoices) : ItemSpec
{
    public const string Name = "multipleChoice";

    public override string KindName => Name;
    public override IReadOnlyList<Choice> CarryTarget => Choices;
    public override ItemSpec WithCarried(IReadOnlyList<Choice> choices) => this with { Choices = choices };
}

public sealed record RatingScaleSpec(int Min, int Max, LocalizedText? MinLabel, LocalizedText? MaxLabel) : ItemSpec
{
    public const string Name = "rating";

    public override string KindName => Name;
}

public sealed record OpenTextSpec(int MaxLength) : ItemSpec
{
    public const string Name = "openText";

    public override string KindName => Name;
}

/// <summary>Participants file several entries, each of a kind and under one of the series' topics.</summary>
public sealed record NeedsCollectionSpec(IReadOnlyList<NeedKind> Kinds, int MaxLength) : ItemSpec
{
    public const string Name = "needs";

    public override string KindName => Name;
}

/// <summary>Each participant distributes up to <see cref="Budget"/> points (dot voting).</summary>
public sealed record PointsSpec(IReadOnlyList<Choice> Choices, int Budget, int? MaxPerChoice, bool RequireFullBudget) : ItemSpec
{
    public const string Name = "points";

    public override string KindName => Name;
    public override IReadOnlyList<Choice> CarryTarget => Choices;
    public override ItemSpec WithCarried(IReadOnlyList<Choice> choices) => this with { Choices = choices };
}

/// <summary>One choice among <see cref="Columns"/> per row (e.g. task → which actor takes the role).</summary>
public sealed record MatrixChoiceSpec(IReadOnlyList<Choice> Rows, IReadOnlyList<Choice> Columns) : ItemSpec
{
    public const string Name = "matrix";

    public override string KindName => Name;
    public override IReadOnlyList<Choice> CarryTarget => Rows;
    public override ItemSpec WithCarried(IReadOnlyList<Choice> choices) => this with { Rows = choices };
}

/// <summary>A rating on a scale for every row × column cell (e.g. operator model × criterion → 1–5).</summary>
public sealed record MatrixRatingSpec(IReadOnlyList<Choice> Rows, IReadOnlyList<Choice> Columns, int Min, int Max) : ItemSpec
{
    public const string Name = "matrixRating";

    public override string KindName => Name;
    public override IReadOnlyList<Choice> CarryTarget => Rows;
    public override ItemSpec WithCarried(IReadOnlyList<Choice> choices) => this with { Rows = choices };
}
