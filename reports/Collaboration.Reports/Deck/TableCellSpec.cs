namespace Collaboration.Reports.Deck;

/// <summary>One table cell: text, and whether it is the marked (winning) cell or a header.</summary>
internal sealed record TableCellSpec(string Text, bool Marked = false, bool Header = false);
