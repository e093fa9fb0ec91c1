namespace Collaboration.Forums.Results;

/// <summary>The open answers, oldest first, without any indication of who wrote them.</summary>
public sealed record TextResults(Guid ItemId, int Respondents, IReadOnlyList<string> Answers) : ItemResults(ItemId, Respondents);
