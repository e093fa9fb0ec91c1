using System.Text.Json.Serialization;
using Collaboration.Forums.Series;

namespace Collaboration.Reports.Model;

/// <summary>One forum of the series with its items' results.</summary>
/// <param name="Answers">
/// Answers (one per respondent and item) per stakeholder group: the sum of what the items publish per group, so a group
/// an item did not show counts under <see cref="GroupCount.OtherGroups"/> there; items withheld below the threshold add nothing.
/// </param>
/// <param name="RespondentsByGroup">
/// People who took part per stakeholder group: the most respondents any one item published for that group (anonymous
/// answers cannot be linked across items, so this is a lower bound, never a double count).
/// </param>
public sealed record ForumReport(
    int Number,
    LocalizedText Title,
    LocalizedText? Description,
    ForumStatus Status,
    IReadOnlyList<GroupCount> Answers,
    IReadOnlyList<GroupCount> RespondentsByGroup,
    IReadOnlyList<ItemReport> Items)
{
    /// <summary>The largest number of respondents of any item: how many took part in the forum at least.</summary>
    [JsonIgnore]
    public int Respondents => Items.Count == 0 ? 0 : Items.Max(i => i.Results.Respondents);

    [JsonIgnore]
    public int TotalAnswers => Answers.Sum(a => a.Count);
}
