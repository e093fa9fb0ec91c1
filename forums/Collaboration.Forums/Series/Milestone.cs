namespace Collaboration.Forums.Series;

/// <summary>One step of the implementation path that goes to the executive round (phase: Aufbau, Pilotierung, Regelbetrieb).</summary>
public sealed record Milestone(LocalizedText Phase, LocalizedText Title, string? Due);
