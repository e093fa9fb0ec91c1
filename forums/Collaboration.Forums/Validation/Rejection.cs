namespace Collaboration.Forums.Validation;

/// <summary>
/// An expected refusal, returned as a value (not thrown) so the bot can answer with a card.
/// <paramref name="Arguments"/> fill the message's placeholders (limits, names) in order.
/// </summary>
public sealed record Rejection(RejectionCode Code, params object[] Arguments)
{
    public override string ToString() => Arguments.Length == 0 ? Code.ToString() : $"{Code}({string.Join(", ", Arguments)})";
}
