namespace Collaboration.Simulator.Play;

/// <summary>
/// The input values a participant puts into a card, and the same answer in a canonical text form that a stored
/// answer can be compared with (see <see cref="Collaboration.Simulator.Play.Canonical"/> and <see cref="Verify.StoredAnswers"/>).
/// </summary>
internal sealed record PlannedAnswer(IReadOnlyDictionary<string, string> Inputs, string Canonical);
