namespace Collaboration.Web.Api.LiveItems;

/// <summary>
/// One item's live results as the stage, the console and the answer page show them (the contract's LiveItem). Every
/// number comes from the domain's results after the disclosure rule: while <see cref="WithheldBelow"/> is set there
/// are none at all.
/// </summary>
/// <param name="Kind">The item kind's name as the domain spells it (<c>ItemSpec.KindName</c>).</param>
internal sealed record LiveItem(
    Guid ItemId,
    string Key,
    string Title,
    string Kind,
    string Status,
    bool Anonymous,
    int Respondents,
    int? WithheldBelow,
    IReadOnlyList<LiveBar> Bars,
    double? Mean,
    LiveMatrix? Matrix);

/// <param name="Value">A count (choices, a rating's scale value), points, or a need's supporters.</param>
/// <param name="Share">Of respondents (choices, ratings, needs) or of all points given (points).</param>
/// <param name="KindLabel">For a need: Bedarf, Anforderung, Wunsch or Hürde in the request's language; else null.</param>
internal sealed record LiveBar(string Label, double Value, double Share, string? KindLabel = null);

/// <param name="Measure">"count" (a matrix of choices: how often each column was chosen per row) or "mean" (a matrix of ratings).</param>
internal sealed record LiveMatrix(string Measure, IReadOnlyList<string> Columns, IReadOnlyList<LiveMatrixRow> Rows);

internal sealed record LiveMatrixRow(string Label, IReadOnlyList<double?> Cells);
