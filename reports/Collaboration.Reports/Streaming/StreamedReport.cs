namespace Collaboration.Reports.Streaming;

/// <summary>
/// A report whose long part is read while the document is written: <see cref="Summary"/> is the report model with
/// everything but the open answers (totals, charts, tables, needs), and <see cref="OpenAnswers"/> reads the answers of
/// an item when the appendix reaches it. An open-text item's results in the summary carry the number of its answers,
/// not their texts, so the summary serves the Word report only (the deck and the export need the texts).
/// Disclosure control is the summary's: an item withheld below the small-group threshold publishes no answers, so
/// its answers are never read.
/// </summary>
public sealed record StreamedReport(SeriesReport Summary, IOpenAnswerSource OpenAnswers);
