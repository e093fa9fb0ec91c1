namespace Collaboration.Bot.Gate;

/// <summary>
/// One user action, typed or clicked: what, by whom and where (from the activity), the ids the card data claims, and
/// the inputs. The claimed ids are checked by the gate against the conversation's series; nothing else is trusted.
/// </summary>
internal sealed record UserAction(ActionKind Kind, TurnInfo Turn, ClaimedIds Claims, JsonObject Data)
{
    /// <summary>The command's or card's argument: an item key, a template name, a forum number as typed.</summary>
    public string? Argument { get; init; }

    /// <summary>The verb of the clicked button; null for a typed command.</summary>
    public string? Verb { get; init; }

    public bool FromCard => Verb is not null;

    /// <summary>The user pressed the confirm button of a confirmation card (a repeat fan-out, a rebind).</summary>
    public bool Confirmed { get; init; }

    /// <summary>
    /// The gate reads everything now, nothing from this instance's kept copies: the action's first decision rested on
    /// a kept copy its write found stale (<see cref="AccessGate.CheckAgainAsync"/>). It is the same action, so it takes
    /// no second permit of its per-user limit.
    /// </summary>
    public bool ReadFresh { get; init; }

    public int? ForumNumber =>
        int.TryParse(Argument, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
