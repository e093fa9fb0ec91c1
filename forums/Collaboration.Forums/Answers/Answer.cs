using System.Text.Json.Serialization;
using Collaboration.Forums.Kinds.Ranking;

namespace Collaboration.Forums.Answers;

/// <summary>A participant's answer to one poll item; one subtype per shape of answer.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ChoiceAnswer), "choice")]
[JsonDerivedType(typeof(RatingAnswer), "rating")]
[JsonDerivedType(typeof(TextAnswer), "text")]
[JsonDerivedType(typeof(PointsAnswer), "points")]
[JsonDerivedType(typeof(MatrixChoiceAnswer), "matrix")]
[JsonDerivedType(typeof(MatrixRatingAnswer), "matrixRating")]
[JsonDerivedType(typeof(RankingAnswer), "ranking")]
public abstract record Answer;

/// <summary>The chosen option keys of a single- or multiple-choice item.</summary>
public sealed record ChoiceAnswer(IReadOnlyList<string> ChoiceKeys) : Answer;

public sealed record RatingAnswer(int Value) : Answer;

public sealed record TextAnswer(string Text) : Answer;

/// <summary>Points per option key; options not listed got none.</summary>
public sealed record PointsAnswer(IReadOnlyDictionary<string, int> Points) : Answer;

/// <summary>The chosen column key for each row key.</summary>
public sealed record MatrixChoiceAnswer(IReadOnlyDictionary<string, string> ColumnByRow) : Answer;

/// <summary>A rating per row key and column key.</summary>
public sealed record MatrixRatingAnswer(IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Ratings) : Answer;
