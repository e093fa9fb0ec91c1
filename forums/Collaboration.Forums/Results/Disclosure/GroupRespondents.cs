namespace Collaboration.Forums.Results.Disclosure;

/// <summary>
/// How many respondents of one stakeholder group an output may show. <see cref="OtherGroups"/> stands for every group
/// that is not shown on its own, counted together; it is only ever published with at least the threshold in it.
/// </summary>
public sealed record GroupRespondents(string GroupKey, int Respondents)
{
    public const string OtherGroups = "_other";
}
