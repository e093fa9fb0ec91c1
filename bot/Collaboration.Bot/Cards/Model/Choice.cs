namespace Collaboration.Bot.Cards.Model;

/// <summary>A choice of an <see cref="InputChoiceSet"/>. The title is plain text (no markdown); the value is what is posted.</summary>
internal sealed record Choice(string Title, string Value);
