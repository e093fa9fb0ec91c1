namespace Collaboration.Reports.Deck;

/// <summary>One paragraph of a text box: its text (already safe and cut to fit), size in points and emphasis.</summary>
internal sealed record TextRun(string Text, int Size = 18, bool Bold = false, string? Color = null, bool Bullet = false, bool Italic = false);
