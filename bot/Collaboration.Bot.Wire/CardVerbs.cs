namespace Collaboration.Bot.Wire;

/// <summary>Turns <see cref="CardVerb"/> into the string a button carries and back.</summary>
public static class CardVerbs
{
    private static readonly WireName<CardVerb> Names = new(prefix: string.Empty);

    /// <summary>The verb as the button carries it, e.g. "submitNeed".</summary>
    public static string Wire(this CardVerb verb) => Names.Of(verb);

    /// <returns>False for a verb the bot never wrote (an old card of another app, a forged invoke).</returns>
    public static bool TryRead(string? wire, out CardVerb verb) => Names.TryRead(wire, out verb);
}
