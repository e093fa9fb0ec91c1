namespace Collaboration.Forums.Results;

/// <summary>Per row, how often each column was chosen and which column leads (null while the row has no answer or ties).</summary>
public sealed record MatrixChoiceResults(Guid ItemId, int Respondents, IReadOnlyList<MatrixRowResult> Rows) : ItemResults(ItemId, Respondents);

public sealed record MatrixRowResult(Choice Row, IReadOnlyList<ChoiceTally> Columns, Choice? Leader);
