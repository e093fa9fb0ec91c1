namespace Collaboration.Forums.Kinds;

/// <param name="CarryOver">The item's carry-over, when it has one: its options may then still be empty.</param>
/// <param name="Topics">The series' topics, under which needs are filed.</param>
public sealed record DefinitionContext(CarryOverRule? CarryOver, IReadOnlyList<Topic> Topics)
{
    public bool Carried => CarryOver is not null;
}
