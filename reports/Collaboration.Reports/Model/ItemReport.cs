namespace Collaboration.Reports.Model;

/// <summary>One item as it was asked (its spec after any carry-over) and its results, without any respondent identity.</summary>
public sealed record ItemReport(
    string Key,
    LocalizedText Prompt,
    bool Anonymous,
    ItemSpec Spec,
    CarryOverRule? CarryOver,
    ItemResults Results);
