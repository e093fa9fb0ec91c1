using Collaboration.Forums.Answers;
using Collaboration.Forums.Items;
using Collaboration.Forums.Series;

namespace Collaboration.Forums.Results;

/// <summary>Computes an item's results from its stored answers.</summary>
public static class ResultsCalculator
{
    public static ItemResults Compute(ForumItem item, IReadOnlyList<Response> responses, ForumSeries series) => throw new NotImplementedException();

    public static NeedsResults ComputeNeeds(ForumItem item, IReadOnlyList<NeedEntry> needs, IReadOnlyList<NeedSupport> supports, ForumSeries series) => throw new NotImplementedException();
}
