namespace Collaboration.Reports.Streaming;

/// <summary>
/// A report whose long parts are read while the document is written: <see cref="Summary"/> is the report model with
/// everything but the open answers and the ranked needs (totals, charts, tables), <see cref="OpenAnswers"/> reads the
/// answers of an item when the appendix reaches it, and <see cref="Needs"/> the needs of an item when its table or
/// the chapter by topic and kind reaches them. An open-text item's results in the summary carry the number of its
/// answers, not their texts, and a needs item's results their number, first need and outline (see
/// <see cref="StreamedNeeds"/>), so the summary serves the Word report only (the deck and the export need them all).
/// Disclosure control is the summary's: an item withheld below the small-group threshold publishes no answers and no
/// needs, so they are never read.
/// </summary>
public sealed record StreamedReport(SeriesReport Summary, IOpenAnswerSource OpenAnswers, IRankedNeedSource Needs);
