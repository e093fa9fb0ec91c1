namespace Collaboration.Forums.Answers;

/// <summary>The merge state one need gets from a merge or an unmerge; the store writes exactly these values.</summary>
public sealed record NeedMergeWrite(Guid NeedId, Guid? MergedIntoId, string? MergedText);
