using System.Runtime.CompilerServices;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace Collaboration.Bot.Teams;

/// <summary>
/// Teams' channel data of an activity, turned from JSON into <see cref="TeamsChannelData"/> once and kept with the
/// activity for as long as it lives. The request guard converts it to check its shape; the tenant filter, the meeting
/// memory and the turn's reader each asked the SDK for it again, and every such call converted the whole JSON object.
/// </summary>
/// <remarks>
/// Kept by the activity instance, not in the turn's state: the turn state's keys are compared culture-aware and
/// ignoring case, and hashing a key that way cost more than the conversion it saved.
/// </remarks>
internal static class TurnChannelData
{
    private static readonly ConditionalWeakTable<Activity, Read> ByActivity = new();

    /// <exception cref="Newtonsoft.Json.JsonException">The channel data does not have Teams' shape (the request guard refuses such an activity).</exception>
    public static TeamsChannelData? Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return ByActivity.GetValue(activity, a => new Read(a.GetChannelData<TeamsChannelData>())).Data;
    }

    /// <summary>Holds the result, so an activity without channel data is not converted again either.</summary>
    private sealed record Read(TeamsChannelData? Data);
}
