namespace Collaboration.Forums.Results;

/// <summary>Mean rating per cell and per row, rows ranked by their overall mean (best first).</summary>
public sealed record MatrixRatingResults(Guid ItemId, int Respondents, IReadOnlyList<Choice> Columns, IReadOnlyList<MatrixRatingRow> Rows) : ItemResults(ItemId, Respondents);

public sealed record MatrixRatingRow(Choice Row, int Rank, double? Mean, IReadOnlyList<MatrixRatingCell> Cells);

public sealed record MatrixRatingCell(Choice Column, double? Mean, int Count);
