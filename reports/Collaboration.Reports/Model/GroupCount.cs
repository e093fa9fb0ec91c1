namespace Collaboration.Reports.Model;

/// <summary>A count for one stakeholder group.</summary>
public sealed record GroupCount(string GroupKey, int Count)
{
    /// <summary>The key under which groups smaller than the series' minimum are counted together, so nobody can be singled out.</summary>
    public const string OtherGroups = "_other";

    /// <summary>The key under which answers to anonymous questions are counted: they carry no group, so none can be given.</summary>
    public const string AnonymousAnswers = "_anonymous";
}
