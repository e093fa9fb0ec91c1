namespace Collaboration.Bot.Cards.Model;

/// <summary>A column definition of a <see cref="Table"/>: a relative weight or a pixel width.</summary>
internal sealed record TableColumn(ColumnWidth Width);
