namespace Collaboration.Forums.Results;

/// <summary>
/// One answer exactly as stored and how many respondents of one stakeholder group gave it: an item's answers read as
/// counts, so results of 100,000 answers need as many objects as there are different answers, not as respondents.
/// </summary>
/// <param name="GroupKey">The respondents' group as stored; empty where it is not stored (anonymous answers).</param>
public sealed record AnswerTally(string GroupKey, Answer Answer, int Respondents);
