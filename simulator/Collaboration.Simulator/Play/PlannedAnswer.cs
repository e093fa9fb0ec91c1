using System.Text.Json.Nodes;

namespace Collaboration.Simulator.Play;

/// <summary>
/// The input values a participant puts into a card, and the same answer in a canonical text form that a stored
/// answer can be compared with (see <see cref="Verify.CanonicalAnswer"/>).
/// </summary>
internal sealed record PlannedAnswer(IReadOnlyDictionary<string, string> Inputs, string Canonical)
{
    /// <summary>The action's data with the inputs merged in, as Teams posts it.</summary>
    public JsonObject MergeInto(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var merged = (JsonObject)data.DeepClone();
        foreach (var (id, value) in Inputs)
        {
            merged[id] = value;
        }

        return merged;
    }
}
