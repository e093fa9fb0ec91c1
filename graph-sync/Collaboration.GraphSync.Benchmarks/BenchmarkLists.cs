using Collaboration.Fakes.Graph;

namespace Collaboration.GraphSync.Benchmarks;

internal static class BenchmarkLists
{
    /// <summary>The naive writer assumes a list an administrator made by hand with the columns it fills (none indexed).</summary>
    public static void Provision(FakeGraphService graph, string siteId, string listId)
    {
        foreach (var field in NeedsListPlan.OwnedFields.Where(f => f != "Title"))
        {
            var type = field switch
            {
                "ForumNumber" or "Rank" or "Supporters" => "number",
                "NeedText" => "note",
                "CreatedAt" => "dateTime",
                _ => "text",
            };
            graph.DefineListColumn(siteId, listId, field, type, indexed: false);
        }
    }
}
