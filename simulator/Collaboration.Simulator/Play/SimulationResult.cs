using Collaboration.Simulator.Verify;

namespace Collaboration.Simulator.Play;

/// <summary>What a run did and found; <see cref="Check"/> is null when no store could be read.</summary>
internal sealed record SimulationResult(
    Guid SeriesId,
    int Participants,
    TimeSpan Duration,
    long Activities,
    long AnswersSent,
    long Failures,
    long Refusals,
    IReadOnlyCollection<string> Problems,
    StoreCheck? Check,
    FileInfo? Deck,
    FileInfo? Report)
{
    /// <summary>The last confirmed answer of each (item id, participant index), in canonical form.</summary>
    public IReadOnlyDictionary<(string ItemId, int Participant), string> SentAnswers { get; init; } = new Dictionary<(string, int), string>();

    /// <summary>True only when the store was read and holds exactly what was sent: a run that compared nothing did not pass.</summary>
    public bool Passed => Failures == 0 && Refusals == 0 && Check is { Passed: true };
}
