namespace Collaboration.Simulator.People;

/// <summary>
/// One simulated participant: who they are in Teams, what they declare at onboarding, and how keen they are
/// (how many questions they answer, how many needs they file).
/// </summary>
/// <param name="Index">Position in the population; stable for a seed, used to compare runs.</param>
/// <param name="Diligence">Probability of answering a question at all.</param>
internal sealed record SimParticipant(int Index, TeamsUser User, string GroupKey, string Organisation, string? Municipality, double Diligence);
