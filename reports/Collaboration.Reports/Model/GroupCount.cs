using Collaboration.Forums.Results.Disclosure;

namespace Collaboration.Reports.Model;

/// <summary>A count for one stakeholder group.</summary>
public sealed record GroupCount(string GroupKey, int Count)
{
    /// <summary>The key under which groups not shown on their own are counted together (never fewer than the threshold).</summary>
    public const string OtherGroups = GroupRespondents.OtherGroups;

    /// <summary>The key under which answers to anonymous questions are counted: they carry no group, so none can be given.</summary>
    public const string AnonymousAnswers = "_anonymous";
}
