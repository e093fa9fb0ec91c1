namespace Collaboration.Bot.Delivery;

/// <summary>Whether someone waits for a Teams call: a reply in a turn, or work in the background (fan-out, card updates).</summary>
internal enum CallPriority
{
    Interactive,
    Background,
}

/// <summary>
/// What the one connector handler needs to know about a call beyond its URL: the tenant whose budget it spends, whether
/// the conversation's own (thread) limits apply, and who waits for it.
/// </summary>
/// <param name="LimitThread">
/// False for the fan-out's sends into personal chats: one card per chat is far below the thread limits, and a thread
/// limiter per chat would stay in memory for its longest window (an hour) and buy nothing.
/// </param>
internal sealed record TeamsCall(string Tenant, CallPriority Priority, bool LimitThread)
{
    /// <summary>A reference without a tenant (the Playground's chats) still shares one budget.</summary>
    public const string UnknownTenant = "-";

    /// <summary>Outside any scope (a page asking Teams for a roster): someone is waiting.</summary>
    public static TeamsCall Default { get; } = new(UnknownTenant, CallPriority.Interactive, LimitThread: true);
}

/// <summary>
/// Carries the <see cref="TeamsCall"/> from the code that starts a Teams call to the HTTP handler that limits it. The Bot
/// Framework's connector client builds its own requests, so an ambient value (the way Activity.Current carries a trace)
/// is the one way through it. Workers mark themselves background once; the call sites add tenant and thread.
/// </summary>
internal static class TeamsCallScope
{
    private static readonly AsyncLocal<TeamsCall?> Ambient = new();

    public static TeamsCall Current => Ambient.Value ?? TeamsCall.Default;

    /// <summary>Everything the current flow calls from here on is background work.</summary>
    public static Scope Background() => Enter(Current with { Priority = CallPriority.Background });

    /// <summary>A turn: its replies are what a moderator or voter waits for.</summary>
    public static Scope Interactive(string? tenant) => Enter(Current with { Tenant = TenantOrUnknown(tenant), Priority = CallPriority.Interactive });

    /// <summary>A call on behalf of a conversation of this tenant; the priority stays that of the flow.</summary>
    public static Scope For(string? tenant, bool limitThread) => Enter(Current with { Tenant = TenantOrUnknown(tenant), LimitThread = limitThread });

    private static string TenantOrUnknown(string? tenant) => tenant is { Length: > 0 } ? tenant : TeamsCall.UnknownTenant;

    private static Scope Enter(TeamsCall call)
    {
        var previous = Ambient.Value;
        Ambient.Value = call;
        return new Scope(previous);
    }

    /// <summary>Restores the call that was current before.</summary>
    public readonly struct Scope(TeamsCall? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
