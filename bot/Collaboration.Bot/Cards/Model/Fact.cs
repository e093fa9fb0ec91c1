namespace Collaboration.Bot.Cards.Model;

/// <summary>A title/value row of a <see cref="FactSet"/>; both are rendered as markdown, like a TextBlock.</summary>
internal sealed record Fact(string Title, string Value);
