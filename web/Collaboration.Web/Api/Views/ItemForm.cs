namespace Collaboration.Web.Api.Views;

/// <summary>
/// One question as the answer page renders its form: the summary and, for its kind, the options, scale, budget,
/// matrix, need kinds and topics, places of a ranking (fields that do not apply are null).
/// </summary>
internal sealed record ItemForm(
    Guid Id,
    string Key,
    string Title,
    string Kind,
    string Status,
    bool Anonymous,
    int Respondents,
    string Question,
    string? Help,
    IReadOnlyList<KeyLabel>? Choices,
    int? MinChoices,
    int? MaxChoices,
    ItemScale? Scale,
    int? Budget,
    int? MaxPerChoice,
    IReadOnlyList<KeyLabel>? Rows,
    IReadOnlyList<KeyLabel>? Columns,
    IReadOnlyList<KeyLabel>? NeedKinds,
    IReadOnlyList<KeyLabel>? Topics,
    int? MaxLength,
    int? Places = null);

internal sealed record KeyLabel(string Key, string Label);

internal sealed record ItemScale(int Min, int Max, string? MinLabel, string? MaxLabel);
