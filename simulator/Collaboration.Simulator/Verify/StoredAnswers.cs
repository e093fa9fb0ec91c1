using Collaboration.Forums.Answers;

namespace Collaboration.Simulator.Verify;

/// <summary>The canonical text (see <see cref="Canonical"/>) of a stored answer or need.</summary>
internal static class StoredAnswers
{
    public static string Of(Answer answer) => answer switch
    {
        ChoiceAnswer choice => Canonical.Choices(choice.ChoiceKeys),
        RatingAnswer rating => Canonical.Rating(rating.Value),
        TextAnswer text => Canonical.Text(text.Text),
        PointsAnswer points => Canonical.Points(points.Points),
        MatrixChoiceAnswer matrix => Canonical.Matrix(matrix.ColumnByRow),
        MatrixRatingAnswer matrix => Canonical.MatrixRating(matrix.Ratings.SelectMany(row => row.Value.Select(cell =>
            KeyValuePair.Create(row.Key + "." + cell.Key, cell.Value.ToString(CultureInfo.InvariantCulture))))),
        _ => "?" + answer.GetType().Name,
    };

    public static string Of(NeedEntry need) => Canonical.Need(need.Kind.ToString(), need.TopicKey, need.Text);
}
